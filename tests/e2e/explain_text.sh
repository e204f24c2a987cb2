#!/usr/bin/env bash
# parley explain --text "SENTENCES": one document from the command line.
. "$(dirname "$0")/common.sh"

check "--text with --lang de: one document, two sentences, tokens"
expect_exit 0 "$PARLEY" explain --format json --lang de --text "Die Ukraine fordert am 16. Mai eine bedingungslose 30-tägige Waffenruhe. Russland lehnt das ab."
expect_stdout_lines 1
expect_json_lines_valid
line=$(cat "$T/out")
[ "$(count_sentences "$line")" -eq 2 ] || fail "expected 2 sentences"
grep -qF '"text":"Die Ukraine fordert am 16. Mai eine bedingungslose 30-tägige Waffenruhe."' <<<"$line" ||
  fail "first sentence wrong"
grep -qF '"text":"Russland lehnt das ab."' <<<"$line" || fail "second sentence wrong"
grep -qF '"lang":"de"' <<<"$line" || fail 'expected "lang":"de"'
grep -qF '"lang_source":"option"' <<<"$line" || fail 'expected "lang_source":"option"'
tok=$(token_object "$line" 30)
grep -qF '"number":true' <<<"$tok" || fail "30 should be a number token: $tok"
grep -qE '\{"text":"30"[^{}]*\},\{"text":"tägige"' <<<"$line" || fail "30-tägige should be the tokens 30 and tägige"

check "--text without --lang: the language is detected"
expect_exit 0 "$PARLEY" explain --format json --text "Russia's delegation didn't accept the U.S. proposal for a 30-day ceasefire."
grep -qF '"lang":"en"' "$T/out" || fail 'expected "lang":"en"'
grep -qF '"lang_source":"detected"' "$T/out" || fail 'expected "lang_source":"detected"'
line=$(cat "$T/out")
[ "$(count_sentences "$line")" -eq 1 ] || fail "expected 1 sentence"
grep -qE '\{"text":"Russia"[^{}]*\},\{"text":"'"'"'s"' <<<"$line" || fail "Russia's should be Russia + 's"
grep -qE '\{"text":"did"[^{}]*\},\{"text":"n'"'"'t"' <<<"$line" || fail "didn't should be did + n't"
[ -n "$(token_object "$line" U.S.)" ] || fail "U.S. should be one token"

check "--text in the default text format"
expect_exit 0 "$PARLEY" explain --text "Die Ukraine fordert eine Waffenruhe."
[ -s "$T/out" ] || fail "nothing printed"
expect_stdout_contains "Waffenruhe"

check "--text and an INPUT together is a usage error"
expect_exit 2 "$PARLEY" explain --text "Die Ukraine fordert eine Waffenruhe." "$SRC/examples/en/washington-deadline.txt"
expect_stdout_empty
expect_stderr_contains "error"

check "--text with an empty string: no documents, exit 2"
expect_exit 2 "$PARLEY" explain --format json --text ""
expect_stdout_empty

check "--text: lines and paragraphs count from 1; a blank line starts a new paragraph"
expect_exit 0 "$PARLEY" explain --format json --lang de --text $'Kiew wartet ab\n\nRussland schweigt. Die USA drohen.'
expect_stdout_contains '"index":1,"line":1,"column":1,"paragraph":1,'
expect_stdout_contains '"index":2,"line":3,"column":1,"paragraph":2,'
expect_stdout_contains '"index":3,"line":3,"column":20,"paragraph":2,'

pass
