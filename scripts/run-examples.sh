#!/usr/bin/env bash
# The main job on the example corpus: installs what is missing, builds, and
# runs parley over examples/ with the shipped rules/: every claim the rule
# pack finds, as JSON Lines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
./build/parley extract examples/ "$@"
