#!/usr/bin/env bash
# Output files are written whole or not at all (SPEC §8), also when parley is
# killed: `parley analyze --out FILE` (md, html, json) and `parley extract
# --out FILE` are stopped with SIGKILL, SIGTERM and SIGINT at several moments
# (at once; when the temporary file beside FILE appears; while documents are
# read; when reading is done; while the report is being written). FILE must
# then be absent or byte for byte the output of an uninterrupted run, and a
# FILE there before must be the old one or the whole new one.
#
# The temporary file is ".FILE.parley-PID-N" beside FILE. After SIGTERM and
# SIGINT parley removes it before it dies; after SIGKILL nothing can, and it
# stays behind: then it must at least have that name, hidden and plainly
# temporary.
#
# No step depends on timing: each moment is found by polling for what shows
# it (the temporary file, its size, the final progress line), and a run that
# ends before the moment comes is checked all the same. The test fails if no
# signal ever reached parley while the temporary file existed, or while it was
# being written, since then it would have proved nothing.
. "$(dirname "$0")/common.sh"

RULES=$SRC/rules
CORPUS=$T/corpus
OUT=$T/out-dir
mkdir -p "$CORPUS" "$OUT"

# --- a corpus that takes a while to read ------------------------------------------
# COPIES copies of every example document, each with an id of its own; about
# 14 kB per copy and per document file.
COPIES=${PARLEY_KILL_COPIES:-300}
check "a corpus of $COPIES copies of examples/ (distinct ids)"
for f in "$SRC"/examples/de/*.txt "$SRC"/examples/de/*.md "$SRC"/examples/en/*.txt; do
  awk -v n="$COPIES" -v dir="$CORPUS" -v name="$(basename "$f")" '
    { line[NR] = $0 }
    END {
      for (i = 1; i <= n; i++) {
        out = dir "/c" i "-" name
        for (j = 1; j <= NR; j++) { l = line[j]; if (l ~ /^id: /) l = l "-" i; print l > out }
        close(out)
      }
    }' "$f"
done
awk -v n="$COPIES" '
  { line[NR] = $0 }
  END { for (i = 1; i <= n; i++) for (j = 1; j <= NR; j++) { l = line[j]; sub(/"id": "/, "\"id\": \"c" i "-", l); print l } }
' "$SRC/examples/en/statements.jsonl" >"$CORPUS/statements.jsonl"

# --- uninterrupted runs: the reference outputs -------------------------------------
for format in md html json; do
  expect_exit 0 "$PARLEY" analyze --quiet --rules "$RULES" --format "$format" --out "$T/ref.$format" "$CORPUS"
  [ -s "$T/ref.$format" ] || fail "the uninterrupted $format report is empty"
done
expect_exit 0 "$PARLEY" extract --quiet --rules "$RULES" --out "$T/ref.jsonl" "$CORPUS"
[ -s "$T/ref.jsonl" ] || fail "the uninterrupted extract wrote no claims"
echo "   reference sizes: $(wc -c "$T"/ref.* | awk '$2 != "total" { printf "%s %s  ", $2, $1 }' | sed "s#$T/##g")"

# A background job of a script ignores SIGINT, and parley keeps a signal
# that is ignored (as under nohup). Started this way SIGINT acts on it.
if env --default-signal=INT true 2>/dev/null; then
  DEFAULT_SIGNALS=(env --default-signal=INT,TERM,HUP)
else
  DEFAULT_SIGNALS=()
  set -m  # job control: background jobs keep SIGINT (older coreutils)
fi

PID=0
# start KIND FORMAT FILE : starts `parley KIND` (analyze with FORMAT, or
# extract) in the background, progress lines on $T/progress.
start() {
  local kind=$1 format=$2 file=$3
  : >"$T/progress"
  if [ "$kind" = extract ]; then
    "${DEFAULT_SIGNALS[@]}" "$PARLEY" extract --progress --rules "$RULES" --out "$file" "$CORPUS" \
      >/dev/null 2>"$T/progress" &
  else
    "${DEFAULT_SIGNALS[@]}" "$PARLEY" analyze --progress --rules "$RULES" --format "$format" \
      --out "$file" "$CORPUS" >/dev/null 2>"$T/progress" &
  fi
  PID=$!
  # Signal parley, never the shell forked to start it: killed before its
  # exec, that shell would run this script's EXIT trap (rm -rf "$T").
  local deadline=$((SECONDS + 60))
  if [ -e /proc/self/exe ]; then
    until [ /proc/$PID/exe -ef "$PARLEY" ] || ! running; do
      [ "$SECONDS" -lt "$deadline" ] || fail "parley (pid $PID) did not start in 60 s"
      sleep 0.001
    done
  else
    sleep 0.2
  fi
}

running() { kill -0 "$PID" 2>/dev/null; }

# temporaries FILE : the temporary files beside FILE, one per line.
temporaries() {
  local dir name
  dir=$(dirname "$1")
  name=$(basename "$1")
  find "$dir" -maxdepth 1 -name ".$name.parley-*" | sort
}

# wait_for MOMENT TEMPORARY : polls until MOMENT has come or parley has
# ended; true if parley is still running at MOMENT. TEMPORARY is the name
# parley's temporary file gets. No sleeps while waiting for the write: that
# window can be short.
wait_for() {
  local moment=$1 tmp=$2 deadline=$((SECONDS + 600))
  while running; do
    [ "$SECONDS" -lt "$deadline" ] || fail "parley (pid $PID) still running after 600 s"
    case $moment in
      early) return 0 ;;
      temp) [ -e "$tmp" ] && return 0 ;;
      mid) if [ -e "$tmp" ]; then sleep 0.3; running; return; fi ;;
      late) grep -q '100%' "$T/progress" && return 0 ;;
      write) [ -s "$tmp" ] && return 0; continue ;;
    esac
    sleep 0.005
  done
  return 1
}

HIT_BEFORE=0    # a signal ended parley while its temporary file was empty
LAST_HIT=       # before, writing or "" for the last run

# interrupt SIGNAL MOMENT KIND FORMAT OLD : one run, one signal, the checks.
# Returns 1 when parley ended before the moment came.
interrupt() {
  local signal=$1 moment=$2 kind=$3 format=$4 old=$5 file ref reached=1 state rc leftovers
  if [ "$kind" = extract ]; then ref=$T/ref.jsonl; file=$OUT/claims.jsonl; else
    ref=$T/ref.$format; file=$OUT/report.$format; fi
  rm -rf "$OUT"
  mkdir "$OUT"
  [ "$old" = old ] && printf 'the report of an earlier run\n' >"$file"
  start "$kind" "$format" "$file"
  local tmp="$OUT/.${file##*/}.parley-$PID-0"
  wait_for "$moment" "$tmp" || reached=0
  state=done
  if [ "$reached" = 1 ]; then
    # Builtins only between the moment and the signal: no time lost.
    if [ -s "$tmp" ]; then state="writing (the temporary file holds output)"
    elif [ -e "$tmp" ]; then state="before writing (the temporary file is empty)"
    else state="no temporary file (not yet, or renamed already)"; fi
    kill -s "$signal" "$PID" 2>/dev/null || true
  fi
  set +e
  wait "$PID" 2>/dev/null
  rc=$?
  set -e
  case $rc in
    0) state="$state, ended normally" ;;
    137 | 143 | 130) ;;
    *) fail "$kind $format, SIG$signal at '$moment': exit status $rc (expected 0 or death by the signal)" ;;
  esac
  [ "$rc" != 0 ] || [ "$reached" = 0 ] || state="$state (the signal came too late)"
  LAST_HIT=
  if [ "$rc" != 0 ]; then
    case $state in
      before*) LAST_HIT=before; HIT_BEFORE=1 ;;
      writing*) LAST_HIT=writing ;;
    esac
  fi
  echo "   SIG$signal at '$moment', $kind $format${old:+, $old file}: $state; exit status $rc"

  # FILE: absent, the old one, or the whole new one.
  if [ -e "$file" ]; then
    if cmp -s "$file" "$ref"; then :
    elif [ "$old" = old ] && [ "$(cat "$file")" = 'the report of an earlier run' ]; then :
    else fail "$file is neither absent, the old file nor the whole report ($(wc -c <"$file") of $(wc -c <"$ref") bytes) after SIG$signal at '$moment'"; fi
  else
    [ "$old" != old ] || fail "the old $file vanished after SIG$signal at '$moment'"
  fi
  [ "$rc" != 0 ] || cmp -s "$file" "$ref" || fail "a run that ended normally did not write the whole report"

  # Temporary files: none after TERM and INT; after KILL only by that name.
  leftovers=$(temporaries "$file")
  if [ -n "$leftovers" ]; then
    [ "$signal" = KILL ] || fail "SIG$signal left a temporary file behind: $leftovers"
    grep -qvE "/\.$(basename "$file" | sed 's/\./\\./g')\.parley-$PID-[0-9]+\$" <<<"$leftovers" &&
      fail "a temporary file with an unexpected name: $leftovers"
    rm -f $leftovers
  fi
  local stray
  stray=$(find "$OUT" -mindepth 1 ! -name "$(basename "$file")" | head -n 5)
  [ -z "$stray" ] || fail "files other than $file in its folder: $stray"
  return $((1 - reached))
}

