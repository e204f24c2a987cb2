#!/usr/bin/env bash
# Bad input: every file in tests/data/broken (see its README.md for where each
# fault is), missing files and directories without documents. Checks the
# diagnostic (FILE:LINE:COLUMN: error|warning: MESSAGE), the exit status (0 or
# 2, never a crash) and what still reaches stdout.
. "$(dirname "$0")/common.sh"

DATA=$SRC/tests/data/broken
GOOD=$SRC/examples/en/washington-deadline.txt
[ -d "$DATA" ] || fail "missing $DATA"
[ -f "$GOOD" ] || fail "missing $GOOD"
# Run from the data directory so that diagnostics name the files as given.
cd "$DATA"

# --- missing inputs -------------------------------------------------------------
check "a missing file: 'FILE: error: no such file or directory', exit 2, nothing on stdout"
expect_exit 2 "$PARLEY" explain --format json no-such-file.txt
expect_stderr_matches '^no-such-file\.txt: error: no such file or directory'
expect_stdout_empty

check "a missing file next to a good one: still exit 2 and nothing on stdout (inputs are checked first)"
expect_exit 2 "$PARLEY" explain --format json "$GOOD" no-such-file.txt
expect_stderr_matches '^no-such-file\.txt: error: no such file or directory'
expect_stdout_empty

# --- empty documents ------------------------------------------------------------
check "empty.txt alone: warning 'empty document', then 'error: no documents', exit 2"
expect_exit 2 "$PARLEY" explain --format json empty.txt
expect_stderr_matches '^empty\.txt(:[0-9]+)*: warning: empty document'
expect_stderr_contains "error: no documents"
expect_stdout_empty

check "empty.txt next to a good document: warning only, exit 0"
expect_exit 0 "$PARLEY" explain --format json empty.txt "$GOOD"
expect_stderr_matches '^empty\.txt(:[0-9]+)*: warning: empty document'
expect_stderr_not_matches ': error: '
expect_stdout_lines 1
expect_stdout_contains '"doc":"washington-deadline"'

check "whitespace only, and front matter without a body, are empty documents too"
printf ' \n\t\n\n' >"$T/blank.txt"
printf -- '---\nid: nur-kopf\nlang: de\n---\n\n' >"$T/only-frontmatter.md"
expect_exit 0 "$PARLEY" explain --format json "$T/blank.txt" "$T/only-frontmatter.md" "$GOOD"
expect_stderr_matches 'blank\.txt(:[0-9]+)*: warning: empty document'
expect_stderr_matches 'only-frontmatter\.md(:[0-9]+)*: warning: empty document'
expect_stdout_lines 1

# --- invalid UTF-8 --------------------------------------------------------------
check "invalid-utf8.txt: warning at 3:50 naming byte offset 88, document skipped, exit 0 with a good document"
expect_exit 0 "$PARLEY" explain --format json invalid-utf8.txt "$GOOD"
expect_stderr_matches '^invalid-utf8\.txt:3:50: warning: invalid UTF-8 at byte offset 88([^0-9]|$)'
expect_stderr_not_matches ': error: '
expect_stdout_lines 1
expect_stdout_contains '"doc":"washington-deadline"'
expect_stdout_not_matches '"doc":"invalid-utf8"'

check "invalid-utf8.txt alone: the warning, then 'error: no documents', exit 2"
expect_exit 2 "$PARLEY" explain --format json invalid-utf8.txt
expect_stderr_matches '^invalid-utf8\.txt:3:50: warning: invalid UTF-8 at byte offset 88([^0-9]|$)'
expect_stderr_contains "error: no documents"
expect_stdout_empty

check "invalid-utf8.txt with --strict: an error, exit 2"
expect_exit 2 "$PARLEY" explain --format json --strict invalid-utf8.txt "$GOOD"
expect_stderr_matches '^invalid-utf8\.txt:3:50: error: invalid UTF-8 at byte offset 88([^0-9]|$)'
expect_stdout_not_matches '"doc":"invalid-utf8"'

