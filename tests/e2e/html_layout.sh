#!/usr/bin/env bash
# The HTML report's graph is readable at 10 actors and 40 positions (issue 6):
# a generated rule set (10 actors, 8 topics of 5 positions, some topics
# exclusive and some conflicts declared) and claims in which every actor
# holds or rejects several positions and every position is held, compared
# with `parley compare --format html`. tests/e2e/html_check.py layout reads
# the inline SVG (as Graphviz drew it) and checks:
#   - every actor and every position is a node (g.node#actor-…/#position-…);
#   - every node lies inside the picture's viewBox;
#   - no two node outlines overlap (boxes from ellipse cx/cy/rx/ry and
#     path/polygon points, in g#graph0's coordinates);
#   - every label is anchored inside its node, and its ink, measured with
#     the Liberation font the browser draws it with (PIL), fits the node;
#   - no label runs into another node or another label, node or edge label;
#   - opened in Chromium 1280 px wide, the page does not scroll sideways and
#     no node label is drawn less than 10 px high (a graph shrunk to fit is
#     as unreadable as one cut off).
# The checker's self-test first shows it fails on two overlapping boxes, a
# box inside another, a label wider than its node and a missing node.
# Needs python3 with PIL, fonts-liberation and chromium (scripts/setup.sh installs them).
. "$(dirname "$0")/common.sh"

CHECK="$SRC/tests/e2e/html_check.py"
PYTHON=$(bash "$SRC/scripts/python-with.sh" PIL || true)
[ -n "$PYTHON" ] || fail "python3 with PIL is needed (apt-get install python3-pil, or scripts/setup.sh)"
command -v chromium >/dev/null 2>&1 || fail "chromium is needed (apt-get install chromium, or scripts/setup.sh)"

check "the layout checker fails on overlapping nodes, an overflowing label, a missing node"
"$PYTHON" "$CHECK" selftest layout || fail "the layout checker passes a bad layout"

check "a rule set of 10 actors and 40 positions, and claims on every position"
mkdir "$T/rules"
"$PYTHON" - "$T/rules/ontology.yaml" "$T/claims.jsonl" <<'EOF'
import json, sys
actors = [("ARG", "Argentina"), ("BRA", "Brazil"), ("CAN", "Canada"), ("DEU", "Germany"),
          ("EGY", "Egypt"), ("FRA", "France"), ("IND", "India"), ("JPN", "Japan"),
          ("KEN", "Kenya"), ("NOR", "Norway")]
# Position names of the lengths real ones have (the shipped pack's run to 53 characters).
topics = {
    "coal": ("Coal power", ["Phase out coal by 2030", "Phase out coal by 2040",
             "Keep coal with carbon capture", "No new coal plants", "Coal phase-out financed by a fund"]),
    "carbon": ("Carbon pricing", ["Global carbon price", "Border carbon adjustment",
               "Carbon price only in rich countries", "No carbon price", "Revenue returned to households"]),
    "finance": ("Climate finance", ["100 billion a year", "A new loss and damage fund",
                "Finance through development banks", "Private finance first", "Debt relief for climate action"]),
    "forests": ("Forests", ["End deforestation by 2030", "Pay countries to keep forests standing",
                "Certified timber only", "National forest plans", "Indigenous land rights recognised"]),
    "methane": ("Methane", ["Cut methane by 30 percent", "Binding methane targets",
                "Voluntary methane pledges", "Methane from farming excluded", "Satellite monitoring of leaks"]),
    "adapt": ("Adaptation", ["Double adaptation finance", "A global goal on adaptation",
              "Adaptation plans in every country", "Early warning systems for all", "Insurance against disasters"]),
    "transport": ("Transport", ["Ban new petrol cars by 2035", "Tax on aviation fuel",
                  "Shipping emissions in the treaty", "Rail before short flights", "Biofuels count as clean"]),
    "review": ("Review", ["Five-yearly stocktake", "Independent review of pledges",
               "Sanctions for missed targets", "Peer review among parties", "No outside review of national plans"]),
}
exclusive = {"coal", "carbon"}
declared = [("finance.p1", "finance.p4"), ("review.p3", "review.p5"), ("methane.p2", "methane.p3"),
            ("transport.p1", "transport.p5")]
out = ["parley: 1", "", "actors:"]
for ident, name in actors:
    out += [f"  - id: {ident}", f"    name: {name}", f"    aliases: {{en: [{name}]}}"]
out += ["", "topics:"]
positions = []
for tid, (tname, names) in topics.items():
    out += [f"  - id: {tid}", f"    name: {tname}"]
    if tid in exclusive:
        out.append("    exclusive: true")
    out.append("    positions:")
    for k, pname in enumerate(names, 1):
        out.append(f'      - {{id: {tid}.p{k}, name: "{pname}"}}')
        positions.append((f"{tid}.p{k}", tid))
    mine = [c for c in declared if c[0].startswith(tid + ".")]
    if mine:
        out.append("    conflicts:")
        out += [f"      - [{a}, {b}]" for a, b in mine]
open(sys.argv[1], "w").write("\n".join(out) + "\n")

# Every actor takes 8 positions (some rejected), and every position is taken
# by 2 actors: 80 claims over 4 months.
claims = []
for a, (actor, name) in enumerate(actors):
    for k in range(8):
        pos, topic = positions[(a * 4 + k * 5) % 40]
        stance = "reject" if (a + k) % 5 == 0 else ["demand", "support", "propose", "accept"][(a + k) % 4]
        date = f"2025-{3 + (a + k) % 4:02d}-{1 + (a * 3 + k) % 28:02d}"
        doc = f"doc{a:02d}"
        claims.append({"doc": doc, "date": date, "sentence": k + 1, "line": k + 1, "start": 0, "end": 40,
                       "actor": actor, "stance": stance, "position": pos, "topic": topic, "target": None,
                       "attributes": {}, "condition_of": None, "rule": f"gen.{pos}",
                       "text": f"{name} says it will {stance} the position {pos}."})
held = {c["position"] for c in claims}
assert len(held) == 40, f"{len(held)} positions have claims"
with open(sys.argv[2], "w") as f:
    for c in claims:
        f.write(json.dumps(c) + "\n")
EOF
expect_exit 0 "$PARLEY" rules check "$T/rules"
expect_stdout_contains "10 actors"
expect_stdout_contains "40 positions"

check "parley compare --format html draws them; the graph is readable"
expect_exit 0 "$PARLEY" compare --rules "$T/rules" --format html --out "$T/report.html" "$T/claims.jsonl"
[ -s "$T/report.html" ] || fail "no report written"
LAST_CMD=""  # the checks below print their own findings
"$PYTHON" "$CHECK" layout --actors 10 --positions 40 "$T/report.html" ||
  fail "the graph of 10 actors and 40 positions is not readable (above)"

check "in Chromium at 1280 px: the page does not scroll sideways, node labels at least 10 px high"
CHROMIUM_PROFILE="$T/chrome" "$PYTHON" "$CHECK" chromium measure "$T/report.html" 1280 >"$T/measure.json" ||
  fail "chromium could not measure the page"
"$PYTHON" "$CHECK" readable "$T/measure.json" 10 || fail "the graph is not readable in the browser (above)"

pass
