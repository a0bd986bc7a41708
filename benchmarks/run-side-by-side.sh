#!/usr/bin/env bash
# Regenerates the side-by-side table (ours, scikit-learn, ratio, fraction of peak) from both sides in one session:
#   benchmarks/run-side-by-side.sh            # the side-by-side table          (~15 min on 2 cores)
#   benchmarks/run-side-by-side.sh --sweep    # and the cost sweep, table + plot (~15 min more)
# Writes benchmarks/results/side-by-side.md (and sweep.md, sweep.png). Needs the .NET SDK and Debian's
# python3-sklearn and python3-matplotlib (/usr/bin/python3). Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
results=benchmarks/results
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
bench() { dotnet benchmarks/Course.Benchmarks/bin/Release/net10.0/Course.Benchmarks.dll "$@"; }
# Some machines set these for old OpenBLAS builds; they slow a current one (see benchmarks/README.md).
peer() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 benchmarks/sklearn_peer.py "$@"; }

dotnet build -c Release benchmarks/Course.Benchmarks -warnaserror -nologo -v q
mkdir -p "$results"
rm -rf "$results/bdn"

echo "== ours: BenchmarkDotNet (the user paths and the default fit)"
bench --filter '*UserPathBenchmarks*' '*FitBenchmarks*' --exporters json github --artifacts "$results/bdn"
echo "== ours: arithmetic per task and the peak FLOP rate"
bench work "$results/work.json"
echo "== scikit-learn on the same training split"
bench train-data "$data"
peer --train-data "$data" --out "$results/sklearn-peer.json"

if [[ "${1:-}" == "--sweep" ]]; then
  echo "== cost sweep: ours, then scikit-learn on the same data"
  bench sweep-data "$data"
  bench sweep "$results/sweep-ours.json"
  peer --sweep "$data" --out "$results/sweep-sklearn.json"
fi

/usr/bin/python3 benchmarks/report.py "$results"
