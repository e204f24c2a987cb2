#!/usr/bin/env bash
# parley analyze --format md|csv|dot|graphml|json (SPEC §5) on the test corpus,
# each output checked by the tool a researcher would open it with: the
# GraphML loaded by networkx, the DOT rendered by Graphviz's dot, the CSV
# read by Python's csv module. Needs python3 with networkx and graphviz's dot
# (Debian: python3-networkx graphviz; scripts/setup.sh installs them).
. "$(dirname "$0")/common.sh"

RULES="$SRC/tests/data/rules/e2e"
DOCS="$SRC/tests/data/docs"

PYTHON=$(bash "$SRC/scripts/python-with.sh" networkx || true)
[ -n "$PYTHON" ] || fail "python3 with networkx is needed (apt-get install python3-networkx, or scripts/setup.sh)"
command -v dot >/dev/null 2>&1 || fail "Graphviz's dot is needed (apt-get install graphviz, or scripts/setup.sh)"

check "the claims, for counting"
expect_exit 0 "$PARLEY" extract --rules "$RULES" --out "$T/claims.jsonl" "$DOCS"
claims=$(wc -l <"$T/claims.jsonl" | tr -d ' ')
[ "$claims" -gt 0 ] || fail "extract found no claims"

# analyze FORMAT [ARGS...] : analyze the test corpus into $T/report.FORMAT.
analyze() {
  local format=$1
  shift
  expect_exit 0 "$PARLEY" analyze --rules "$RULES" --format "$format" "$@" "$DOCS"
  expect_stderr_empty
  [ -s "$T/out" ] || fail "analyze --format $format wrote nothing"
  cp "$T/out" "$T/report.$format"
}

check "md (the default): the sections, the headline conflict with its evidence, coverage"
expect_exit 0 "$PARLEY" analyze --rules "$RULES" "$DOCS"
cp "$T/out" "$T/default.md"
analyze md
cmp -s "$T/default.md" "$T/report.md" || fail "--format md differs from the default format"
for section in "## Summary" "## Where the parties diverge" "## Conditions" "## Common ground" \
  "## Actor × topic matrix" "## Coalitions" "## Agreement index" "## Brokers" "## Shifts" \
  "## Contradictions" "## Coverage"; do
  grep -qxF -- "$section" "$T/report.md" || fail "md has no section '$section'"
done
expect_stdout_contains "### Conflict: Ukraine and Russia on Ceasefire"
expect_stdout_contains '- **Ukraine** demands **Unconditional ceasefire** (days=30, monitored=international)'
expect_stdout_contains '  - de-istanbul:6 (2025-05-16): "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe."'
expect_stdout_contains '- **Russia** attaches **Ukraine gives up Western arms** as a condition to **Ceasefire only under conditions**'
expect_stdout_contains "- Claims: $claims"
expect_stdout_matches '^- Sentences with an actor and a stance word but no claim: [0-9]+$'

check "csv: RFC 4180 with CRLF, one row per claim, every attribute a column"
analyze csv
"$PYTHON" - "$T/report.csv" "$claims" <<'EOF' || fail "the claims CSV is not as expected"
import csv, sys
path, claims = sys.argv[1], int(sys.argv[2])
raw = open(path, 'rb').read()
assert raw.endswith(b'\r\n'), 'records do not end in CRLF'
assert raw.count(b'\n') == raw.count(b'\r\n'), 'a record ends in a bare LF'
rows = list(csv.reader(open(path, newline='', encoding='utf-8')))
header = rows[0]
fixed = ['doc', 'date', 'sentence', 'line', 'start', 'end', 'actor', 'stance', 'position', 'topic',
         'target', 'condition_of', 'rule', 'text']
assert header[:14] == fixed, header
assert header[14:] == ['days', 'monitored'], header[14:]
assert len(rows) - 1 == claims, f'{len(rows) - 1} rows for {claims} claims'
assert all(len(row) == len(header) for row in rows), 'a row has another number of fields'
first = dict(zip(header, rows[1]))
assert first['doc'] == 'de-istanbul' and first['actor'] == 'UKR', first
assert first['days'] == '30' and first['monitored'] == 'international', first
assert first['text'] == 'Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe.', first
EOF
cp "$T/report.csv" "$T/claims.csv"
analyze csv --table pairs
grep -qF $'RUS,UKR,ceasefire,conflict,' "$T/report.csv" || fail "csv pairs: no RUS,UKR conflict on the ceasefire"
analyze csv --table matrix
head -n 1 "$T/report.csv" | grep -qE '^actor,ceasefire,' || fail "csv matrix: the header is not actor,ceasefire,..."

