#!/usr/bin/env bash
# Speed at corpus scale (issue 7): parley extract and analyze against the
# bare-ICU floor, with 100 / 1,000 / 10,000 generated rules, --jobs 1 and 2,
# peak memory at two corpus sizes, and every planted claim checked. One table,
# then the bars with PASS/BELOW. See tests/bench/README.md.
#
#   bash tests/bench/speed.sh [--quick] [--sizes MAIN,BIG] [--rounds N] [--single-jsonl]
#                             [--no-analyze] [--check]
#
#   --sizes MAIN,BIG  corpus sizes in MB (default 100,1000): the speed rows run
#                     on MAIN, the memory and analyze rows on BIG as well
#   --quick           --sizes 10,20 --rounds 1: a smoke run of under a minute
#   --rounds N        rounds of each MAIN row (default 3; BIG rows run once);
#                     every figure is the median round
#   --single-jsonl    the .jsonl form is one file per corpus, not parts of 64 MB
#   --no-analyze      skip the analyze row
#   --check           exit status 1 when a bar is missed
#
# Makes a Release build in build-bench/ (or $PARLEY_BENCH_BUILD_DIR) through
# scripts/setup.sh, then generates what is missing under <build>/speed/ (kept
# for later runs, remade when its generator changes): corpora as .txt and
# .jsonl with their manifests of planted claims (parley_make_corpus) and rule
# sets (parley_make_rules). Outputs and per-round figures go to
# <build>/speed/results/.
set -euo pipefail

usage() {
  echo "usage: bash tests/bench/speed.sh [--quick] [--sizes MAIN,BIG] [--rounds N] [--single-jsonl] [--no-analyze] [--check]" >&2
  exit 2
}

sizes="100,1000"
rounds=3
single=0
analyze=1
check=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) sizes="10,20"; rounds=1; shift ;;
    --sizes) [[ $# -ge 2 ]] || usage; sizes="$2"; shift 2 ;;
    --rounds) [[ $# -ge 2 ]] || usage; rounds="$2"; shift 2 ;;
    --single-jsonl) single=1; shift ;;
    --no-analyze) analyze=0; shift ;;
    --check) check=1; shift ;;
    *) usage ;;
  esac
