#!/usr/bin/env bash
# parley extract: claims as JSON Lines (SPEC §3) from real files, with a rule
# folder; --out written whole or not at all; bad rules and bad inputs.
. "$(dirname "$0")/common.sh"

RULES="$SRC/tests/data/rules/e2e"
DOCS="$SRC/tests/data/docs"

# expect_claim ERE : some claim line matches (fields in SPEC §3 order).
expect_claim() {
  grep -qE -- "$1" "$T/out" || fail "no claim matches: $1"
}

check "a folder of documents: one claim per line, in document and sentence order"
expect_exit 0 "$PARLEY" extract --rules "$RULES" "$DOCS"
expect_stdout_lines 11
expect_json_lines_valid
[ "$(cut -d, -f1,3 "$T/out" | uniq | tr '\n' ' ')" = '{"doc":"de-istanbul","sentence":1 {"doc":"de-istanbul","sentence":2 {"doc":"de-istanbul","sentence":3 {"doc":"de-istanbul","sentence":4 {"doc":"de-istanbul","sentence":6 {"doc":"en-washington","sentence":1 {"doc":"en-washington","sentence":2 {"doc":"en-washington","sentence":3 ' ] ||
  fail "claims are not in document and sentence order: $(cut -d, -f1,3 "$T/out" | tr '\n' ' ')"

check "the SPEC §3 fields: offsets, line, captures as numbers, fixed attributes, the whole sentence"
expect_claim '^\{"doc":"de-istanbul","date":"2025-05-16","sentence":1,"line":6,"start":50,"end":111,"actor":"UKR","stance":"demand","position":"ceasefire.unconditional","topic":"ceasefire","target":null,"attributes":\{"days":30,"monitored":"international"\},"condition_of":null,"rule":"de.ceasefire.unconditional.demand","text":"Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe."\}$'
# start/end are byte offsets of the match in the file as read
[ "$(head -c 111 "$DOCS/de-istanbul.md" | tail -c 61)" = "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe" ] ||
  fail "start/end of the first claim do not frame its match in the file"

check "actor: context takes the actor of the previous sentence, and the claim is a condition"
expect_claim '"sentence":3,"line":7,.*"actor":"RUS","stance":"demand","position":"arms.stop",.*"condition_of":"ceasefire.conditional","rule":"de.arms.stop.condition"'
check "... but not across a paragraph: the same sentence after a blank line yields nothing"
expect_stdout_not_matches '"sentence":5,'

check "a coordinated list gives one claim per actor"
for actor in POL ROU LTU; do
  expect_claim "\"sentence\":4,.*\"actor\":\"$actor\",\"stance\":\"support\",\"position\":\"nato.join\""
done

check "negation: flip turns accept into reject; skip cancels the claim"
expect_claim '"sentence":6,.*"actor":"UKR","stance":"reject","position":"nato.renounce"'
expect_stdout_not_matches '"doc":"en-washington".*"rule":"en.sanctions.demand"'

check "English: durations in days, targets, a list of two"
expect_claim '"doc":"en-washington","date":"2025-07-14","sentence":1,"line":2,.*"actor":"USA","stance":"demand","position":"ceasefire.deadline",.*"attributes":\{"days":50\}'
expect_claim '"sentence":2,.*"actor":"USA","stance":"threaten","position":"sanctions.new","topic":"sanctions","target":"RUS"'
expect_claim '"sentence":3,.*"actor":"RUS","stance":"agree","position":"prisoners.exchange"'
expect_claim '"sentence":3,.*"actor":"UKR","stance":"agree","position":"prisoners.exchange"'

check "standard input"
run "$PARLEY" extract --rules "$RULES" --lang en - <"$DOCS/en-washington.txt"
[ "$RC" -eq 0 ] || fail "exit $RC"
expect_stdout_lines 4
expect_claim '^\{"doc":"stdin",'

check "--out writes the file whole and nothing to standard output"
expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/claims.jsonl" "$DOCS"
expect_stdout_empty
[ "$(wc -l <"$T/claims.jsonl")" -eq 11 ] || fail "--out file does not hold the 11 claims"
[ -z "$(find "$T" -name '.claims.jsonl.parley-*')" ] || fail "a temporary file was left behind"

check "--out into a folder that does not exist: a clear error before any work"
expect_exit 2 "$PARLEY" extract --rules "$RULES" --out "$T/missing/claims.jsonl" "$DOCS"
expect_stderr_contains "the folder '$T/missing' does not exist"
[ ! -e "$T/missing" ] || fail "the folder was created"

check "a broken rule set: exit 2, every error, and --out is not written"
rm -f "$T/claims.jsonl"
expect_exit 2 "$PARLEY" extract --rules "$SRC/tests/data/rules/broken.yaml" --out "$T/claims.jsonl" "$DOCS"
expect_stderr_contains "broken.yaml:8:5: error: unknown key 'alias'"
expect_stderr_contains "the rule set has errors"
[ ! -e "$T/claims.jsonl" ] || fail "--out was written although the rules are broken"
[ -z "$(ls -A "$T" | grep parley- || true)" ] || fail "a temporary file was left behind"

check "a rules path that does not exist"
expect_exit 2 "$PARLEY" extract --rules "$T/nope.yaml" "$DOCS"
expect_stderr_contains "nope.yaml"

check "a bad document among good ones: warned and skipped, the others extracted"
mkdir "$T/docs"
cp "$DOCS/en-washington.txt" "$T/docs/"
printf 'Kyiv calls for tougher sanctions \xff on Moscow.\n' >"$T/docs/bad.txt"
expect_exit 0 "$PARLEY" extract --rules "$RULES" --lang en "$T/docs"
expect_stdout_lines 4
expect_stderr_matches 'bad.txt:1:.*warning: .*UTF-8'

check "an input that does not exist: exit 2"
expect_exit 2 "$PARLEY" extract --rules "$RULES" "$T/none.txt"
expect_stderr_contains "none.txt"

check "usage errors"
expect_exit 2 "$PARLEY" extract --rules "$RULES"
expect_stderr_contains "name the INPUT"
expect_exit 2 "$PARLEY" extract --rules "$RULES" --lang fr "$DOCS"
expect_stderr_contains "unsupported language 'fr'"
expect_exit 0 "$PARLEY" extract --help
expect_stdout_contains "usage: parley extract"

pass
