#!/usr/bin/env bash
# parley explain reading standard input ("-"): a text document, or JSON Lines
# when the first non-blank byte is "{".
. "$(dirname "$0")/common.sh"

check "a German text document on stdin: one document, language detected"
cat >"$T/in.txt" <<'TXT'
Gespräche in Istanbul vertagt

Die Delegationen trafen sich am 2. Juni erneut in Istanbul. Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe.
TXT
expect_exit 0 "$PARLEY" explain --format json - <"$T/in.txt"
expect_stdout_lines 1
expect_json_lines_valid
grep -qF '"lang":"de"' "$T/out" || fail 'expected "lang":"de"'
grep -qF '"lang_source":"detected"' "$T/out" || fail 'expected "lang_source":"detected"'
line=$(cat "$T/out")
n=$(count_sentences "$line")
[ "$n" -eq 3 ] || fail "expected 3 sentences (headline + 2), got $n"
grep -qF '"text":"Gespräche in Istanbul vertagt"' <<<"$line" || fail "headline should be a sentence"
grep -qF '"text":"Die Delegationen trafen sich am 2. Juni erneut in Istanbul."' <<<"$line" ||
  fail "'am 2. Juni' should not end the sentence"
grep -qE '"file":"-"' <<<"$line" || fail 'standard input should be named "-" as its file'

check "--lang en overrides detection for stdin text"
expect_exit 0 "$PARLEY" explain --format json --lang en - <"$T/in.txt"
grep -qF '"lang":"en"' "$T/out" || fail 'expected "lang":"en"'
grep -qF '"lang_source":"option"' "$T/out" || fail 'expected "lang_source":"option"'

check "a text document with front matter on stdin takes its id and date"
cat >"$T/fm.txt" <<'TXT'
---
id: stdin-fm
date: 2025-06-02
lang: en
---
Russia's delegation left Istanbul after an hour. Ukraine's negotiators stayed.
TXT
expect_exit 0 "$PARLEY" explain --format json - <"$T/fm.txt"
expect_stdout_lines 1
grep -qF '"doc":"stdin-fm"' "$T/out" || fail 'expected "doc":"stdin-fm"'
grep -qF '"date":"2025-06-02"' "$T/out" || fail 'expected "date":"2025-06-02"'
grep -qF '"lang_source":"document"' "$T/out" || fail 'expected "lang_source":"document"'
line=$(cat "$T/out")
n=$(count_sentences "$line")
[ "$n" -eq 2 ] || fail "expected 2 sentences, got $n"

check "JSON Lines on stdin (after blank lines and spaces): one document per line"
printf '\n  \n  {"id":"s1","lang":"de","text":"Russland lehnt eine Waffenruhe ab."}\n{"id":"s2","date":"2025-07-15","text":"The U.S. president set a deadline of 50 days. Moscow rejected it."}\n\n' >"$T/in.jsonl"
expect_exit 0 "$PARLEY" explain --format json - <"$T/in.jsonl"
expect_stdout_lines 2
expect_json_lines_valid
[ "$(head -n 1 "$T/out" | grep -c '"doc":"s1"')" = 1 ] || fail "first document should be s1"
[ "$(tail -n 1 "$T/out" | grep -c '"doc":"s2"')" = 1 ] || fail "second document should be s2"
line=$(tail -n 1 "$T/out")
grep -qF '"lang":"en"' <<<"$line" || fail "s2 should be detected as English"
grep -qF '"lang_source":"detected"' <<<"$line" || fail 's2 should have "lang_source":"detected"'
grep -qF '"text":"The U.S. president set a deadline of 50 days."' <<<"$line" ||
  fail "U.S. should not end the sentence"
[ "$(count_sentences "$line")" -eq 2 ] || fail "s2 should have 2 sentences"

check "text that merely contains a brace later is still one text document"
printf 'Die Ukraine fordert {eine} Waffenruhe.\n' >"$T/brace.txt"
expect_exit 0 "$PARLEY" explain --format json - <"$T/brace.txt"
expect_stdout_lines 1

check "empty standard input: warning, no documents, exit 2"
: >"$T/empty"
expect_exit 2 "$PARLEY" explain --format json - <"$T/empty"
expect_stdout_empty
expect_stderr_contains "empty document"
expect_stderr_contains "error: no documents"

check "stdin together with a file: both are read, in argument order"
expect_exit 0 "$PARLEY" explain --format json - "$SRC/examples/en/washington-deadline.txt" <"$T/in.txt"
expect_stdout_lines 2
line=$(tail -n 1 "$T/out")
grep -qF '"doc":"washington-deadline"' <<<"$line" || fail "the file's document should come second"

pass
