#!/usr/bin/env bash
# On a terminal: the progress display of extract and analyze (--quiet,
# --progress) and coloured errors, against a real pseudo-terminal; into files
# and pipes, no progress and no escape codes unless asked for.
. "$(dirname "$0")/common.sh"

EXAMPLES="$SRC/examples"
ESC=$(printf '\033')
CR=$(printf '\r')

# in_terminal CMD ARGS... : runs the command with standard input, output and
# error on a new pseudo-terminal (util-linux script, else Python's pty
# module); what appeared on the screen is left in $T/tty, the status in $RC.
in_terminal() {
  local command
  command=$(printf '%q ' "$@")
  LAST_CMD="(on a terminal) $*"
  set +e
  if command -v script >/dev/null 2>&1; then
    script -qec "$command" /dev/null </dev/null >"$T/tty" 2>&1
  else
    python3 -c 'import os, pty, sys
sys.exit(os.waitstatus_to_exitcode(pty.spawn(["bash", "-c", sys.argv[1]])))' "$command" \
      </dev/null >"$T/tty" 2>&1
  fi
  RC=$?
  set -e
  cp "$T/tty" "$T/err"  # for fail()'s report
}

expect_tty_contains() {
  grep -qF -- "$1" "$T/tty" || fail "the terminal does not show: $1"
}

expect_tty_not_contains() {
  if grep -qF -- "$1" "$T/tty"; then
    fail "the terminal unexpectedly shows: $(grep -F -- "$1" "$T/tty" | head -n 1 | cat -v)"
  fi
}

# The terminal's colour rules depend on these; the machine's own must not leak in.
unset NO_COLOR COLUMNS
export TERM=xterm

check "stderr into a file: no progress, no escape codes, nothing at all"
expect_exit 0 "$PARLEY" extract "$EXAMPLES"
expect_stderr_empty
cp "$T/out" "$T/claims.plain"
[ -s "$T/claims.plain" ] || fail "no claims from examples/"
expect_exit 0 "$PARLEY" analyze "$EXAMPLES"
expect_stderr_empty
cp "$T/out" "$T/report.plain"

check "--progress into a file: one plain summary line with documents and MB, stdout unchanged"
expect_exit 0 "$PARLEY" extract --progress "$EXAMPLES"
cmp -s "$T/out" "$T/claims.plain" || fail "--progress changed the claims on stdout"
[ "$(wc -l <"$T/err" | tr -d ' ')" -eq 1 ] || fail "expected one progress line on stderr"
expect_stderr_matches '^100%  11 docs  [0-9.]+/[0-9.]+ MB  [0-9.]+ MB/s  [0-9]+:[0-9]{2}$'
expect_stderr_not_matches "$ESC|$CR"
expect_exit 0 "$PARLEY" analyze --progress "$EXAMPLES"
cmp -s "$T/out" "$T/report.plain" || fail "--progress changed the report on stdout"
expect_stderr_matches '^100%  11 docs  .* MB'

check "--progress with --out: the file holds exactly the claims"
expect_exit 0 "$PARLEY" extract --progress --out "$T/claims.jsonl" "$EXAMPLES"
expect_stdout_empty
cmp -s "$T/claims.jsonl" "$T/claims.plain" || fail "--out FILE differs from the plain run's output"

check "--progress over text files only counts documents of a known total"
expect_exit 0 "$PARLEY" extract --progress "$EXAMPLES/de"
expect_stderr_matches '^100%  4/4 docs  '

check "--progress over standard input: no total, so no percentage"
expect_exit 0 "$PARLEY" extract --progress - <"$EXAMPLES/de/istanbul-runde.txt"
expect_stderr_matches '^1 doc  [0-9.]+ MB  '
expect_stderr_not_matches '%'

check "--quiet and --progress together are a usage error"
for command in extract analyze; do
  expect_exit 2 "$PARLEY" "$command" --quiet --progress "$EXAMPLES"
  expect_stdout_empty
  expect_stderr_contains "parley $command: error: --quiet and --progress"
  expect_stderr_not_matches "$ESC"
