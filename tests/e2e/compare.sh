#!/usr/bin/env bash
# parley compare: claims from extract compared (SPEC §4) with the e2e rule
# set; shards in any order compare like the whole; --since, --until and
# --actors restrict; a broken claims file is file:line:column, exit 2 and no
# output; --out to a missing folder is a clear error. JSON is checked with
# python3's json module.
. "$(dirname "$0")/common.sh"

RULES="$SRC/tests/data/rules/e2e"
DOCS="$SRC/tests/data/docs"
command -v python3 >/dev/null || { echo "python3 not found, skipped"; exit 0; }

# py CODE : runs python3 with the JSON report $T/out loaded as `d`, and
# `pair(a, b)`, `rel(a, b, topic)`, `texts(indices)` at hand; a failed
# assert fails the test with the code that failed.
py() {
  python3 - "$T/out" "$1" <<'EOF' || fail "python check failed: $1"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
def pair(a, b):
    found = [p for p in d["pairs"] if p["first"] == a and p["second"] == b]
    return found[0] if found else None
def rel(a, b, topic):
    p = pair(a, b)
    t = [t for t in (p["topics"] if p else []) if t["topic"] == topic]
    return t[0]["relation"] if t else "-"
def texts(indices):
    return [d["claims"][i]["text"] for i in indices]
exec(sys.argv[2])
EOF
}

expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/all.jsonl" "$DOCS"
expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/de.jsonl" "$DOCS/de-istanbul.md"
expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/en.jsonl" "$DOCS/en-washington.txt"

check "compare --format json: the schema, every claim with its evidence, the findings"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json "$T/all.jsonl"
cp "$T/out" "$T/whole.json"
py 'assert d["schema"] == "parley-comparison/1"'
py 'assert len(d["claims"]) == 11 and all(c["doc"] and c["line"] > 0 and c["text"] for c in d["claims"])'
py 'assert rel("RUS", "UKR", "ceasefire") == "conflict"'
py 'assert rel("RUS", "UKR", "prisoners") == "agree"'
py 'assert pair("RUS", "UKR")["agreement_index"] == 0'
py 'assert rel("RUS", "USA", "ceasefire") == "conflict" and pair("RUS", "USA")["agreement_index"] == -1'
# The sides of a topic relation are holdings, each citing the claims behind it.
py '
t = [t for t in pair("RUS", "UKR")["topics"] if t["topic"] == "ceasefire"][0]
first = [d["holdings"][h] for h in t["first"]]
second = [d["holdings"][h] for h in t["second"]]
assert [h["position"] for h in first] == ["ceasefire.conditional"]
assert [(h["position"], h["attributes"]) for h in second] == [("ceasefire.unconditional", {"days": 30, "monitored": "international"})]
assert texts(second[0]["claims"]) == ["Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe."]'
py '
c = d["conditions"]
assert [(x["actor"], x["position"], x["condition"]) for x in c] == [("RUS", "ceasefire.conditional", "arms.stop")]
assert texts(c[0]["claims"]) == ["So soll die Ukraine auf westliche Waffenlieferungen verzichten."]'
py 'assert [(g["position"], g["actors"]) for g in d["common_ground"]] == [("nato.join", ["POL", "ROU", "LTU"]), ("prisoners.exchange", ["UKR", "RUS"])]'
py 'assert d["coalitions"] == [{"actors": ["POL", "ROU", "LTU"]}]'
py 'assert d["brokers"] == [{"actor": "UKR", "betweenness": 0.6}]'
py 'assert d["coverage"] == {"documents": 2, "documents_read": None, "sentences": None, "claims": 11, "unclaimed": None}'

check "shards in any order, or through standard input, compare exactly like the whole"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json "$T/en.jsonl" "$T/de.jsonl"
cmp -s "$T/out" "$T/whole.json" || fail "the shards en, de give another report than the whole"
run "$PARLEY" compare --rules "$RULES" --format json - <"$T/all.jsonl"
[ "$RC" -eq 0 ] || fail "exit $RC"
cmp -s "$T/out" "$T/whole.json" || fail "standard input gives another report"
mkdir "$T/shards"
cp "$T/en.jsonl" "$T/shards/1.jsonl"
cp "$T/de.jsonl" "$T/shards/2.jsonl"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json "$T/shards"
cmp -s "$T/out" "$T/whole.json" || fail "a folder of shards gives another report"

