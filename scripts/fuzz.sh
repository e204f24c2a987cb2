#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan; tests/fuzz/README.md)
# and runs each for a given time, with seed corpora made from the project's
# own rules and examples and the dictionary tests/fuzz/parley.dict.
#
#   scripts/fuzz.sh [--seconds N] [--parallel P] [--no-build | --build-only] [TARGET...]
#
#   --seconds N    how long each target runs (default 60)
#   --parallel P   run P targets at once (default 1; the fuzzers are
#                  single-threaded, so P up to the number of free cores)
#   --no-build     use the fuzz build as it is
#   --build-only   only build (CI builds, runs ctest there, then fuzzes)
#   TARGET         rule_loader, pattern, document, match, claims (default: all)
#
# Corpora accumulate in $FUZZ_BUILD_DIR/corpus/<target>/ (default build-fuzz/)
# from run to run; crash inputs go to $FUZZ_BUILD_DIR/artifacts/<target>/,
# logs to $FUZZ_BUILD_DIR/logs/<target>.log. Prints per target the executions,
# coverage (cov: edges, ft: features) and whether it failed. Exits 1 if any
# target crashed, leaked, timed out or made a sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=60
parallel=1
build=1
build_only=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --build-only) build_only=1; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all_targets=(rule_loader pattern document match claims)
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "fuzz.sh: unknown target $target" >&2; exit 2; }
done

build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
case "$build_dir" in /*) ;; *) build_dir="$root/$build_dir" ;; esac
if [ "$build" = 1 ]; then
  echo "== fuzz build ($build_dir: clang, ASan + UBSan, libFuzzer)"
  scripts/setup.sh "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DPARLEY_WERROR=ON \
    -DPARLEY_SANITIZE=ON -DPARLEY_FUZZ=ON -DPARLEY_BENCH=OFF
fi
[ "$build_only" = 0 ] || exit 0

# allow_addr2line: readable stacks where llvm-symbolizer is not installed.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allow_addr2line=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:allow_addr2line=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"

# --- seeds: made afresh from the project's files each run -------------------
seeds="$build_dir/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{rule_loader,pattern,document,match,claims}
n=0
for file in $(find rules tests/data/rules -name '*.yaml' | sort); do
  cp "$file" "$seeds/rule_loader/$((n += 1))-$(basename "$file")"
done
"$build_dir/tests/fuzz/make_seeds" "$seeds" rules >/dev/null   # patterns and rule-test texts
for file in $(find examples tests/data/docs tests/data/broken -type f \
                \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' \) ! -name README.md | sort); do
  cp "$file" "$seeds/document/$((n += 1))-$(basename "$file")"
  case "$file" in *.jsonl) ;; *) cp "$file" "$seeds/match/$((n += 1))-$(basename "$file")" ;; esac
done
ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" "$build_dir/parley" extract --quiet --jobs 1 examples/ \
  > "$seeds/claims/all.jsonl"
split -l 6 "$seeds/claims/all.jsonl" "$seeds/claims/part-"

# --- runs -----------------------------------------------------------------
run_target() {
  local target=$1
  local corpus="$build_dir/corpus/$target" artifacts="$build_dir/artifacts/$target/"
  local log="$build_dir/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  local corpora=("$corpus" "$seeds/$target")
  [ -d "tests/fuzz/regressions/$target" ] && corpora+=("tests/fuzz/regressions/$target")
  local status=0
  "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
    -dict=tests/fuzz/parley.dict -timeout=20 -rss_limit_mb=2560 -artifact_prefix="$artifacts" \
    "${corpora[@]}" > "$log" 2>&1 || status=$?
  echo "$status" > "$log.status"
}

summarize() {
  local target=$1 log="$build_dir/logs/$1.log"
  local status execs cov ft verdict
  status=$(cat "$log.status")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  verdict=ok
  if [ "$status" != 0 ] || grep -qE '^==[0-9]+==ERROR|runtime error:|broken promise|ERROR: libFuzzer' "$log"; then
    verdict="FAILED (exit $status; see $log and ${build_dir}/artifacts/$target/)"
  fi
  printf '%-12s %8ss %12s execs  cov %6s  ft %7s  corpus %5s  %s\n' "$target" "$seconds" \
    "${execs:-?}" "${cov:-?}" "${ft:-?}" "$(ls "$build_dir/corpus/$target" | wc -l)" "$verdict"
  [ "$verdict" = ok ]
}

echo "== fuzzing ${targets[*]} for ${seconds}s each, $parallel at once"
running=()
for target in "${targets[@]}"; do
  run_target "$target" &
  running+=($!)
  if [ ${#running[@]} -ge "$parallel" ]; then
    wait "${running[0]}"
    running=("${running[@]:1}")
  fi
done
for pid in "${running[@]}"; do wait "$pid"; done

failed=0
for target in "${targets[@]}"; do summarize "$target" || failed=1; done
if [ "$failed" = 1 ]; then
  echo "fuzz.sh: a target failed; its crash input is in the artifacts folder named above" >&2
  for target in "${targets[@]}"; do
    if grep -qv '^0$' "$build_dir/logs/$target.log.status"; then
      echo "-- $target:" >&2
      grep -E 'ERROR|what\(\)|runtime error|broken promise|SUMMARY|Test unit written| in parley::' \
        "$build_dir/logs/$target.log" | head -24 >&2 || true
    fi
  done
  exit 1
fi
