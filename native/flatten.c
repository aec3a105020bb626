/*
 * pairguard_flatten_tree: one call that copies a whole tree-sitter tree into an array of fixed-size records, so the managed side
 * builds its nodes from plain memory instead of making several P/Invoke calls per node.
 *
 * The nodes and their order are those of a pre-order TSTreeCursor walk (visible nodes only; a hidden node's visible children
 * count as children of its nearest visible ancestor), less the punctuation tokens the caller marks (skipped() below). The walk
 * reads the runtime's subtrees directly, as tree_cursor.c does, instead of going through the cursor API: the cursor re-derives
 * its child iterator, alias sequence and field by walking its stack at every step, which cost about as much as the rest of the
 * copy. It uses the runtime's internal headers (subtree.h,
 * language.h, tree.h), so it is tied to the pinned runtime version (native/grammars.txt); tests/.../ManagedTreeCopyTests.cs
 * checks it node by node against a cursor walk.
 *
 * The record layout is mirrored by PairguardFlatNode in src/Pairguard/Syntax/Native/FlatTree.cs: keep the two in step.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tree_sitter/api.h"
#include "language.h"
#include "subtree.h"
#include "tree.h"

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
  uint16_t symbol;          /* public symbol, aliases applied (as ts_node_symbol) */
  uint16_t field;           /* field id in the parent, 0 for none (as ts_tree_cursor_current_field_id) */
  uint32_t flags;           /* PAIRGUARD_FLAT_NAMED | PAIRGUARD_FLAT_ERROR | PAIRGUARD_FLAT_MISSING */
} PairguardFlatNode;

_Static_assert(sizeof(PairguardFlatNode) == 28, "the managed mirror expects 28-byte records");

/* How many of a node's children have their records prefetched when the node is entered. */
#define PREFETCHED_CHILDREN 8u

/* A node whose children are being visited. */
typedef struct {
  const Subtree *children;
  uint32_t child_count;
  uint32_t child_index;
  uint32_t structural_index;      /* index of the next non-extra child, for aliases and fields */
  uint32_t position;              /* start byte of the next child */
  uint32_t record;                /* record of the node's nearest visible ancestor-or-self: the parent of its visible children */
  const TSSymbol *alias_sequence; /* of the node's production, NULL for none */
  uint16_t production_id;
  TSFieldId inherited_field;      /* hidden node: its own field, which its visible children take when they have none; else 0 */
} Frame;

typedef struct {
  Frame *items;
  uint32_t size;
  uint32_t capacity;
  Frame inline_items[64];
} FrameStack;

static int push_frame(FrameStack *stack, Subtree node, uint32_t position, uint32_t record, TSFieldId inherited_field,
                      const TSLanguage *language) {
  if (stack->size == stack->capacity) {
    uint32_t capacity = stack->capacity * 2;
    Frame *items = stack->items == stack->inline_items ? malloc(capacity * sizeof(Frame))
                                                       : realloc(stack->items, capacity * sizeof(Frame));
    if (items == NULL) {
      return 0;
    }
    if (stack->items == stack->inline_items) {
      memcpy(items, stack->inline_items, sizeof(stack->inline_items));
    }
    stack->items = items;
    stack->capacity = capacity;
  }

  Frame *f = &stack->items[stack->size++];
  f->children = ts_subtree_children(node);
  f->child_count = node.ptr->child_count;
  /* the children's heap records are read one after the other, each a likely cache miss in a tree the parser has just built:
     ask for the first few at once */
  for (uint32_t i = 0; i < f->child_count && i < PREFETCHED_CHILDREN; i++) {
    if (!f->children[i].data.is_inline) {
      /* a record spans two cache lines (the flags the walk reads first are past the first 44 bytes) */
      __builtin_prefetch(f->children[i].ptr);
      __builtin_prefetch((const char *)f->children[i].ptr + 64);
    }
  }
  f->child_index = 0;
  f->structural_index = 0;
  f->position = position;
  f->record = record;
  f->production_id = node.ptr->production_id;
  f->alias_sequence = ts_language_alias_sequence(language, f->production_id);
  f->inherited_field = inherited_field;
  return 1;
}

/* The field of the child at structural index `index` of a production (ts_tree_cursor_current_field_id, one level). */
static TSFieldId field_at(const TSLanguage *language, uint16_t production_id, uint32_t index) {
  const TSFieldMapEntry *map, *end;
  ts_language_field_map(language, production_id, &map, &end);
  for (; map < end; map++) {
    if (!map->inherited && map->child_index == index) {
      return map->field_id;
    }
  }
  return 0;
}

