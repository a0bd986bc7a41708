#!/usr/bin/env bash
# Packs the course repository (the files git tracks, hidden checks included) into the zip Gradescope's
# "Configure Autograder" page takes, with setup.sh and run_autograder at its root as Gradescope requires.
#   grading/gradescope/make_autograder_zip.sh [OUT.zip]      (default: gradescope-autograder.zip)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$(realpath -m "${1:-gradescope-autograder.zip}")"

if [ ! -d "$repo/src/HiddenChecks" ]; then
  echo "warning: src/HiddenChecks is missing: the autograder will grade without hidden checks." >&2
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$stage")
cp "$here/setup.sh" "$here/run_autograder" "$stage/"
chmod +x "$stage/setup.sh" "$stage/run_autograder"
rm -f "$out"
(cd "$stage" && zip -qr "$out" .)
echo "Wrote $out: upload it on the assignment's Configure Autograder page (Ubuntu base image)."
