#!/usr/bin/env bash
# parley analyze = extract + compare in one process: its JSON equals that of
# extract on two halves of the inputs then compare, except for the coverage
# only reading documents can tell (documents_read, sentences, unclaimed);
# coverage lists the sentences with an actor and a stance word but no claim;
# --since restricts; bad inputs and a missing --out folder write nothing.
. "$(dirname "$0")/common.sh"

RULES="$SRC/tests/data/rules/e2e"
DOCS="$SRC/tests/data/docs"
EXAMPLES="$SRC/examples"
command -v python3 >/dev/null || { echo "python3 not found, skipped"; exit 0; }

# py CODE : python3 with the JSON report $T/out loaded as `d`.
py() {
  python3 - "$T/out" "$1" <<'EOF' || fail "python check failed: $1"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[2])
EOF
}

# same_but_coverage A B : two JSON reports are equal once the coverage
# fields that only analyze knows are taken out of both.
same_but_coverage() {
  python3 - "$1" "$2" <<'EOF' || fail "analyze and extract + compare differ"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
for k in ("documents_read", "sentences", "unclaimed"):
    a["coverage"].pop(k); b["coverage"].pop(k)
if a != b:
    for k in a:
        if a[k] != b.get(k):
            print("   first difference in", k, file=sys.stderr)
            break
    sys.exit(1)
EOF
}

check "analyze --format json: the findings and the coverage of the reading"
expect_exit 0 "$PARLEY" analyze --rules "$RULES" --format json "$DOCS"
cp "$T/out" "$T/docs.json"
py 'assert d["schema"] == "parley-comparison/1" and len(d["claims"]) == 11'
py 'assert [(p["first"], p["second"], p["agreement_index"]) for p in d["pairs"] if p["first"] == "RUS"] == [("RUS", "UKR", 0), ("RUS", "USA", -1)]'
py 'c = d["coverage"]; assert (c["documents"], c["documents_read"], c["sentences"], c["claims"]) == (2, 2, 10, 11)'
# "Kyiv did not call for sanctions.": an actor and @DEMAND, but negation
# cancelled the claim. "So soll die Ukraine ... verzichten." after the blank
# line names an actor but no word of a list a pattern names: not listed.
py 'assert d["coverage"]["unclaimed"] == ["en-washington:4: Kyiv did not call for sanctions."]'

check "extract on two halves, then compare, gives the same JSON as analyze"
# The same INPUT arguments on both sides, so that document ids (paths
# relative to the folder named) agree.
expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/half1.jsonl" "$DOCS/de-istanbul.md" "$EXAMPLES/de"
expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/half2.jsonl" "$DOCS/en-washington.txt" "$EXAMPLES/en"
[ -s "$T/half1.jsonl" ] && [ -s "$T/half2.jsonl" ] || fail "a half yielded no claims"
expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json --out "$T/compared.json" "$T/half2.jsonl" "$T/half1.jsonl"
expect_exit 0 "$PARLEY" analyze --rules "$RULES" --format json --out "$T/analyzed.json" "$DOCS/de-istanbul.md" "$EXAMPLES/de" "$DOCS/en-washington.txt" "$EXAMPLES/en"
same_but_coverage "$T/analyzed.json" "$T/compared.json"
cp "$T/analyzed.json" "$T/out"
py 'c = d["coverage"]; assert c["documents_read"] > c["documents"] and c["sentences"] > 100'

