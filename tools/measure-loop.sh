#!/usr/bin/env bash
# Measures the student's loop on this machine and prints medians (seconds):
#   check (dll)      `dotnet course.dll check`, nothing to build (the runner already built)
#   check (run)      `dotnet run --project src/Runner --no-build -- check`
#   watch            from saving an exercise file to `watch` printing its verdict, inside one `watch` process
# Usage: tools/measure-loop.sh [SAVES]   (default 10; run from anywhere inside the repository)
# The saves append a comment line to 1A's stub; the file is restored when the script ends.
set -euo pipefail
saves=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet build src/Runner -nologo -v q -clp:NoSummary >/dev/null
dll=src/Runner/bin/Debug/net10.0/course.dll

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f s (n=%d, min %.2f, max %.2f)\n", m, NR, a[1], a[NR]}'; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN {printf "%.3f\n", e - s}'; }

time_command() {
  for _ in $(seq "$saves"); do
    local start; start=$(now)
    "$@" >/dev/null 2>&1 || true
    elapsed "$start"
  done | median
}

echo "check (dll):  $(time_command dotnet "$dll" check)"
echo "check (run):  $(time_command dotnet run --project src/Runner --no-build -- check)"

file=src/Exercises/1A-TransformInputs/TransformInputs.cs
backup=$(mktemp); cp "$file" "$backup"
log=$(mktemp)
setsid dotnet "$dll" watch >"$log" 2>&1 &
watch_pid=$!
cleanup() { kill -- -"$watch_pid" 2>/dev/null || true; cp "$backup" "$file"; rm -f "$backup" "$log"; }
trap cleanup EXIT
verdicts() { grep -c 'Watching' "$log" || true; }
wait_for() { while [ "$(verdicts)" -lt "$1" ]; do sleep 0.05; done; }
wait_for 1
for i in $(seq "$saves"); do
  sleep 1
  seen=$(verdicts)
  start=$(now)
  echo "// measure-loop save $i" >>"$file"
  wait_for $((seen + 1))
  elapsed "$start"
done | median | sed 's/^/watch:        /'
