#!/usr/bin/env bash
# Measures what the sandbox costs per submission: grades a class of N honest submissions (copies of the
# grader's `correct` fixture) with the sandbox and with --no-sandbox, and prints the median of the gradebook's
# per-submission seconds (compiling included) for each.
#
#   grading/measure-sandbox.sh [N=20] [JOBS=2] [ORDER=sandbox-first|no-sandbox-first]
#
# On a shared machine the load drifts between the two runs: run both orders and compare.
#
# INSTRUCTOR_DLL=path/to/course-instructor.dll skips the build (the default builds src/Instructor).
set -euo pipefail
cd "$(dirname "$0")/.."
students="${1:-20}"
jobs="${2:-2}"
order="${3:-sandbox-first}"
work="$(mktemp -d /tmp/measure-sandbox-XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [[ -z "${INSTRUCTOR_DLL:-}" ]]; then
  dotnet build src/Instructor -c Release -o "$work/bin" --nologo -v q >/dev/null
  INSTRUCTOR_DLL="$work/bin/course-instructor.dll"
fi

for i in $(seq -w 1 "$students"); do
  mkdir -p "$work/class/student-$i"
  cp -r tests/Grading.Tests/Submissions/correct/. "$work/class/student-$i/"
done

median() { # the median of the gradebook's seconds column (11th), over all students
  tail -n +2 "$1" | cut -d, -f11 | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

run() { # $1 = label, the rest = extra grade options
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  dotnet "$INSTRUCTOR_DLL" grade "$work/class" --out "$work/out-$label" --seed 42 --jobs "$jobs" "$@" >"$work/$label.log" 2>&1
  end=$(date +%s.%N)
  local full
  full=$(tail -n +2 "$work/out-$label/gradebook.csv" | cut -d, -f8 | grep -c '^74$' || true)
  printf '%-10s median %5s s per submission, batch %6.1f s wall clock, %s/%s at 74/74\n' \
    "$label" "$(median "$work/out-$label/gradebook.csv")" "$(echo "$end - $start" | bc)" "$full" "$students"
}

echo "$students submissions, $jobs at a time, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$order" == no-sandbox-first ]]; then
  run no-sandbox --no-sandbox
  run sandbox --require-sandbox
else
  run sandbox --require-sandbox
  run no-sandbox --no-sandbox
fi