done

check "--help names both options"
for command in extract analyze; do
  expect_exit 0 "$PARLEY" "$command" --help
  expect_stdout_contains "--quiet"
  expect_stdout_contains "--progress"
done

check "into a file the same error is plain text"
expect_exit 2 "$PARLEY" extract "$T/no-such-file.txt"
[ "$(cat "$T/err")" = "$T/no-such-file.txt: error: no such file or directory" ] ||
  fail "the error is not the plain text"

if ! command -v script >/dev/null 2>&1 && ! command -v python3 >/dev/null 2>&1; then
  echo "-- no script(1) and no python3 to make a pseudo-terminal: terminal checks skipped"
  pass
  exit 0
fi

check "on a terminal: a progress bar redrawn in place, the claims file untouched"
in_terminal "$PARLEY" extract --out "$T/claims.tty.jsonl" "$EXAMPLES"
[ "$RC" -eq 0 ] || fail "extract on a terminal exited with $RC"
expect_tty_contains "11 docs"
expect_tty_contains "100%"
expect_tty_contains "[#"
expect_tty_contains "$CR"
cmp -s "$T/claims.tty.jsonl" "$T/claims.plain" || fail "--out FILE differs on a terminal"

check "on a terminal: the report follows the finished progress line, on a line of its own"
in_terminal "$PARLEY" analyze "$EXAMPLES"
[ "$RC" -eq 0 ] || fail "analyze on a terminal exited with $RC"
expect_tty_contains "11 docs"
first=$(head -n 1 "$T/report.plain")
grep -qE "^$(ere_quote "$first")" "$T/tty" || fail "the report's first line does not start a line: $first"

check "on a terminal: claims streamed to the same screen get no progress line to tear"
in_terminal "$PARLEY" extract "$EXAMPLES"
expect_tty_contains '{"doc":'
expect_tty_not_contains "docs  "
in_terminal "$PARLEY" extract --progress "$EXAMPLES"  # unless asked for
expect_tty_contains "11 docs"

check "on a terminal: --quiet shows no progress"
in_terminal "$PARLEY" extract --quiet --out "$T/quiet.jsonl" "$EXAMPLES"
[ "$RC" -eq 0 ] || fail "extract --quiet exited with $RC"
[ ! -s "$T/tty" ] || fail "extract --quiet wrote to the terminal: $(cat -v "$T/tty")"
cmp -s "$T/quiet.jsonl" "$T/claims.plain" || fail "--quiet changed the claims"

check "on a terminal: errors are coloured like a compiler's"
in_terminal "$PARLEY" extract --out "$T/none.jsonl" "$T/no-such-file.txt"
[ "$RC" -eq 2 ] || fail "a missing input should exit 2, got $RC"
expect_tty_contains "${ESC}[1;31merror:${ESC}[0m no such file or directory"
expect_tty_contains "${ESC}[1m$T/no-such-file.txt:${ESC}[0m"
expect_tty_not_contains "docs"  # nothing read, no progress line
in_terminal "$PARLEY" extract --lang fr "$EXAMPLES"
[ "$RC" -eq 2 ] || fail "a usage error should exit 2, got $RC"
expect_tty_contains "${ESC}[1mparley extract:${ESC}[0m ${ESC}[1;31merror:${ESC}[0m unsupported language"

check "on a terminal: NO_COLOR and TERM=dumb turn colour off"
in_terminal env NO_COLOR=1 "$PARLEY" extract "$T/no-such-file.txt"
expect_tty_contains "$T/no-such-file.txt: error: no such file or directory"
expect_tty_not_contains "$ESC"
in_terminal env TERM=dumb "$PARLEY" extract "$T/no-such-file.txt"
expect_tty_contains "$T/no-such-file.txt: error: no such file or directory"
expect_tty_not_contains "$ESC"

pass