check "analyze and extract, killed at each moment by each signal"
# signal moment kind format old-file
while read -r signal moment kind format old; do
  [ "$old" = - ] && old=
  interrupt "$signal" "$moment" "$kind" "$format" "$old" || true
done <<'EOF'
KILL early analyze md -
TERM early analyze html old
INT early analyze json -
KILL temp analyze html -
TERM temp analyze json old
INT temp analyze md -
KILL mid analyze json old
TERM mid analyze md -
INT mid analyze html old
KILL late analyze md old
TERM late analyze html -
INT late analyze json old
TERM mid extract - old
INT mid extract - -
KILL mid extract - old
EOF

check "while the report is written (json, then html): TERM, INT and KILL, each tried until one lands"
for signal in TERM INT KILL; do
  for attempt in 1 2 3 4 5; do
    interrupt "$signal" write analyze json old || true
    [ "$LAST_HIT" != writing ] || break
    interrupt "$signal" write analyze html - || true
    [ "$LAST_HIT" != writing ] || break
  done
  [ "$LAST_HIT" = writing ] || fail "no SIG$signal reached parley while it was writing the report (in 5 tries)"
done

check "signals did reach parley before it wrote (else the checks above proved little)"
[ "$HIT_BEFORE" = 1 ] || fail "no signal came while the documents were being read"

pass
