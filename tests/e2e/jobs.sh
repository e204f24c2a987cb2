#!/usr/bin/env bash
# --jobs N: extract and analyze work on N documents at once, yet their output
# (claims, reports, coverage) and their diagnostics are byte for byte those of
# --jobs 1; --jobs 0 and non-numbers are usage errors.
. "$(dirname "$0")/common.sh"

RULES="$SRC/tests/data/rules/e2e"
DOCS="$SRC/tests/data/docs"
EXAMPLES="$SRC/examples"

# same_for_all_jobs NAME CMD ARGS... : runs the command with --jobs 1, 2 and 4
# (as --jobs N, -j N and --jobs=N) and checks that stdout, stderr and the exit
# status agree. Leaves the --jobs 1 run's output in $T/NAME.{out,err,rc}.
# With STDIN set, each run reads that file on standard input.
STDIN=
same_for_all_jobs() {
  local name=$1 jobs flag
  shift
  for jobs in 1 2 4; do
    case $jobs in
      1) flag=(--jobs 1) ;;
      2) flag=(-j 2) ;;
      4) flag=(--jobs=4) ;;
    esac
    if [ -n "$STDIN" ]; then
      run "$@" "${flag[@]}" <"$STDIN"
    else
      run "$@" "${flag[@]}"
    fi
    cp "$T/out" "$T/$name.$jobs.out"
    cp "$T/err" "$T/$name.$jobs.err"
    echo "$RC" >"$T/$name.$jobs.rc"
  done
  for jobs in 2 4; do
    cmp -s "$T/$name.1.out" "$T/$name.$jobs.out" || fail "$name: stdout of --jobs $jobs differs from --jobs 1"
    cmp -s "$T/$name.1.err" "$T/$name.$jobs.err" || fail "$name: stderr of --jobs $jobs differs from --jobs 1"
    cmp -s "$T/$name.1.rc" "$T/$name.$jobs.rc" || fail "$name: exit status of --jobs $jobs differs from --jobs 1"
  done
  cp "$T/$name.1.out" "$T/out"
  cp "$T/$name.1.err" "$T/err"
  RC=$(cat "$T/$name.1.rc")
}

