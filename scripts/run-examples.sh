#!/usr/bin/env bash
# The main job on the example corpus: installs what is missing, builds, and
# runs parley over examples/ with the shipped rules/.
#
# Until the rule language lands (issue 3) the main job is `parley explain`:
# every document's sentences and tokens.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
./build/parley explain examples/ "$@"
