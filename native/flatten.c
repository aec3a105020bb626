/*
 * pairguard_flatten_tree: one call that copies a whole tree-sitter tree into an array of fixed-size records, so the managed side
 * builds its nodes from plain memory instead of making several P/Invoke calls per node.
 *
 * The walk is the same pre-order cursor walk the managed TreeWalker does (visible nodes only, every child of every node); the
 * record layout is mirrored by PairguardFlatNode in src/Pairguard/Syntax/Native/FlatTree.cs: keep the two in step.
 */
#include <stdint.h>
#include <tree_sitter/api.h>

#define PAIRGUARD_FLAT_NAMED 1u
#define PAIRGUARD_FLAT_ERROR 2u
#define PAIRGUARD_FLAT_MISSING 4u
#define PAIRGUARD_FLAT_NO_PARENT UINT32_MAX

typedef struct {
  uint32_t start_byte;
  uint32_t end_byte;
  uint32_t parent;          /* record index of the parent; PAIRGUARD_FLAT_NO_PARENT for the root */
  uint32_t index_in_parent; /* position among the parent's children */
  uint32_t child_count;     /* number of children (filled in as they are written) */
  uint16_t symbol;          /* ts_node_symbol: the public symbol, aliases applied */
  uint16_t field;           /* field id in the parent, 0 for none */
  uint32_t flags;           /* PAIRGUARD_FLAT_NAMED | PAIRGUARD_FLAT_ERROR | PAIRGUARD_FLAT_MISSING */
} PairguardFlatNode;

_Static_assert(sizeof(PairguardFlatNode) == 28, "the managed mirror expects 28-byte records");

static void write_node(PairguardFlatNode *out, uint32_t index, TSNode node, uint16_t field, uint32_t parent) {
  PairguardFlatNode *r = &out[index];
  r->start_byte = ts_node_start_byte(node);
  r->end_byte = ts_node_end_byte(node);
  r->parent = parent;
  r->child_count = 0;
  r->symbol = ts_node_symbol(node);
  r->field = field;
  r->flags = (ts_node_is_named(node) ? PAIRGUARD_FLAT_NAMED : 0u) | (ts_node_is_error(node) ? PAIRGUARD_FLAT_ERROR : 0u) |
             (ts_node_is_missing(node) ? PAIRGUARD_FLAT_MISSING : 0u);
  if (parent != PAIRGUARD_FLAT_NO_PARENT) {
    r->index_in_parent = out[parent].child_count++;
  } else {
    r->index_in_parent = 0;
  }
}

/*
 * Writes one record per node of `tree` into `out` (room for `capacity` records), in pre-order (document order of start bytes).
 * Returns the number of nodes in the tree. When that is more than `capacity`, only the first `capacity` records were written and
 * the caller must call again with a buffer of at least the returned size. Returns 0 for a null tree.
 */
uint32_t pairguard_flatten_tree(const TSTree *tree, PairguardFlatNode *out, uint32_t capacity) {
  if (tree == NULL) {
    return 0;
  }

  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  uint32_t count = 0;
  uint32_t current = 0; /* record index of the cursor's node, while every record fits */
  int fits = capacity > 0 && out != NULL;
  if (fits) {
    write_node(out, 0, ts_tree_cursor_current_node(&cursor), 0, PAIRGUARD_FLAT_NO_PARENT);
  }
  count = 1;

  for (;;) {
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      if (fits && count < capacity) {
        write_node(out, count, ts_tree_cursor_current_node(&cursor), ts_tree_cursor_current_field_id(&cursor), current);
        current = count;
      } else {
        fits = 0;
      }
      count++;
      continue;
    }

    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        if (fits && count < capacity) {
          write_node(out, count, ts_tree_cursor_current_node(&cursor), ts_tree_cursor_current_field_id(&cursor),
                     out[current].parent);
          current = count;
        } else {
          fits = 0;
        }
        count++;
        break;
      }

      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return count;
      }

      if (fits) {
        current = out[current].parent;
      }
    }
  }
}