# --- binary ---------------------------------------------------------------------
check "binary.txt (PNG bytes with NULs): warning 'binary' naming byte offset 8, skipped, exit 0"
expect_exit 0 "$PARLEY" explain --format json binary.txt "$GOOD"
expect_stderr_matches '^binary\.txt(:[0-9]+)*: warning: .*binary.*byte offset 8([^0-9]|$)'
expect_stderr_not_matches ': error: '
expect_stdout_lines 1
expect_stdout_not_matches '"doc":"binary"'

check "binary.txt with --strict: an error, exit 2"
expect_exit 2 "$PARLEY" explain --format json --strict binary.txt "$GOOD"
expect_stderr_matches '^binary\.txt(:[0-9]+)*: error: .*binary.*byte offset 8([^0-9]|$)'
expect_stdout_not_matches '"doc":"binary"'

# --- front matter ---------------------------------------------------------------
check "frontmatter-unclosed.md: error on line 1 (the opening ---), exit 2"
expect_exit 2 "$PARLEY" explain --format json frontmatter-unclosed.md
expect_stderr_matches '^frontmatter-unclosed\.md:1:[0-9]+: error: '
expect_stdout_empty

check "frontmatter-bad-yaml.md: error on line 3 (unquoted ': ' in the title), exit 2"
expect_exit 2 "$PARLEY" explain --format json frontmatter-bad-yaml.md
expect_stderr_matches '^frontmatter-bad-yaml\.md:3:[0-9]+: error: '
expect_stdout_empty

check "frontmatter-bad-date.md: error on line 4 (date: 2025-13-45), exit 2"
expect_exit 2 "$PARLEY" explain --format json frontmatter-bad-date.md
expect_stderr_matches '^frontmatter-bad-date\.md:4:[0-9]+: error: .*date'
expect_stdout_empty

check "frontmatter-bad-lang.md: error on line 6 (lang: fr), exit 2"
expect_exit 2 "$PARLEY" explain --format json frontmatter-bad-lang.md
expect_stderr_matches '^frontmatter-bad-lang\.md:6:[0-9]+: error: .*lang'
expect_stdout_empty

check "a front matter error is an error even next to a good document: exit 2, the good one still read"
expect_exit 2 "$PARLEY" explain --format json frontmatter-bad-date.md "$GOOD"
expect_stderr_matches '^frontmatter-bad-date\.md:4:[0-9]+: error: '
expect_stdout_contains '"doc":"washington-deadline"'

# --- JSON Lines -------------------------------------------------------------------
check "bad-lines.jsonl: line 2 invalid JSON, line 3 without \"text\", lines 1 and 4 still read, exit 2"
expect_exit 2 "$PARLEY" explain --format json bad-lines.jsonl
expect_stderr_matches '^bad-lines\.jsonl:2:[0-9]+: error: invalid JSON'
expect_stderr_matches '^bad-lines\.jsonl:3(:[0-9]+)?: error: .*"text"'
expect_stderr_not_matches '^bad-lines\.jsonl:[14][:]'
expect_stdout_lines 2
expect_json_lines_valid
[ "$(head -n 1 "$T/out" | grep -c '"doc":"a"')" = 1 ] || fail 'the first document printed should be "a"'
[ "$(tail -n 1 "$T/out" | grep -c '"doc":"d"')" = 1 ] || fail 'the second document printed should be "d"'
line=$(doc_line a)
grep -qF '"text":"Die Ukraine fordert eine Waffenruhe von dreißig Tagen."' <<<"$line" ||
  fail "document a should hold its sentence"

# --- directories without documents ----------------------------------------------
check "an empty directory: 'DIR: error: no documents found', exit 2"
mkdir "$T/emptydir"
expect_exit 2 "$PARLEY" explain --format json "$T/emptydir"
expect_stderr_matches 'emptydir/?: error: no documents found'
expect_stdout_empty

check "a directory with only other file types (and an empty subdirectory): same error"
mkdir -p "$T/nodocs/sub"
printf '{"id":"x","text":"Kein Dokument."}\n' >"$T/nodocs/notes.json"
printf 'id,text\nx,Kein Dokument.\n' >"$T/nodocs/table.csv"
printf 'Kein Dokument.\n' >"$T/nodocs/README"
expect_exit 2 "$PARLEY" explain --format json "$T/nodocs"
expect_stderr_matches 'nodocs/?: error: no documents found'
expect_stdout_empty