# A corpus as JSON Lines: every example document ten times over, so that
# there are far more documents than jobs and the window turns over.
jsonl_of() {  # FILE ID : one JSON Lines document holding FILE's text
  local text
  text=$(sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' "$1" | awk '{ printf "%s\\n", $0 }')
  printf '{"id":"%s","text":"%s"}\n' "$2" "$text"
}
: >"$T/corpus.jsonl"
for round in 0 1 2 3 4 5 6 7 8 9; do
  for file in "$EXAMPLES"/de/*.txt "$EXAMPLES"/de/*.md "$EXAMPLES"/en/*.txt; do
    name=$(basename "$file")
    jsonl_of "$file" "r$round-${name%.*}" >>"$T/corpus.jsonl"
  done
done
lines=$(wc -l <"$T/corpus.jsonl")
[ "$lines" -ge 80 ] || fail "the generated corpus has only $lines lines"

check "extract over examples/: the same claims with --jobs 1, 2 and 4"
same_for_all_jobs examples "$PARLEY" extract --quiet "$EXAMPLES"
[ "$RC" -eq 0 ] || fail "extract examples/ exited with $RC"
[ -s "$T/out" ] || fail "extract examples/ found no claims"

check "extract over tests/data/docs with the e2e rules: the same claims"
same_for_all_jobs docs "$PARLEY" extract --quiet --rules "$RULES" "$DOCS"
[ "$RC" -eq 0 ] || fail "extract tests/data/docs exited with $RC"
expect_stdout_lines 11

check "extract over $lines JSON Lines documents: the same claims, in document order"
same_for_all_jobs corpus "$PARLEY" extract --quiet "$T/corpus.jsonl"
[ "$RC" -eq 0 ] || fail "extract of the corpus exited with $RC"
first=$(grep -oE '^\{"doc":"[^"]*"' "$T/out" | sed 's/.*"doc":"r\([0-9]*\)-.*/\1/' | uniq | tr '\n' ' ')
[ "$first" = "0 1 2 3 4 5 6 7 8 9 " ] || fail "claims are not in document order: rounds $first"

check "the same corpus on standard input: the same claims as from the file"
STDIN=$T/corpus.jsonl same_for_all_jobs stdin "$PARLEY" extract --quiet -
cmp -s "$T/stdin.1.out" "$T/corpus.1.out" || fail "claims from standard input differ from the file's"

check "analyze (json, md) over examples/ and tests/data/docs: the same report, coverage included"
same_for_all_jobs analyze_json "$PARLEY" analyze --quiet --format json "$EXAMPLES"
[ "$RC" -eq 0 ] || fail "analyze --format json exited with $RC"
expect_stdout_contains '"unclaimed"'
same_for_all_jobs analyze_md "$PARLEY" analyze --quiet "$EXAMPLES" "$T/corpus.jsonl"
[ "$RC" -eq 0 ] || fail "analyze (md) exited with $RC"
same_for_all_jobs analyze_docs "$PARLEY" analyze --quiet --rules "$RULES" --format json "$DOCS"
[ "$RC" -eq 0 ] || fail "analyze of tests/data/docs exited with $RC"

check "a .jsonl with bad lines in the middle: the same diagnostics, in the same order, under any --jobs"
{
  head -n 40 "$T/corpus.jsonl"
  printf '{"id": "broken", "text": "unterminated}\n'
  head -n 60 "$T/corpus.jsonl" | tail -n 20
  printf '{"id": "bytes", "text": "Kiew \xC3\x28 fordert."}\n'
  printf '{"id": "no-text"}\n'
  tail -n 30 "$T/corpus.jsonl"
} >"$T/bad.jsonl"
same_for_all_jobs bad "$PARLEY" extract --quiet "$T/bad.jsonl"
[ "$RC" -eq 2 ] || fail "extract of a .jsonl with a bad line should exit 2, got $RC"
expect_stderr_matches 'bad\.jsonl:41:[0-9]+: error: invalid JSON'
expect_stderr_matches 'bad\.jsonl:62:[0-9]+: warning: invalid UTF-8 at byte offset [0-9]+'
expect_stderr_matches 'bad\.jsonl:63:1: error: missing "text"'
[ -s "$T/out" ] || fail "the good lines' claims should still be written"
same_for_all_jobs bad_analyze "$PARLEY" analyze --quiet "$T/bad.jsonl"
[ "$RC" -eq 2 ] || fail "analyze of a .jsonl with a bad line should exit 2, got $RC"
expect_stderr_matches 'bad\.jsonl:41:[0-9]+: error: invalid JSON'
expect_stdout_empty

check "--progress is fed in document order: its last line counts every document"
run "$PARLEY" extract --progress --jobs 2 --out "$T/p.jsonl" "$T/corpus.jsonl"
[ "$RC" -eq 0 ] || fail "extract --progress --jobs 2 exited with $RC"
expect_stderr_matches "(^|[^0-9])$lines docs"
cmp -s "$T/p.jsonl" "$T/corpus.1.out" || fail "--out with --jobs 2 differs from stdout with --jobs 1"

check "--jobs 0, negative, a word, a fraction or huge: usage errors (exit 2, nothing on stdout)"
for command in extract analyze; do
  for bad in 0 -1 x 1.5 '' 100000; do
    expect_exit 2 "$PARLEY" "$command" --jobs "$bad" "$EXAMPLES"
    expect_stdout_empty
    expect_stderr_contains "parley $command: error:"
  done
  expect_exit 2 "$PARLEY" "$command" -j zwei "$EXAMPLES"
  expect_stderr_contains "--jobs 'zwei': give a whole number from 1 to"
done

check "extract --help and analyze --help name --jobs"
for command in extract analyze; do
  expect_exit 0 "$PARLEY" "$command" --help
  expect_stdout_contains "--jobs"
done

pass
