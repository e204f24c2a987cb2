#!/usr/bin/env bash
# Every test: installs what is missing, builds with -Wall -Wextra -Werror and
# runs the suite (unit and end-to-end) with ctest; then builds again with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs the suite once more.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (-Wall -Wextra -Werror) and test"
scripts/setup.sh build -DPARLEY_WERROR=ON
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== build with AddressSanitizer + UndefinedBehaviorSanitizer and test"
scripts/setup.sh build-sanitize -DPARLEY_WERROR=ON -DPARLEY_SANITIZE=ON -DPARLEY_BENCH=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
  ctest --test-dir build-sanitize --output-on-failure -j "$jobs"
