#!/usr/bin/env bash
# --version, --help and usage errors of the command line.
. "$(dirname "$0")/common.sh"

check "parley --version prints 'parley 0.1.0' and exits 0"
expect_exit 0 "$PARLEY" --version
[ "$(head -n 1 "$T/out")" = "parley 0.1.0" ] || fail "first line of --version is not 'parley 0.1.0'"

check "parley --help exits 0 and mentions the explain command"
expect_exit 0 "$PARLEY" --help
expect_stdout_contains "explain"

check "parley explain --help exits 0 and shows explain's usage"
expect_exit 0 "$PARLEY" explain --help
expect_stdout_contains "explain"
expect_stdout_contains "--format"
expect_stdout_contains "--text"

check "explain without inputs and without --text is a usage error (exit 2, nothing on stdout)"
expect_exit 2 "$PARLEY" explain
expect_stdout_empty
expect_stderr_contains "error"

check "an unknown option is a usage error"
expect_exit 2 "$PARLEY" explain --no-such-option "$SRC/examples/de/istanbul-runde.txt"
expect_stdout_empty
expect_stderr_contains "error"

check "an unknown top-level option is a usage error"
expect_exit 2 "$PARLEY" --no-such-option
expect_stdout_empty
expect_stderr_contains "error"

check "an unknown command is a usage error"
expect_exit 2 "$PARLEY" no-such-command
expect_stdout_empty
expect_stderr_contains "error"

check "--format xml is a usage error"
expect_exit 2 "$PARLEY" explain --format xml "$SRC/examples/de/istanbul-runde.txt"
expect_stdout_empty
expect_stderr_contains "error"

check "--lang fr is a usage error"
expect_exit 2 "$PARLEY" explain --lang fr "$SRC/examples/de/istanbul-runde.txt"
expect_stdout_empty
expect_stderr_contains "error"

check "--format without a value is a usage error"
expect_exit 2 "$PARLEY" explain "$SRC/examples/de/istanbul-runde.txt" --format
expect_stdout_empty

pass