check "a directory without documents next to a good file: still an error, exit 2"
expect_exit 2 "$PARLEY" explain --format json "$T/emptydir" "$GOOD"
expect_stderr_matches 'emptydir/?: error: no documents found'

# --- all at once ----------------------------------------------------------------
check "the whole broken directory at once: every problem reported, good documents still read, exit 2"
expect_exit 2 "$PARLEY" explain --format json "$DATA"
expect_stderr_matches '(^|/)invalid-utf8\.txt:3:50: warning: invalid UTF-8 at byte offset 88([^0-9]|$)'
expect_stderr_matches '(^|/)empty\.txt(:[0-9]+)*: warning: empty document'
expect_stderr_matches '(^|/)binary\.txt(:[0-9]+)*: warning: .*byte offset 8([^0-9]|$)'
expect_stderr_matches '(^|/)frontmatter-unclosed\.md:1:[0-9]+: error: '
expect_stderr_matches '(^|/)frontmatter-bad-yaml\.md:3:[0-9]+: error: '
expect_stderr_matches '(^|/)frontmatter-bad-date\.md:4:[0-9]+: error: '
expect_stderr_matches '(^|/)frontmatter-bad-lang\.md:6:[0-9]+: error: '
expect_stderr_matches '(^|/)bad-lines\.jsonl:2:[0-9]+: error: invalid JSON'
expect_stderr_matches '(^|/)bad-lines\.jsonl:3(:[0-9]+)?: error: .*"text"'
expect_stdout_contains '"doc":"a"'
expect_stdout_contains '"doc":"d"'

check "every diagnostic line has the form FILE[:LINE[:COLUMN]]: error|warning: MESSAGE"
bad=$(grep -cvE '^[^ ]+: (error|warning): .+' "$T/err" || true)
[ "$bad" -eq 0 ] || fail "$bad stderr line(s) do not follow 'FILE:LINE:COLUMN: error: MESSAGE'"

# --- odd but valid files must not crash ------------------------------------------
check "a file with a byte order mark and CRLF line ends is read"
printf '\xEF\xBB\xBFGespr\xC3\xA4che in Istanbul\r\n\r\nDie Ukraine fordert eine Waffenruhe. Russland lehnt ab.\r\n' >"$T/crlf.txt"
expect_exit 0 "$PARLEY" explain --format json "$T/crlf.txt"
expect_stdout_lines 1
line=$(cat "$T/out")
[ "$(count_sentences "$line")" -eq 3 ] || fail "crlf.txt should have 3 sentences"
grep -qF '"text":"Gespräche in Istanbul"' <<<"$line" || fail "the headline should be read without the byte order mark or CR"
expect_stdout_not_matches '\\r'

check "a 200 kB line without any punctuation does not crash"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "Waffenruhe "; print "" }' >"$T/long.txt"
run "$PARLEY" explain --format json "$T/long.txt"
[ "$RC" -eq 0 ] || fail "expected exit status 0 for a long line, got $RC"

check "a file holding only '---' is not a crash (exit 0 or 2)"
printf -- '---\n' >"$T/fence.md"
run "$PARLEY" explain --format json "$T/fence.md"

check "stray bytes: lone continuation byte, overlong NUL encoding, surrogate, 5-byte lead, above U+10FFFF, truncated: each a warning at its byte"
for bytes in '\x80' '\xC0\x80' '\xED\xA0\x80' '\xF8\x88\x80\x80\x80' '\xF4\x90\x80\x80' '\xE2\x82'; do
  printf "Die Ukraine fordert eine Waffenruhe $bytes." >"$T/stray.txt"
  expect_exit 0 "$PARLEY" explain --format json "$T/stray.txt" "$GOOD"
  expect_stderr_matches 'stray\.txt:1:37: warning: invalid UTF-8 at byte offset 36([^0-9]|$)'
done

pass
