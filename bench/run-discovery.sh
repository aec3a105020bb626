#!/bin/sh
# Discovery benchmark on a real tree, with the file-system baselines measured in the same run:
#   find DIR -type f | wc -l        (listing the tree)
#   cat of every file to /dev/null  (reading every byte: the read limit)
# Usage: bench/run-discovery.sh DIR [RUNS]
set -eu
dir=$1
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
dotnet build -c Release "$here/Pairguard.Bench" >/dev/null

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== tree: $(find "$dir" -type f | wc -l) files, $(du -sb "$dir" | cut -f1) bytes"
# bash's "time" keyword reports wall, user and system time of a whole pipeline.
i=1
while [ "$i" -le "$runs" ]; do
  echo "find run $i:"; bash -c "time (find '$dir' -type f | wc -l >/dev/null)" 2>&1 | grep -v '^$'
  echo "cat run $i:"; bash -c "time (find '$dir' -type f -print0 | xargs -0 cat >/dev/null)" 2>&1 | grep -v '^$'
  i=$((i + 1))
done
dotnet "$here/Pairguard.Bench/bin/Release/net10.0/Pairguard.Bench.dll" discovery "$dir" --runs "$runs" --diagnostics