check "dot: renders with Graphviz's dot without a warning"
analyze dot
set +e
dot -Tsvg "$T/report.dot" >"$T/graph.svg" 2>"$T/dot.err"
status=$?
set -e
[ "$status" -eq 0 ] || fail "dot -Tsvg failed (status $status): $(head -c 500 "$T/dot.err")"
[ ! -s "$T/dot.err" ] || fail "dot -Tsvg wrote to stderr: $(head -c 500 "$T/dot.err")"
# Graphviz writes the ids' hyphens as &#45;: read the SVG as XML.
"$PYTHON" - "$T/graph.svg" <<'EOF' || fail "the SVG lacks the elements actor-UKR and topic-ceasefire"
import sys
import xml.etree.ElementTree as ET
ids = {element.get('id') for element in ET.parse(sys.argv[1]).iter()}
assert {'actor-UKR', 'position-ceasefire.unconditional', 'topic-ceasefire'} <= ids, sorted(i for i in ids if i)
EOF

check "graphml: networkx reads it, with the nodes, edges and attributes"
analyze graphml
"$PYTHON" - "$T/report.graphml" "$claims" <<'EOF' || fail "the GraphML is not as expected"
import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
claims = int(sys.argv[2])
assert g.is_directed()
by_label = {data['label']: node for node, data in g.nodes(data=True)}
kinds = {data['kind'] for _, data in g.nodes(data=True)}
assert kinds <= {'actor', 'group', 'position', 'topic'}, kinds
ukr = g.nodes[by_label['UKR']]
assert ukr['kind'] == 'actor' and ukr['name'] == 'Ukraine', ukr
assert isinstance(ukr['claims'], int) and ukr['claims'] >= 1, ukr
unconditional = g.nodes[by_label['ceasefire.unconditional']]
assert unconditional['kind'] == 'position' and unconditional['topic'] == 'ceasefire', unconditional
assert g.nodes[by_label['ceasefire']]['kind'] == 'topic'

def edges(u, v):
    data = g.get_edge_data(by_label[u], by_label[v])
    if data is None:
        return []
    return list(data.values()) if g.is_multigraph() else [data]

demand = [e for e in edges('UKR', 'ceasefire.unconditional') if e['kind'] == 'stance']
assert len(demand) == 1, demand
demand = demand[0]
assert demand['stance'] == 'demand' and demand['count'] == 1, demand
assert demand['first_date'] == '2025-05-16' and demand['last_date'] == '2025-05-16', demand
assert demand['attributes'] == 'days=30; monitored=international', demand
assert demand['evidence'] == 'de-istanbul:6', demand
assert any(e['stance'] == 'reject' for e in edges('UKR', 'nato.renounce')), 'no UKR reject nato.renounce'
assert any(e['kind'] == 'condition' and e['actor'] == 'RUS'
           for e in edges('arms.stop', 'ceasefire.conditional')), 'no condition edge'
conflicts = [(g.nodes[u]['label'], g.nodes[v]['label'])
             for u, v, data in g.edges(data=True) if data['kind'] == 'conflict']
# ceasefire is exclusive (three positions held: three pairs); nato.join–nato.renounce is declared.
assert len(conflicts) == 4, conflicts
assert ('nato.join', 'nato.renounce') in conflicts, conflicts
stances = sum(data['count'] for _, _, data in g.edges(data=True) if data['kind'] == 'stance')
assert stances == claims, f'stance edges count {stances} claims, extract found {claims}'
EOF

check "json: one well-formed document"
analyze json
"$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$T/report.json" || fail "the JSON does not parse"

check "compare on the extracted claims exports the same graph and table as analyze"
cp "$T/claims.csv" "$T/report.csv"
for format in dot graphml csv; do
  expect_exit 0 "$PARLEY" compare --rules "$RULES" --format "$format" "$T/claims.jsonl"
  cmp -s "$T/out" "$T/report.$format" || fail "compare --format $format differs from analyze --format $format"
done

echo "$TEST: ok"
