#!/usr/bin/env bash
# The shipped rule pack (rules/ukraine-russia-2025) and the example corpus:
# the pack checks clean, its own tests pass, and `parley extract examples/`
# with the shipped rules gives exactly the golden claims
# (tests/data/golden/examples-claims.jsonl), order aside.
#
# To update the golden file deliberately, after reading the difference:
#   PARLEY_UPDATE_GOLDEN=1 bash tests/e2e/rule_pack.sh build/parley .
. "$(dirname "$0")/common.sh"

GOLDEN=$SRC/tests/data/golden/examples-claims.jsonl

check "parley rules check rules/ is clean"
expect_exit 0 "$PARLEY" rules check "$SRC/rules"
expect_stdout_contains "ok: "
expect_stderr_not_matches 'error|warning'

check "parley rules test rules/ passes every test"
expect_exit 0 "$PARLEY" rules test "$SRC/rules"
expect_stdout_matches '^[0-9]+ passed, 0 failed$'
expect_stdout_not_matches '^(FAIL|TODO|FIXED) '

check "extract over examples/ without --rules uses the shipped pack and gives the golden claims"
expect_exit 0 "$PARLEY" extract "$SRC/examples"
expect_json_lines_valid
if [ "${PARLEY_UPDATE_GOLDEN:-}" = 1 ]; then
  sort "$T/out" >"$GOLDEN"
  echo "rule_pack: golden file rewritten: $GOLDEN"
fi
sort "$T/out" >"$T/found"
if ! diff -u "$GOLDEN" "$T/found" >"$T/diff"; then
  sed 's/^/   | /' "$T/diff" | head -60
  fail "claims over examples/ differ from $GOLDEN ('-' expected, '+' found)"
fi

check "every example document yields claims"
docs=$("$PARLEY" explain --format json "$SRC/examples" | wc -l)
[ "$(grep -ohE '^\{"doc":"[^"]*"' "$T/out" | sort -u | wc -l)" -eq "$docs" ] ||
  fail "some example documents yield no claim"

check "the same claim in German and English: the prisoner exchange of 16 May and the US deadline"
expect_stdout_matches '"doc":"first-round-istanbul",.*"actor":"PARTIES","stance":"agree","position":"prisoners.exchange"'
expect_stdout_matches '"doc":"erste-runde-istanbul",.*"actor":"PARTIES","stance":"agree","position":"prisoners.exchange"'
expect_stdout_matches '"doc":"usa-frist",.*"actor":"USA","stance":"demand","position":"ceasefire.unconditional","topic":"ceasefire","target":"RUS","attributes":\{"within_days":50\}'
expect_stdout_matches '"doc":"en/washington-deadline",.*"actor":"USA","stance":"demand","position":"ceasefire.unconditional","topic":"ceasefire","target":"RUS","attributes":\{"within_days":50\}'

check "Russia's position on the ceasefire shifts: rejection in May, conditions from June"
expect_stdout_matches '"date":"2025-05-1[06]",.*"actor":"RUS","stance":"reject","position":"ceasefire.unconditional"'
expect_stdout_matches '"date":"2025-06-0[23]",.*"actor":"RUS","stance":"(demand|propose)","position":"ceasefire.conditional"'
expect_stdout_not_matches '"date":"2025-05-[0-9]*",.*"actor":"RUS","stance":"[a-z]*","position":"ceasefire.conditional"'

check "the README main command (scripts/run-examples.sh) runs extract over examples/"
grep -q "parley extract examples/" "$SRC/scripts/run-examples.sh" || fail "scripts/run-examples.sh does not run parley extract examples/"

pass