static void write_node(PairguardFlatNode *out, uint32_t index, Subtree node, TSSymbol alias, uint32_t start, TSFieldId field,
                       uint32_t parent, const TSLanguage *language) {
  PairguardFlatNode *r = &out[index];
  TSSymbol symbol = ts_language_public_symbol(language, alias ? alias : ts_subtree_symbol(node));
  bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(node);
  r->start_byte = start;
  r->end_byte = start + ts_subtree_size(node).bytes;
  r->parent = parent;
  r->child_count = 0;
  r->symbol = symbol;
  r->field = field;
  r->flags = (named ? PAIRGUARD_FLAT_NAMED : 0u) | (symbol == ts_builtin_sym_error ? PAIRGUARD_FLAT_ERROR : 0u) |
             (ts_subtree_missing(node) ? PAIRGUARD_FLAT_MISSING : 0u);
  if (parent != PAIRGUARD_FLAT_NO_PARENT) {
    r->index_in_parent = out[parent].child_count++;
  } else {
    r->index_in_parent = 0;
  }
}

/*
 * True for a node left out of the copy: an anonymous one-byte token (no children, not inserted by error recovery) whose public
 * symbol is marked in `skip` (the managed side marks `(`, `)`, `,` and `;`, which the rule engine's matching passes over).
 */
static bool skipped(Subtree node, TSSymbol alias, const TSLanguage *language, const uint8_t *skip, uint32_t skip_count) {
  if (skip == NULL || ts_subtree_child_count(node) > 0 || ts_subtree_size(node).bytes != 1 || ts_subtree_missing(node)) {
    return false;
  }
  TSSymbol symbol = ts_language_public_symbol(language, alias ? alias : ts_subtree_symbol(node));
  bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(node);
  return !named && symbol < skip_count && skip[symbol] != 0;
}

/*
 * Writes one record per node of `tree` into `out` (room for `capacity` records), in pre-order (document order of start bytes),
 * leaving out the tokens `skip` marks (see skipped(); `skip` may be NULL, `skip_count` is its length). Returns the number of nodes
 * written or to write. When that is more than `capacity`, only the first `capacity` records were written and the caller must call
 * again with a buffer of at least the returned size. Returns 0 for a null tree or when memory runs out.
 */
uint32_t pairguard_flatten_tree(const TSTree *tree, PairguardFlatNode *out, uint32_t capacity, const uint8_t *skip,
                                uint32_t skip_count) {
  if (tree == NULL) {
    return 0;
  }

  const TSLanguage *language = tree->language;
  Subtree root = tree->root;
  uint32_t root_start = ts_subtree_padding(root).bytes;
  int fits = out != NULL && capacity > 0;
  if (fits) {
    write_node(out, 0, root, 0, root_start, 0, PAIRGUARD_FLAT_NO_PARENT, language);
  }
  uint32_t count = 1;
  if (ts_subtree_child_count(root) == 0) {
    return count;
  }

  FrameStack stack = {.size = 0, .capacity = 64};
  stack.items = stack.inline_items;
  if (!push_frame(&stack, root, root_start, 0, 0, language)) {
    return 0;
  }

  while (stack.size > 0) {
    Frame *f = &stack.items[stack.size - 1];
    if (f->child_index == f->child_count) {
      stack.size--;
      continue;
    }

    /* the child and its facts, then move the frame past it (as ts_tree_cursor_child_iterator_next) */
    Subtree child = f->children[f->child_index];
    uint32_t start = f->position;
    uint32_t structural_index = f->structural_index;
    bool extra = ts_subtree_extra(child);
    TSSymbol alias = 0;
    if (!extra) {
      if (f->alias_sequence) {
        alias = f->alias_sequence[structural_index];
      }
      f->structural_index++;
    }
    f->position += ts_subtree_size(child).bytes;
    f->child_index++;
    if (f->child_index < f->child_count) {
      f->position += ts_subtree_padding(f->children[f->child_index]).bytes;
    }

    bool visible = ts_subtree_visible(child) || alias != 0;
    if (!visible && ts_subtree_visible_child_count(child) == 0) {
      continue; /* a hidden node without visible nodes below: the cursor never stops in it */
    }

    /* the child's own field in this frame's production; a child of a hidden node without one takes the hidden node's */
    TSFieldId field = 0;
    if (!extra) {
      field = field_at(language, f->production_id, structural_index);
      if (field == 0) {
        field = f->inherited_field;
      }
    }

    uint32_t parent = f->record;
    if (visible && skipped(child, alias, language, skip, skip_count)) {
      continue;
    }
    if (visible) {
      uint32_t index = count++;
      if (fits && index < capacity) {
        write_node(out, index, child, alias, start, field, parent, language);
      } else {
        fits = 0;
      }
      if (ts_subtree_child_count(child) > 0 && !push_frame(&stack, child, start, index, 0, language)) {
        count = 0;
        break;
      }
    } else if (!push_frame(&stack, child, start, parent, field, language)) {
      count = 0;
      break;
    }
  }

  if (stack.items != stack.inline_items) {
    free(stack.items);
  }
  return count;
}
