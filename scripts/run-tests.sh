#!/usr/bin/env bash
# Every test: installs what is missing, builds with -Wall -Wextra -Werror and
# runs the suite (unit and end-to-end) with ctest; then builds again with
# clang, AddressSanitizer + UndefinedBehaviorSanitizer (and the libFuzzer
# targets), runs the suite once more, and fuzzes every target for 60 s.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (-Wall -Wextra -Werror) and test"
scripts/setup.sh build -DPARLEY_WERROR=ON
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== build with clang, AddressSanitizer + UndefinedBehaviorSanitizer (and libFuzzer) and test"
scripts/fuzz.sh --build-only   # build-fuzz: the sanitizer build and the fuzz build in one
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
  ctest --test-dir build-fuzz --output-on-failure -j "$jobs"

echo "== fuzz every target for 60 s (tests/fuzz/README.md)"
scripts/fuzz.sh --no-build --seconds 60 --parallel "$jobs"
