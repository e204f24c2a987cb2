# Shared helpers for parley's end-to-end tests. Source it from a test:
#
#   . "$(dirname "$0")/common.sh"
#
# Every test is run as: bash tests/e2e/NAME.sh PARLEY_BINARY SOURCE_DIR
# After sourcing, these are set:
#   PARLEY  absolute path of the parley binary
#   SRC     absolute path of the repository root
#   T       a fresh temporary directory, removed when the test exits
#   TEST    the test's name
# Each `run` (and `expect_exit`) leaves the command's standard output in
# $T/out, its standard error in $T/err and its exit status in $RC.
#
# Only bash, grep, sed, awk, wc, od and coreutils are used (no jq, no python).

set -euo pipefail

# Byte-wise matching everywhere: offsets are bytes, and grep must not depend
# on the machine's locale to handle UTF-8 text.
export LC_ALL=C

TEST=$(basename "$0" .sh)

if [ $# -lt 2 ]; then
  echo "usage: bash $0 PARLEY_BINARY SOURCE_DIR" >&2
  exit 2
fi

case $1 in
  */*) PARLEY=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") ;;
  *) PARLEY=$(command -v "$1" || true) ;;
esac
if [ -z "$PARLEY" ] || [ ! -x "$PARLEY" ]; then
  echo "$TEST: FAIL: parley binary '$1' not found or not executable" >&2
  exit 1
fi
SRC=$(cd "$2" && pwd)

T=$(mktemp -d "${TMPDIR:-/tmp}/parley-e2e-$TEST.XXXXXX")
trap 'rm -rf "$T"' EXIT
# A command that fails outside the helpers (set -e) names itself.
trap 'echo "$TEST: FAIL: command failed (status $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

RC=0
: >"$T/out"
: >"$T/err"

echo "== $TEST"

# Prints what the test checks next.
check() {
  echo "-- $*"
}

# Fails the test: prints the message and the last command's output.
fail() {
  echo "$TEST: FAIL: $*" >&2
  if [ -n "${LAST_CMD:-}" ]; then
    echo "   last command: $LAST_CMD (exit status $RC)" >&2
    echo "   --- stdout (first 20 lines, 300 bytes each) ---" >&2
    head -n 20 "$T/out" | cut -c1-300 | sed 's/^/   | /' >&2
    echo "   --- stderr (first 20 lines) ---" >&2
    head -n 20 "$T/err" | sed 's/^/   | /' >&2
  fi
  exit 1
}

# run CMD ARGS... : runs a command, capturing stdout, stderr and exit status.
# Standard input is passed through (use `run ... <file`).
run() {
  LAST_CMD="$*"
  set +e
  "$@" >"$T/out" 2>"$T/err"
  RC=$?
  set -e
  if [ "$RC" -gt 2 ]; then
    fail "exit status $RC: parley crashed or was killed (it must exit 0 or 2)"
  fi
  return 0
}

# expect_exit CODE CMD ARGS... : runs the command and checks its exit status.
# A status above 2 (a crash, a signal, an uncaught exception) always fails.
expect_exit() {
  local want=$1
  shift
  run "$@"
  if [ "$RC" -ne "$want" ]; then
    fail "expected exit status $want, got $RC"
  fi
}

# expect_stderr_contains STRING : stderr of the last command holds STRING.
expect_stderr_contains() {
  grep -qF -- "$1" "$T/err" || fail "stderr does not contain: $1"
}

# expect_stderr_matches ERE : some line of stderr matches the extended regex.
expect_stderr_matches() {
  grep -qE -- "$1" "$T/err" || fail "no stderr line matches: $1"
}

# expect_stderr_not_matches ERE
expect_stderr_not_matches() {
  if grep -qE -- "$1" "$T/err"; then
    fail "stderr unexpectedly matches: $1"
  fi
}

# expect_stdout_contains STRING
expect_stdout_contains() {
  grep -qF -- "$1" "$T/out" || fail "stdout does not contain: $1"
}

# expect_stdout_matches ERE
expect_stdout_matches() {
  grep -qE -- "$1" "$T/out" || fail "no stdout line matches: $1"
}

# expect_stdout_not_matches ERE
expect_stdout_not_matches() {
  if grep -qE -- "$1" "$T/out"; then
    fail "stdout unexpectedly matches: $1"
  fi
}

expect_stdout_empty() {
  [ ! -s "$T/out" ] || fail "expected nothing on stdout"
}

expect_stderr_empty() {
  [ ! -s "$T/err" ] || fail "expected nothing on stderr"
}

# expect_stdout_lines N : stdout has exactly N lines.
expect_stdout_lines() {
  local n
  n=$(wc -l <"$T/out" | tr -d ' ')
  [ "$n" -eq "$1" ] || fail "expected $1 line(s) on stdout, got $n"
}

# --- JSON Lines helpers (parley's --format json output is compact) ----------

# A JSON string's body: any character but a quote or backslash, or an escape.
JSTR='([^"\\]|\\.)*'

# ere_quote STRING : STRING as an extended regex that matches it literally.
ere_quote() {
  printf '%s' "$1" | sed -e 's/[][\.*^$?+(){}|]/\\&/g'
}

# expect_json_lines_valid : every stdout line looks like one compact JSON
# object of a document.
expect_json_lines_valid() {
  local bad
  bad=$(grep -cvE '^\{"doc":.*\}$' "$T/out" || true)
  [ "$bad" -eq 0 ] || fail "$bad stdout line(s) are not a compact JSON object starting with {\"doc\":"
}

# doc_line ID : prints the output line of the document whose id is ID or ends
# in /ID (ids of files in subdirectories are relative paths). Fails (exit 1)
# if there is not exactly one. Use it as: line=$(doc_line ID)
doc_line() {
  local re n
  re="\"doc\":\"([^\"]*/)?$(ere_quote "$1")\""
  n=$(grep -cE -- "$re" "$T/out" || true)
  [ "$n" -eq 1 ] || fail "expected one output line for document '$1', found $n"
  grep -E -- "$re" "$T/out"
}

