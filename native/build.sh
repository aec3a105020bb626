#!/usr/bin/env bash
# Builds libpairguard-treesitter.so: the tree-sitter runtime and every grammar listed in grammars.txt, compiled from the C sources
# that their npm packages carry, plus Pairguard's own C helpers in this folder (flatten.c). Called by the MSBuild target in src/Pairguard/Pairguard.Native.targets; can be run by hand.
#
#   build.sh WORKDIR OUTPUT.so               fetch (npm pack, no install scripts), verify sha512, extract, compile, link
#   build.sh --verify-only WORKDIR           only check the tarballs already in WORKDIR/pkgs against grammars.txt
#
# Environment: PAIRGUARD_GRAMMARS (another grammar list, used by tests), PAIRGUARD_NATIVE_JOBS (make -j, default: nproc),
# PAIRGUARD_NATIVE_OPT (optimisation flag, default -O2).
# Lines starting with "pairguard-native: error:" are turned into build errors by MSBuild.
set -euo pipefail

fail() { echo "pairguard-native: error: $*" >&2; exit 1; }

self="${BASH_SOURCE[0]}"; case "$self" in */*) here="${self%/*}" ;; *) here=. ;; esac
here="$(cd "$here" && pwd)"
verify_only=0
if [ "${1:-}" = "--verify-only" ]; then verify_only=1; shift; fi
[ $# -ge 1 ] || fail "usage: build.sh [--verify-only] WORKDIR [OUTPUT.so]"
work="${1%/}"
out="${2:-}"
[ "$verify_only" = 1 ] || [ -n "$out" ] || fail "usage: build.sh WORKDIR OUTPUT.so"
list_file="${PAIRGUARD_GRAMMARS:-$here/grammars.txt}"
[ -f "$list_file" ] || fail "grammar list not found: $list_file"

# 0. tools: report everything that is missing at once
needed="node tar"
[ "$verify_only" = 1 ] || needed="npm node tar gcc make"
missing=""
for tool in $needed; do command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"; done
if [ -n "$missing" ]; then
  fail "cannot build the tree-sitter parsers, missing tool(s):$missing. Install a C compiler, make and Node.js with npm (on Debian/Ubuntu: apt-get install gcc make nodejs npm), then build again."
fi

# The grammar list: name symbol package@version dir integrity
names=(); specs=(); dirs=(); integrities=()
while read -r name symbol spec dir integrity rest; do
  case "$name" in ''|'#'*) continue ;; esac
  [ -n "$integrity" ] && [ -z "$rest" ] || fail "$list_file: malformed line for '$name' (want: name symbol package@version dir sha512-...)"
  case "$integrity" in sha512-*) ;; *) fail "$list_file: '$name' must pin a sha512 integrity, got '$integrity'" ;; esac
  names+=("$name"); specs+=("$spec"); dirs+=("$dir"); integrities+=("$integrity")
done <"$list_file"
[ "${#names[@]}" -gt 0 ] || fail "$list_file lists no grammar"

# "@scope/pkg@1.2.3" -> "scope-pkg-1.2.3", the file name npm pack gives the tarball
tarball_name() { local s="${1#@}"; s="${s//\//-}"; echo "${s%@*}-${s##*@}"; }

# sha512 of a file in npm's integrity form (sha512-<base64>)
sha512_of() {
  node -e 'const c=require("crypto"),f=require("fs");process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"
}

mkdir -p "$work/pkgs" "$work/src"
declare -A seen=()
for i in "${!names[@]}"; do
  spec="${specs[$i]}"; want="${integrities[$i]}"
  if [ -n "${seen[$spec]:-}" ]; then
    [ "${seen[$spec]}" = "$want" ] || fail "$list_file: $spec is listed twice with different integrity values"
    continue
  fi
  seen[$spec]="$want"
  base="$(tarball_name "$spec")"
  tgz="$work/pkgs/$base.tgz"

  # 1. fetch once: npm pack downloads the tarball only and runs no install script
  if [ ! -f "$tgz" ]; then
    [ "$verify_only" = 0 ] || fail "$tgz is missing (run a build first)"
    echo "fetching $spec"
    tmp="$work/pkgs/.tmp-$base"
    rm -rf "$tmp"; mkdir -p "$tmp"
    if ! (cd "$tmp" && npm pack --silent --prefer-offline --ignore-scripts "$spec" >/dev/null); then
      rm -rf "$tmp"
      fail "npm pack $spec failed: is the npm registry reachable (or the npm cache filled)? A build without network needs $work/pkgs prefilled."
    fi
    got_file="$(ls "$tmp"/*.tgz 2>/dev/null | head -n1)"
    [ -n "$got_file" ] || fail "npm pack $spec produced no tarball"
    mv "$got_file" "$tgz"; rm -rf "$tmp"
  fi

  # 2. verify every time: a tarball that does not match the pinned hash stops the build
  got="$(sha512_of "$tgz")"
  if [ "$got" != "$want" ]; then
    rm -f "$tgz"
    fail "integrity check failed for $spec: the tarball $tgz has $got but grammars.txt pins $want. The tarball was deleted; if grammars.txt is right, build again to fetch it anew."
  fi
  [ "$verify_only" = 0 ] || continue

  # 3. extract (again when the tarball is newer than the last extraction), atomically, without prebuilt binaries
  src="$work/src/$base"
  if [ ! -f "$src/.extracted" ] || [ "$tgz" -nt "$src/.extracted" ]; then
    rm -rf "$src" "$src.tmp"; mkdir -p "$src.tmp"
    tar -xzf "$tgz" -C "$src.tmp" --strip-components=1 --no-same-owner \
      --exclude='package/prebuilds' --exclude='package/bindings' --exclude='*.wasm' --exclude='*.node'
    touch "$src.tmp/.extracted"
    mv "$src.tmp" "$src"
  fi
done
if [ "$verify_only" = 1 ]; then echo "all ${#seen[@]} tarballs match grammars.txt"; exit 0; fi

# 4. generate the per-grammar make rules; object names carry the package version so a version bump recompiles
build="$work/build"
mkdir -p "$build"
mk="$build/grammars.mk.tmp"
: >"$mk"
objects=""
runtime=""
for i in "${!names[@]}"; do
  name="${names[$i]}"; base="$(tarball_name "${specs[$i]}")"; dir="$work/src/$base/${dirs[$i]}"
  if [ "$name" = runtime ]; then
    [ -f "$dir/src/lib.c" ] || fail "${specs[$i]} has no ${dirs[$i]}/src/lib.c"
    obj="\$(OUT)/runtime-$base.o"
    printf '%s: %s | $(OUT)\n\t$(CC) $(RUNTIME_CFLAGS) -I%s/src -I%s/src/wasm -I%s/include -c $< -o $@\n' \
      "$obj" "$dir/src/lib.c" "$dir" "$dir" "$dir" >>"$mk"
    objects="$obj $objects"
    runtime="$dir"
    continue
  fi
  [ -f "$dir/parser.c" ] || fail "${specs[$i]} has no ${dirs[$i]}/parser.c"
  for unit in parser scanner; do
    [ -f "$dir/$unit.c" ] || continue
    obj="\$(OUT)/$name-$base.$unit.o"
    printf '%s: %s | $(OUT)\n\t$(CC) $(GRAMMAR_CFLAGS) -I%s -c $< -o $@\n' "$obj" "$dir/$unit.c" "$dir" >>"$mk"
    objects="$objects $obj"
  done
done
[ -n "$runtime" ] || fail "$list_file has no 'runtime' line"
printf 'OBJECTS := %s\n' "$objects" >>"$mk"
# Pairguard's own C files (Makefile: OWN_OBJECTS) include the runtime's headers (include/ and the internal ones in src/)
printf 'TS_RUNTIME := %s\n' "$runtime" >>"$mk"
# only replace the rules file when it changed, so make's timestamps stay meaningful
if cmp -s "$mk" "$build/grammars.mk"; then rm -f "$mk"; else mv "$mk" "$build/grammars.mk"; fi

jobs="${PAIRGUARD_NATIVE_JOBS:-$(nproc 2>/dev/null || echo 2)}"
echo "compiling with make -j$jobs"
make -s -C "$here" -j"$jobs" OUT="$build" OPT="${PAIRGUARD_NATIVE_OPT:--O2}" \
  || fail "compiling the tree-sitter sources failed (see the compiler output above)"

# 5. install atomically
mkdir -p "$(dirname "$out")"
cp "$build/libpairguard-treesitter.so" "$out.tmp"
mv "$out.tmp" "$out"
echo "built $out"
