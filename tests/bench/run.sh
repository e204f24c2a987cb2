#!/usr/bin/env bash
# Builds the segmentation benchmark in Release, makes its corpus once and runs
# it: bash tests/bench/run.sh [MB=64] [parley_segment_bench options...]
#
# The build goes to build-bench/ at the top of the repository (or to
# $PARLEY_BENCH_BUILD_DIR), the corpus to <build dir>/corpus-<MB>MB, which is
# kept and reused by later runs. See tests/bench/README.md.
set -euo pipefail

mb="${1:-64}"
if [[ $# -gt 0 ]]; then shift; fi
if ! [[ "$mb" =~ ^[0-9]+$ ]] || [[ "$mb" -lt 1 ]]; then
  echo "usage: bash tests/bench/run.sh [MB=64] [--rounds N] [--per-file] [--check]" >&2
  exit 2
fi
if [[ "$mb" -lt 50 ]]; then
  echo "run.sh: note: the benchmark's target is stated for a corpus of at least 50 MB; $mb MB is a smoke run" >&2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PARLEY_BENCH_BUILD_DIR:-$root/build-bench}"
jobs="$(nproc 2>/dev/null || echo 2)"

# The project's set-up installs what is missing and builds every target.
"$root/scripts/setup.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BENCH=ON

bin="$build/tests/bench"
corpus="$build/corpus-${mb}MB"
if [[ ! -d "$corpus" ]]; then
  # Made under a temporary name and renamed when complete, so an interrupted
  # run never leaves a half corpus that later runs would take as done.
  rm -rf "$corpus.partial"
  "$bin/parley_make_corpus" "$corpus.partial" "$mb"
  mv "$corpus.partial" "$corpus"
else
  echo "run.sh: reusing $corpus"
fi

exec "$bin/parley_segment_bench" "$corpus" "$@"
