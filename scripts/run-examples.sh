#!/usr/bin/env bash
# The main job on the example corpus: installs what is missing, builds, and
# runs parley over examples/ with the shipped rules/: first every claim the
# rule pack finds (JSON Lines), then the comparison report (Markdown), and
# writes the HTML report to build/examples-report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
echo "== claims: parley extract examples/"
./build/parley extract examples/
echo
echo "== report: parley analyze examples/"
./build/parley analyze examples/ "$@"
./build/parley analyze --format html --out build/examples-report.html examples/
echo
echo "== the HTML report: build/examples-report.html (open it in a browser)"