# sentence_texts LINE : the sentence texts of one document line, one per line.
# A sentence's "text" directly follows its "end" offset; a token's "text"
# opens its object, so tokens are not listed.
sentence_texts() {
  { grep -oE "\"end\":[0-9]+,\"text\":\"$JSTR\"" <<<"$1" || true; } |
    sed -e 's/^"end":[0-9]*,"text":"//' -e 's/"$//'
}

show_sentences() {
  echo "   sentences of $1:" >&2
  sentence_texts "$2" | sed 's/^/   | /' >&2
}

# expect_sentence DOCID TEXT : document DOCID has a sentence whose text is
# exactly TEXT (TEXT as JSON writes it: a quote as \").
expect_sentence() {
  local line
  line=$(doc_line "$1")
  if ! grep -qF -- "\"text\":\"$2\"" <<<"$line"; then
    show_sentences "$1" "$line"
    fail "document $1 has no sentence exactly: $2"
  fi
}

# expect_sentence_span DOCID START END : document DOCID has one sentence that
# begins with START and ends with END (both literal).
expect_sentence_span() {
  local line re
  line=$(doc_line "$1")
  re="\"text\":\"$(ere_quote "$2")$JSTR$(ere_quote "$3")\""
  if ! grep -qE -- "$re" <<<"$line"; then
    show_sentences "$1" "$line"
    fail "document $1 has no single sentence from '$2' to '$3'"
  fi
}

# expect_sentence_matching DOCID ERE : document DOCID has a sentence whose
# whole text (as JSON writes it) matches the extended regex ERE.
expect_sentence_matching() {
  local line
  line=$(doc_line "$1")
  if ! grep -qE -- "\"text\":\"$2\"" <<<"$line"; then
    show_sentences "$1" "$line"
    fail "document $1 has no sentence matching: $2"
  fi
}

# expect_sentence_count DOCID N : document DOCID has exactly N sentences.
expect_sentence_count() {
  local line n
  line=$(doc_line "$1")
  n=$(count_sentences "$line")
  if [ "$n" -ne "$2" ]; then
    show_sentences "$1" "$line"
    fail "document $1 should have $2 sentences, has $n"
  fi
}

