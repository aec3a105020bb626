#!/bin/sh
# Checks discovery against git's own ignore logic on a tree that is not a repository:
# lists what git would consider (untracked, not ignored) and what Pairguard discovers, then prints the difference.
# Expected differences: default excludes (.idea/, dist/, *.min.js...) and symbolic links whose target is scanned under its real path.
# Usage: bench/compare-with-git.sh DIR
set -eu
dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$here/Pairguard.Bench" >/dev/null
dotnet "$here/Pairguard.Bench/bin/Release/net10.0/Pairguard.Bench.dll" discovery "$dir" --runs 1 --discovery-only --list "$work/pairguard.txt" >/dev/null
GIT_DIR="$work/git" git init -q
(cd "$dir" && GIT_DIR="$work/git" GIT_WORK_TREE="$dir" git -c core.quotepath=off ls-files --others --exclude-standard) | LC_ALL=C sort >"$work/git.txt"
LC_ALL=C sort "$work/pairguard.txt" >"$work/pairguard-sorted.txt"
echo "git: $(wc -l <"$work/git.txt") files, pairguard: $(wc -l <"$work/pairguard.txt") files"
if diff "$work/git.txt" "$work/pairguard-sorted.txt"; then echo "identical"; fi