done
IFS=, read -r -a size_list <<<"$sizes"
[[ ${#size_list[@]} -ge 1 && ${#size_list[@]} -le 2 ]] || usage
main="${size_list[0]}"
big="${size_list[${#size_list[@]} - 1]}"
for n in "$main" "$big" "$rounds"; do [[ "$n" =~ ^[0-9]+$ && "$n" -ge 1 ]] || usage; done
rule_sets=(100 1000 10000)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PARLEY_BENCH_BUILD_DIR:-$root/build-bench}"
read -r -a extra_cmake_args <<<"${PARLEY_BENCH_CMAKE_ARGS:-}"
bin="$build/tests/bench"
parley="$build/parley"
tools=(parley parley_make_corpus parley_make_rules parley_icu_floor)
# setup.sh builds every target; when one that this benchmark does not need
# fails (another change in progress), build just the ones it needs.
if ! "$root/scripts/setup.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BENCH=ON "${extra_cmake_args[@]}" \
    >"${TMPDIR:-/tmp}/parley-speed-build.log" 2>&1; then
  echo "speed: the full build failed (${TMPDIR:-/tmp}/parley-speed-build.log); building only ${tools[*]}" >&2
  cmake --build "$build" --target "${tools[@]}" >/dev/null || { tail -30 "${TMPDIR:-/tmp}/parley-speed-build.log" >&2; exit 1; }
fi
python="$(command -v python3 || echo /usr/bin/python3)"

data="$build/speed"
out="$data/results"
mkdir -p "$out"
rm -f "$out"/*.times "$out"/*.rss "$out"/*.rss.last "$out"/*.status "$out"/*.jsonl "$out"/*.planted "$out"/*.md

# make_once DIR STAMP COMMAND...: runs COMMAND (which writes DIR.partial) and
# renames DIR.partial to DIR, unless DIR exists with the same stamp (the
# generator's checksum and arguments). Siblings DIR.partial.* (manifest,
# info) are renamed with it.
make_once() {
  local dir="$1" stamp="$2"
  shift 2
  if [[ -d "$dir" && "$(cat "$dir.stamp" 2>/dev/null)" == "$stamp" ]]; then return; fi
  rm -rf "$dir" "$dir".* "$dir.partial" "$dir.partial".*
  echo "speed: generating $(basename "$dir")" >&2
  "$@" >"$dir.partial.log"
  for f in "$dir.partial".*; do mv "$f" "$dir${f#"$dir.partial"}"; done
  mv "$dir.partial" "$dir"
  echo "$stamp" >"$dir.stamp"
}
corpus_stamp="$(cksum <"$bin/parley_make_corpus")"
rules_stamp="$(cksum <"$bin/parley_make_rules")"
jsonl_form=jsonl
jsonl_args=(--format jsonl)
if [[ "$single" == 1 ]]; then jsonl_form=jsonl1; jsonl_args=(--format jsonl --single-jsonl); fi

# Room for what is still to be made: both forms are about 2.05x the size.
need=0
for mb in $(printf '%s\n' "$main" "$big" | sort -u); do
  for form in txt "$jsonl_form"; do
    [[ -d "$data/corpus-${mb}MB-$form" ]] || need=$((need + mb * 105 / 100 + 10))
  done
done
avail="$(df --output=avail -BM "$data" | tail -1 | tr -dc 0-9)"
if ((need > 0 && need + 1024 > avail)); then
  echo "speed: the corpora still to be made need about ${need} MB, and $data has ${avail} MB free (keeping 1 GB)" >&2
  exit 2
fi

for n in "${rule_sets[@]}"; do
  make_once "$data/rules-$n" "$rules_stamp $n" "$bin/parley_make_rules" "$data/rules-$n.partial" "$n"
done
for mb in $(printf '%s\n' "$main" "$big" | sort -u); do
  make_once "$data/corpus-${mb}MB-txt" "$corpus_stamp $mb txt" \
    "$bin/parley_make_corpus" "$data/corpus-${mb}MB-txt.partial" "$mb"
  make_once "$data/corpus-${mb}MB-$jsonl_form" "$corpus_stamp $mb ${jsonl_args[*]}" \
    "$bin/parley_make_corpus" "$data/corpus-${mb}MB-$jsonl_form.partial" "$mb" "${jsonl_args[@]}"
done
info() { sed -n "s/^$2=//p" "$data/$1.info"; }  # info CORPUS KEY

notes=()
for n in "${rule_sets[@]}"; do
  if ! "$parley" rules check "$data/rules-$n" >"$out/check-$n.txt" 2>&1 || ! grep -q '^ok: ' "$out/check-$n.txt"; then
    notes+=("'parley rules check' rejects $data/rules-$n: $(head -3 "$out/check-$n.txt" | tr '\n' ' ')")
  fi
done
have_jobs=0
if "$parley" extract --help 2>/dev/null | grep -q -- --jobs; then have_jobs=1; fi
jobs_arg() { if [[ "$have_jobs" == 1 ]]; then echo "--jobs=$1"; else echo "--quiet"; fi; }

have_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then have_time=1; fi

# timed NAME COMMAND...: appends wall seconds to $out/NAME.times, peak RSS
# (KB) to $out/NAME.rss and the exit status to $out/NAME.status.
timed() {
  local name="$1" start end status=0
  shift
  start="$EPOCHREALTIME"
  if [[ "$have_time" == 1 ]]; then
    /usr/bin/time -f '%M' -o "$out/$name.rss.last" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" || status=$?
  else
    "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" || status=$?
  fi
  end="$EPOCHREALTIME"
  echo "$status" >>"$out/$name.status"
  if [[ "$status" != 0 ]]; then
    notes+=("$name: '$*' exited with status $status: $(head -3 "$out/$name.stderr" | tr '\n' ' ')")
    return
  fi
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.4f\n", e - s}' >>"$out/$name.times"
  if [[ "$have_time" == 1 ]]; then tail -1 "$out/$name.rss.last" >>"$out/$name.rss"; fi
}
median() { [[ -s "$1" ]] && sort -g "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# The configurations: NAME CORPUS JOBS RULES [BIG]
configs=(
  "x1-r100 corpus-${main}MB-txt 1 100"
  "x1-r1000 corpus-${main}MB-txt 1 1000"
  "x1-r10000 corpus-${main}MB-txt 1 10000"
  "x2-r1000 corpus-${main}MB-txt 2 1000"
  "j2-r1000 corpus-${main}MB-$jsonl_form 2 1000"
)
big_configs=()
if [[ "$big" != "$main" ]]; then
  big_configs=("bigtxt-r1000 corpus-${big}MB-txt 2 1000" "bigjsonl-r1000 corpus-${big}MB-$jsonl_form 2 1000")
fi
extract() {  # extract NAME CORPUS JOBS RULES
  timed "$1" "$parley" extract "$(jobs_arg "$3")" --rules "$data/rules-$4" --out "$out/$1.jsonl" "$data/$2"
}

echo "speed: corpora ${main} MB and ${big} MB, $rounds round(s), parley --jobs $([[ $have_jobs == 1 ]] && echo yes || echo 'n/a (no --jobs option)')" >&2
warm() { find "$@" -type f -exec cat {} + >/dev/null; }  # into the page cache
warm "$data/corpus-${main}MB-txt" "$data/corpus-${main}MB-$jsonl_form" "$data"/rules-*
"$bin/parley_icu_floor" "$data/corpus-${main}MB-txt" --rounds "$rounds" >"$out/floor.txt" 2>"$out/floor.stderr"
for ((round = 1; round <= rounds; ++round)); do
  # Each round starts at another configuration, so that drift on a busy
  # machine does not always favour the same one.
  for ((k = 0; k < ${#configs[@]}; ++k)); do
    read -r name corpus jobs rules <<<"${configs[(k + round - 1) % ${#configs[@]}]}"
    extract "$name" "$corpus" "$jobs" "$rules"
  done
  echo "speed: round $round/$rounds done" >&2
done
for config in "${big_configs[@]}"; do
  read -r name corpus jobs rules <<<"$config"
  warm "$data/$corpus"
  extract "$name" "$corpus" "$jobs" "$rules"
done
if [[ "$analyze" == 1 ]]; then
  timed analyze "$parley" analyze "$(jobs_arg 2)" --rules "$data/rules-1000" --out "$out/analyze.md" "$data/corpus-${big}MB-txt"
fi

# ---------------------------------------------------------------------------
# The table.
floor_mbps="$(sed -n 's/.* mb_per_s=\([0-9.]*\).*/\1/p' "$out/floor.txt")"
floor_s="$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' "$out/floor.txt")"
declare -A mbps seconds peak found
fmt_row() { printf '| %-46s | %7s | %8s | %7s | %11s | %11s | %17s | %5s | %6s |\n' "$@"; }
echo
fmt_row configuration MB "s" "MB/s" "sentences/s" "peak RSS MB" "planted found" extra ratio
fmt_row "----------------------------------------------" ------- -------- ------- ----------- ----------- ----------------- ----- ------
txt_main="corpus-${main}MB-txt"
if [[ -n "$floor_mbps" ]]; then
  fmt_row "bare-ICU floor (sentence+word+fold, 1 thread)" "$(awk -v b="$(info "$txt_main" bytes)" 'BEGIN {printf "%.1f", b / 1e6}')" \
    "$floor_s" "$floor_mbps" "$(awk -v n="$(info "$txt_main" sentences)" -v t="$floor_s" 'BEGIN {printf "%.0f", n / t}')" \
    - - - 1.00
else
  notes+=("the floor did not run: $(head -3 "$out/floor.stderr" | tr '\n' ' ')")
fi
all_planted=1
row() {  # row NAME CORPUS JOBS RULES LABEL
  local name="$1" corpus="$2" jobs="$3" rules="$4" label="$5"
  local bytes t rss="-" planted="-" extra="-" ratio="-" rate="-" srate="-"
  bytes="$(info "$corpus" bytes)"
  if [[ "$jobs" == 2 && "$have_jobs" == 0 ]]; then
    fmt_row "$label" "$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')" n/a n/a n/a n/a n/a n/a n/a
    return
  fi
  t="$(median "$out/$name.times" || true)"
  if [[ -n "$t" ]]; then
    rate="$(awk -v b="$bytes" -v t="$t" 'BEGIN {printf "%.2f", b / 1e6 / t}')"
    srate="$(awk -v n="$(info "$corpus" sentences)" -v t="$t" 'BEGIN {printf "%.0f", n / t}')"
    [[ -n "$floor_mbps" && "$corpus" == *-txt ]] && ratio="$(awk -v r="$rate" -v f="$floor_mbps" 'BEGIN {printf "%.2f", r / f}')"
    mbps[$name]="$rate"
    seconds[$name]="$t"
  else
    t="failed"
  fi
  if [[ -s "$out/$name.rss" ]]; then
    rss="$(sort -g "$out/$name.rss" | tail -1 | awk '{printf "%.0f", $1 / 1024}')"
    peak[$name]="$rss"
  fi
  if [[ -f "$out/$name.jsonl" ]]; then
    local line
    line="$("$python" "$root/tests/bench/check_planted.py" "$data/$corpus.planted.jsonl" "$out/$name.jsonl" --show 3 \
      >"$out/$name.planted" 2>&1; head -1 "$out/$name.planted")"
    planted="$(sed -n 's/^planted: found \([0-9]*\) of \([0-9]*\) .*/\1 \/ \2/p' <<<"$line")"
    extra="$(sed -n 's/.* expected, \([0-9]*\) extra.*/\1/p' <<<"$line")"
    if ! grep -q ' 0 extra, 0 attribute' <<<"$line" || [[ "${planted% /*}" != "${planted#*/ }" ]]; then
      all_planted=0
      notes+=("$name: $(tr '\n' ' ' <"$out/$name.planted")")
    fi
    found[$name]="$planted"
  else
    all_planted=0
  fi
  fmt_row "$label" "$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')" "$t" "$rate" "$srate" "$rss" "$planted" "$extra" "$ratio"
}
row x1-r100 "$txt_main" 1 100 "extract .txt, 1 thread, 100 rules"
row x1-r1000 "$txt_main" 1 1000 "extract .txt, 1 thread, 1,000 rules"
row x1-r10000 "$txt_main" 1 10000 "extract .txt, 1 thread, 10,000 rules"
row x2-r1000 "$txt_main" 2 1000 "extract .txt, --jobs 2, 1,000 rules"
row j2-r1000 "corpus-${main}MB-$jsonl_form" 2 1000 "extract .$jsonl_form, --jobs 2, 1,000 rules"
if [[ ${#big_configs[@]} -gt 0 ]]; then
  row bigtxt-r1000 "corpus-${big}MB-txt" 2 1000 "extract .txt ${big} MB, --jobs 2, 1,000 rules"
  row bigjsonl-r1000 "corpus-${big}MB-$jsonl_form" 2 1000 "extract .$jsonl_form ${big} MB, --jobs 2, 1,000 rules"
fi
analyze_ok=-
if [[ "$analyze" == 1 ]]; then
  bytes="$(info "corpus-${big}MB-txt" bytes)"
  t="$(median "$out/analyze.times" || true)"
  a_rss="-"
  [[ -s "$out/analyze.rss" ]] && a_rss="$(awk '{printf "%.0f", $1 / 1024}' "$out/analyze.rss")"
  if [[ -n "$t" ]]; then
    analyze_ok=PASS
    fmt_row "analyze .txt ${big} MB, --jobs 2, 1,000 rules" "$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')" "$t" \
      "$(awk -v b="$bytes" -v t="$t" 'BEGIN {printf "%.2f", b / 1e6 / t}')" \
      "$(awk -v n="$(info "corpus-${big}MB-txt" sentences)" -v t="$t" 'BEGIN {printf "%.0f", n / t}')" "$a_rss" - - -
  else
    analyze_ok=BELOW
    fmt_row "analyze .txt ${big} MB, --jobs 2, 1,000 rules" - failed - - - - - -
  fi
fi
echo
echo "MB = 10^6 bytes of the files read; s = median of $rounds round(s) (1 for the ${big} MB rows), wall clock;"
echo "sentences/s = sentences written by the generator / s; peak RSS from /usr/bin/time; ratio = MB/s / floor MB/s."

# ---------------------------------------------------------------------------
# The bars.
verdict() { awk -v v="$1" -v bar="$2" -v op="$3" 'BEGIN {if (v == "") print "n/a"; else if (op == ">=") print (v >= bar) ? "PASS" : "BELOW"; else print (v <= bar) ? "PASS" : "BELOW"}'; }
ratio_of() { [[ -n "$1" && -n "$2" ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}' || true; }
failed=0
bar() {  # bar TEXT VALUE BAR OP
  local v
  v="$(verdict "$2" "$3" "$4")"
  [[ "$v" == BELOW ]] && failed=1
  printf '%-62s %6s   %s %s: %s\n' "$1" "${2:-n/a}" "$4" "$3" "$v"
}
echo
bar "extract (1 thread, 1,000 rules) MB/s / floor MB/s" "$(ratio_of "${mbps[x1-r1000]:-}" "$floor_mbps")" 0.6 ">="
bar "time (10,000 rules) / time (100 rules), 1 thread" "$(ratio_of "${seconds[x1-r10000]:-}" "${seconds[x1-r100]:-}")" 1.3 "<="
jobs_ratio=""
[[ "$have_jobs" == 1 ]] && jobs_ratio="$(ratio_of "${mbps[x2-r1000]:-}" "${mbps[x1-r1000]:-}")"
bar "extract --jobs 2 / --jobs 1 MB/s (1,000 rules)" "$jobs_ratio" 1.7 ">="
if [[ ${#big_configs[@]} -gt 0 ]]; then
  bar "peak RSS ${big} MB / ${main} MB, extract .txt --jobs 2" "$(ratio_of "${peak[bigtxt-r1000]:-}" "${peak[x2-r1000]:-}")" 1.2 "<="
  bar "peak RSS ${big} MB / ${main} MB, extract .$jsonl_form --jobs 2" "$(ratio_of "${peak[bigjsonl-r1000]:-}" "${peak[j2-r1000]:-}")" 1.2 "<="
fi
planted_verdict=PASS
[[ "$all_planted" == 1 ]] || { planted_verdict=BELOW; failed=1; }
printf '%-62s %6s   %s\n' "every planted claim found, nothing extra, every extract row" "" "$planted_verdict"
if [[ "$analyze" == 1 ]]; then
  [[ "$analyze_ok" == PASS ]] || failed=1
  printf '%-62s %6s   %s\n' "analyze ${big} MB with 1,000 rules completes" "" "$analyze_ok"
fi
if [[ "$main" -lt 100 ]]; then notes+=("at ${main} MB the fixed setup (loading 10,000 rules) weighs more: the bars are stated for 100 MB"); fi
for note in "${notes[@]}"; do echo "note: $note"; done
if [[ "$check" == 1 && "$failed" == 1 ]]; then exit 1; fi
exit 0