check "... and literally: examples/ split into two folders that keep the relative paths, against analyze examples/"
# Ids of files without an id of their own are paths relative to the folder
# named (SPEC §3), so each half keeps the layout below examples/.
mkdir -p "$T/half-a" "$T/half-b"
i=0
while IFS= read -r file; do
  rel=${file#"$EXAMPLES"/}
  half=$([ $((i % 2)) -eq 0 ] && echo half-a || echo half-b)
  mkdir -p "$T/$half/$(dirname "$rel")" && cp "$file" "$T/$half/$rel"
  i=$((i + 1))
done < <(find "$EXAMPLES" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' \) | sort)
expect_exit 0 "$PARLEY" extract --out "$T/a.jsonl" "$T/half-a"
expect_exit 0 "$PARLEY" extract --out "$T/b.jsonl" "$T/half-b"
expect_exit 0 "$PARLEY" compare --format json --out "$T/compared.json" "$T/b.jsonl" "$T/a.jsonl"
expect_exit 0 "$PARLEY" analyze --format json --out "$T/analyzed.json" "$EXAMPLES"
same_but_coverage "$T/analyzed.json" "$T/compared.json"

check "... and with the shipped rules (no --rules) over examples/, one half per language folder"
expect_exit 0 "$PARLEY" extract --out "$T/de.jsonl" "$EXAMPLES/de"
expect_exit 0 "$PARLEY" extract --out "$T/en.jsonl" "$EXAMPLES/en"
expect_exit 0 "$PARLEY" compare --format json --out "$T/compared.json" "$T/en.jsonl" "$T/de.jsonl"
expect_exit 0 "$PARLEY" analyze --format json --out "$T/analyzed.json" "$EXAMPLES/de" "$EXAMPLES/en"
same_but_coverage "$T/analyzed.json" "$T/compared.json"

check "the same with every option that restricts"
for options in "--since 2025-06" "--until 2025-05-31" "--actors UKR,RUS,USA"; do
  # shellcheck disable=SC2086
  expect_exit 0 "$PARLEY" compare --rules "$RULES" --format json $options --out "$T/compared.json" "$T/half1.jsonl" "$T/half2.jsonl"
  # shellcheck disable=SC2086
  expect_exit 0 "$PARLEY" analyze --rules "$RULES" --format json $options --out "$T/analyzed.json" "$DOCS/de-istanbul.md" "$EXAMPLES/de" "$DOCS/en-washington.txt" "$EXAMPLES/en"
  same_but_coverage "$T/analyzed.json" "$T/compared.json"
done

check "--since restricts the comparison, not the coverage"
expect_exit 0 "$PARLEY" analyze --rules "$RULES" --format json --since 2025-07 "$DOCS"
py 'assert {c["doc"] for c in d["claims"]} == {"en-washington"}'
py 'assert d["coverage"]["sentences"] == 10 and d["coverage"]["claims"] == 4'

check "the default format is md"
expect_exit 0 "$PARLEY" analyze --rules "$RULES" "$DOCS"
[ -s "$T/out" ] || fail "the md report is empty"
expect_stdout_not_matches '^\{"schema"'

check "bad inputs: exit 2 and nothing written"
expect_exit 2 "$PARLEY" analyze --rules "$RULES" --out "$T/report.md" "$DOCS" "$T/none.txt"
expect_stderr_contains "none.txt"
[ ! -e "$T/report.md" ] || fail "a report was written although an input is missing"
expect_exit 2 "$PARLEY" analyze --rules "$RULES" --out "$T/missing/report.md" "$DOCS"
expect_stderr_contains "the folder '$T/missing' does not exist"
[ ! -e "$T/missing" ] || fail "the folder was created"
expect_exit 2 "$PARLEY" analyze --rules "$SRC/tests/data/rules/broken.yaml" --out "$T/report.md" "$DOCS"
expect_stderr_contains "the rule set has errors"
[ ! -e "$T/report.md" ] || fail "a report was written although the rules are broken"

check "usage errors and help"
expect_exit 2 "$PARLEY" analyze --rules "$RULES" --format yaml "$DOCS"
expect_stderr_contains "unknown format 'yaml'"
expect_exit 2 "$PARLEY" analyze --rules "$RULES" --actors POLAND "$DOCS"
expect_stderr_contains "unknown actor 'POLAND' in --actors"
expect_exit 2 "$PARLEY" analyze --rules "$RULES" --lang fr "$DOCS"
expect_stderr_contains "unsupported language 'fr'"
expect_exit 2 "$PARLEY" analyze --rules "$RULES"
expect_stderr_contains "name the INPUT"
expect_exit 0 "$PARLEY" analyze --help
expect_stdout_contains "usage: parley analyze"
expect_stdout_contains "--strict"

pass
