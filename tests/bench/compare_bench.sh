#!/usr/bin/env bash
# parley compare over N generated claims (default 1,000,000): the bar is that
# the whole comparison, written as JSON, takes at most 2x the time needed
# only to parse those claims, in the same run:
#
#   bash tests/bench/compare_bench.sh [N=1000000] [--rounds N] [--check]
#
# Makes a Release build in build-bench/ (or $PARLEY_BENCH_BUILD_DIR) through
# scripts/setup.sh and, if missing, <build>/claims-<N> with parley_make_claims
# (an ontology of 54 actors, 6 of them groups, and 200 positions, and N claims
# in the JSON Lines of `parley extract`). Then, each round, times
#   parse  parley compare --rules DIR --parse-only CLAIMS   (read and check every line, stop)
#   full   parley compare --rules DIR --format json CLAIMS >/dev/null
# and prints the medians, their ratio and each side's peak RSS. With --check,
# a missed bar makes the exit status 1. See tests/bench/README.md.
set -euo pipefail

usage() {
  echo "usage: bash tests/bench/compare_bench.sh [N=1000000] [--rounds N] [--check]" >&2
  exit 2
}

n=1000000
rounds=3
check=0
if [[ $# -gt 0 && "$1" != -* ]]; then n="$1"; shift; fi
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) [[ $# -ge 2 ]] || usage; rounds="$2"; shift 2 ;;
    --check) check=1; shift ;;
    *) usage ;;
  esac
done
[[ "$n" =~ ^[0-9]+$ && "$n" -ge 1 ]] || usage
[[ "$rounds" =~ ^[0-9]+$ && "$rounds" -ge 1 ]] || usage
bar=2.0

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PARLEY_BENCH_BUILD_DIR:-$root/build-bench}"
read -r -a extra_cmake_args <<<"${PARLEY_BENCH_CMAKE_ARGS:-}"
"$root/scripts/setup.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BENCH=ON "${extra_cmake_args[@]}"
parley="$build/parley"

# Made under a temporary name and renamed when complete, so an interrupted
# run never leaves a half-made one that later runs would reuse.
data="$build/claims-$n"
if [[ -d "$data" ]]; then
  echo "compare_bench: reusing $data"
else
  rm -rf "$data.partial"
  "$build/tests/bench/parley_make_claims" "$data.partial" "$n"
  mv "$data.partial" "$data"
fi
claims="$data/claims.jsonl"
out="$build/compare-bench"
mkdir -p "$out"
rm -f "$out"/*.times "$out"/*.rss "$out"/*.last
cat "$claims" >/dev/null  # into the page cache before anything is timed

have_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then have_time=1; fi

# timed NAME COMMAND...: runs COMMAND with stdout to /dev/null, appends its
# wall seconds to $out/NAME.times and its peak RSS (KB) to $out/NAME.rss.
timed() {
  local name="$1"
  shift
  local start end status=0
  start="$EPOCHREALTIME"
  if [[ "$have_time" == 1 ]]; then
    /usr/bin/time -f '%M' -o "$out/$name.rss.last" "$@" >/dev/null 2>"$out/$name.stderr" || status=$?
  else
    "$@" >/dev/null 2>"$out/$name.stderr" || status=$?
  fi
  end="$EPOCHREALTIME"
  if [[ "$status" != 0 ]]; then
    echo "compare_bench: '$*' exited with status $status; its stderr:" >&2
    head -20 "$out/$name.stderr" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.4f\n", e - s}' >>"$out/$name.times"
  if [[ "$have_time" == 1 ]]; then tail -1 "$out/$name.rss.last" >>"$out/$name.rss"; fi
}
median() { sort -g "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
maximum() { sort -g "$1" | tail -1; }
megabytes() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }

echo "compare_bench: $n claims ($(awk -v b="$(stat -c %s "$claims")" 'BEGIN {printf "%.0f", b / 1e6}') MB), $rounds rounds"
for ((round = 1; round <= rounds; ++round)); do
  # The side that goes first changes each round.
  if ((round % 2)); then order=(parse full); else order=(full parse); fi
  for side in "${order[@]}"; do
    if [[ "$side" == parse ]]; then
      timed parse "$parley" compare --rules "$data" --parse-only "$claims"
    else
      timed full "$parley" compare --rules "$data" --format json "$claims"
    fi
  done
  echo "  round $round: parse $(tail -1 "$out/parse.times")s  full $(tail -1 "$out/full.times")s"
done
if ! grep -q "parsed $n claims" "$out/parse.stderr"; then
  echo "compare_bench: the parse-only run did not parse $n claims: $(cat "$out/parse.stderr")" >&2
  exit 1
fi

parse="$(median "$out/parse.times")"
full="$(median "$out/full.times")"
echo
printf '%-6s %10s %10s\n' side "median s" "peak MB"
for side in parse full; do
  peak="-"
  if [[ "$have_time" == 1 ]]; then peak="$(megabytes "$(maximum "$out/$side.rss")")"; fi
  printf '%-6s %10.3f %10s\n' "$side" "$(median "$out/$side.times")" "$peak"
done
ratio="$(awk -v f="$full" -v p="$parse" 'BEGIN {printf "%.2f", f / p}')"
verdict="$(awk -v r="$ratio" -v bar="$bar" 'BEGIN {print (r <= bar) ? "PASS" : "FAIL"}')"
echo
echo "parse: read and check every claim (--parse-only); full: compare --format json to /dev/null."
echo "ratio full / parse (median time): $ratio   bar <= $bar: $verdict"
if [[ "$check" == 1 && "$verdict" == FAIL ]]; then exit 1; fi
exit 0