# expect_field DOCID KEY VALUE : the document's top-level string KEY is VALUE.
expect_field() {
  local line
  line=$(doc_line "$1")
  grep -qF -- "\"$2\":\"$3\"" <<<"$line" ||
    fail "document $1 should have \"$2\":\"$3\", has \"$2\":\"$(field_string "$line" "$2")\""
}

# expect_no_sentence_ending DOCID SUFFIX : no sentence of DOCID ends with
# SUFFIX (e.g. a sentence wrongly broken after "am 16.").
expect_no_sentence_ending() {
  local line texts
  line=$(doc_line "$1")
  texts=$(sentence_texts "$line")
  if grep -qE -- "(^| )$(ere_quote "$2")\$" <<<"$texts"; then
    show_sentences "$1" "$line"
    fail "document $1 has a sentence ending in '$2' (broken too early)"
  fi
}

# expect_no_sentence_starting DOCID PREFIX : no sentence of DOCID starts with
# PREFIX (e.g. "Mai " after a wrong break).
expect_no_sentence_starting() {
  local line texts
  line=$(doc_line "$1")
  texts=$(sentence_texts "$line")
  if grep -qE -- "^$(ere_quote "$2")" <<<"$texts"; then
    show_sentences "$1" "$line"
    fail "document $1 has a sentence starting with '$2' (a wrong break before it)"
  fi
}

# count_sentences LINE : the number of sentences in one document line.
count_sentences() {
  { grep -oE '"index":[0-9]+' <<<"$1" || true; } | wc -l | tr -d ' '
}

# field_string LINE KEY : the first string value of "KEY" in LINE.
field_string() {
  { grep -oE "\"$2\":\"$JSTR\"" <<<"$1" || true; } | head -n 1 | sed -e "s/^\"$2\":\"//" -e 's/"$//'
}

# field_number OBJECT KEY : the first numeric value of "KEY".
field_number() {
  { grep -oE "\"$2\":-?[0-9]+" <<<"$1" || true; } | head -n 1 | sed 's/.*://'
}

# sentence_object LINE TEXT : the head of the sentence object whose text is
# exactly TEXT, from "index" to "text" (its tokens left out).
sentence_object() {
  { grep -oE "\\{\"index\":[^{}]*\"text\":\"$(ere_quote "$2")\"" <<<"$1" || true; } | head -n 1
}

# token_object LINE TEXT : the first token object whose text is TEXT.
token_object() {
  { grep -oE "\\{\"text\":\"$(ere_quote "$2")\"[^{}]*\\}" <<<"$1" || true; } | head -n 1
}

# expect_number_token DOCID TEXT VALUE : the token TEXT is one number token
# worth VALUE; prints the token object.
expect_number_token() {
  local line tok
  line=$(doc_line "$1")
  tok=$(token_object "$line" "$2")
  [ -n "$tok" ] || fail "document $1 has no token '$2'"
  grep -qF '"number":true' <<<"$tok" || fail "token '$2' of $1 is not a number: $tok"
  grep -qE "\"value\":$3(\\.0+)?([,}]|\$)" <<<"$tok" ||
    fail "token '$2' of $1 should be worth $3: $tok"
}

# expect_tokens DOCID TOK1 TOK2 ... : these tokens follow each other in DOCID.
expect_tokens() {
  local id=$1 re='' t line
  shift
  for t in "$@"; do
    [ -z "$re" ] || re="$re,"
    re="$re\\{\"text\":\"$(ere_quote "$t")\"[^{}]*\\}"
  done
  line=$(doc_line "$id")
  grep -qE -- "$re" <<<"$line" || fail "document $id has no token sequence: $*"
}

# file_line_of FILE LITERAL : the 1-based line of the first line holding LITERAL.
file_line_of() {
  { grep -nF -- "$2" "$1" || true; } | head -n 1 | cut -d: -f1
}

# file_offset_of FILE LITERAL : the 0-based byte offset of the first LITERAL.
file_offset_of() {
  { grep -obF -- "$2" "$1" || true; } | head -n 1 | cut -d: -f1
}

pass() {
  echo "$TEST: OK"
  exit 0
}