check "--since and --until restrict by date; undated claims then drop out"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json --since 2025-06 "$T/all.jsonl"
py 'assert {c["doc"] for c in d["claims"]} == {"en-washington"} and len(d["claims"]) == 4'
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json --until 2025-05 "$T/all.jsonl"
py 'assert {c["doc"] for c in d["claims"]} == {"de-istanbul"} and len(d["claims"]) == 7'
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json --since 2025-07-15 --until 2025 "$T/all.jsonl"
py 'assert d["claims"] == [] and d["pairs"] == []'

check "--actors restricts to those actors"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json --actors RUS,USA "$T/all.jsonl"
py 'assert [a["id"] for a in d["actors"]] == ["RUS", "USA"]'
py 'assert [(p["first"], p["second"]) for p in d["pairs"]] == [("RUS", "USA")]'
py 'assert {c["actor"] for c in d["claims"]} == {"RUS", "USA"}'

check "the other formats write"
expect_exit 0 "$PARLEY" compare --rules "$RULES" "$T/all.jsonl"
[ -s "$T/out" ] || fail "the default (md) report is empty"
for format in md csv dot graphml; do
  expect_exit 0 "$PARLEY" compare --rules "$RULES" --format "$format" "$T/all.jsonl"
  [ -s "$T/out" ] || fail "--format $format wrote nothing"
done
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format csv --table pairs "$T/all.jsonl"

check "a broken claims file: every error with file:line:column, exit 2, nothing written"
{
  head -n 2 "$T/all.jsonl"
  echo '{"doc":"x", "sentence":1,'
  sed -n 3p "$T/all.jsonl" | sed 's/"actor":"RUS"/"actor":"RUZ"/'
  sed -n 4p "$T/all.jsonl" | sed 's/"stance":"support"/"stance":"suport"/'
  printf '{"doc":"bad \xff byte"}\n'
} >"$T/broken.jsonl"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --format json --out "$T/report.json" "$T/all.jsonl" "$T/broken.jsonl"
expect_stderr_contains "$T/broken.jsonl:3:26: error: invalid JSON"
expect_stderr_matches "broken.jsonl:4:[0-9]+: error: unknown actor 'RUZ' \\(did you mean 'RUS'\\?\\)"
expect_stderr_matches "broken.jsonl:5:[0-9]+: error: unknown stance 'suport' \\(did you mean 'support'\\?\\)"
expect_stderr_matches "broken.jsonl:6:13: error: invalid UTF-8 at byte offset [0-9]+"
expect_stderr_contains "nothing written"
[ ! -e "$T/report.json" ] || fail "a report was written although the claims are broken"
[ -z "$(find "$T" -name '.report.json.parley-*')" ] || fail "a temporary file was left behind"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --format json "$T/broken.jsonl"
expect_stdout_empty

check "claims checked against the rule set: another rule set's ids are errors"
expect_exit 2 "$PARLEY" compare --rules "$SRC/tests/data/rules/minimal.yaml" "$T/all.jsonl"
expect_stderr_matches "all.jsonl:4:94: error: unknown actor 'POL' in \"actor\""
expect_stderr_matches "all.jsonl:3:129: error: unknown position 'arms.stop'"

check "--out writes the report whole; into a missing folder is a clear error before any work"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json --out "$T/report.json" "$T/all.jsonl"
expect_stdout_empty
cmp -s "$T/report.json" "$T/whole.json" || fail "--out holds another report than standard output"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --out "$T/missing/report.md" "$T/all.jsonl"
expect_stderr_contains "the folder '$T/missing' does not exist"
[ ! -e "$T/missing" ] || fail "the folder was created"

check "usage errors"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --format pdf "$T/all.jsonl"
expect_stderr_contains "unknown format 'pdf': use one of md, html, json, csv, dot, graphml"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --table rows "$T/all.jsonl"
expect_stderr_contains "unknown table 'rows'"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --actors UKR,RUZ "$T/all.jsonl"
expect_stderr_contains "unknown actor 'RUZ' in --actors: did you mean 'RUS'?"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --since 2025-02-30 "$T/all.jsonl"
expect_stderr_contains "invalid date '2025-02-30' for --since"
expect_exit 2 "$PARLEY" compare --rules "$RULES" --since 2025-07 --until 2025-06 "$T/all.jsonl"
expect_stderr_contains "is after --until"
expect_exit 2 "$PARLEY" compare --rules "$RULES"
expect_stderr_contains "name the CLAIMS.jsonl files"
expect_exit 2 "$PARLEY" compare --rules "$RULES" "$T/none.jsonl"
expect_stderr_contains "none.jsonl: error: no such file"
expect_exit 0 "$PARLEY" compare --help
expect_stdout_contains "usage: parley compare"
expect_stdout_contains "--actors"
expect_stdout_not_matches "parse-only"

pass
