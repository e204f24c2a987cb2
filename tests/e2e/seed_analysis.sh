#!/usr/bin/env bash
# Issue 5's bar on the two real articles in ../shared/seeds (kept outside the
# repository): `parley analyze` with the shipped rules reports, with evidence,
# the conflicts between Ukraine and Russia (ceasefire with Russia's two
# conditions, NATO, territory), their agreement on the prisoner exchange, the
# NATO states against Russia on Ukraine's membership, and the US 50-day
# demand and sanctions threat against Russia. Asserted on the JSON output.
# Skipped when the seeds are absent.
. "$(dirname "$0")/common.sh"

SEEDS=$SRC/../shared/seeds
[ -f "$SEEDS/istanbul-talks-2025-06-02.de.txt" ] && [ -f "$SEEDS/zelensky-initiative-2025-07.de.txt" ] ||
  { echo "seeds not present, skipped"; exit 0; }
command -v python3 >/dev/null || fail "python3 is needed (scripts/setup.sh installs it)"

check "analyze --format json over the seeds"
expect_exit 0 "$PARLEY" analyze --format json "$SEEDS"
cp "$T/out" "$T/seeds.json"

check "the findings, each with evidence (document, line, quoted sentence)"
python3 - "$T/seeds.json" <<'PY' || fail "a finding of the bar is missing (see above)"
import json, sys
d = json.load(open(sys.argv[1]))
claims, holdings = d["claims"], d["holdings"]
problems = []

def need(ok, what):
    if not ok:
        problems.append(what)

def evidence(indices, what):
    need(len(indices) > 0, what + ": no claims cited")
    for i in indices:
        c = claims[i]
        need(c["doc"] and c["line"] > 0 and len(c["text"]) > 20, what + ": evidence without doc/line/text")

def pair(a, b):
    for p in d["pairs"]:
        if {p["first"], p["second"]} == {a, b}:
            return p
    return None

def relation(a, b, topic):
    p = pair(a, b)
    if not p:
        return None, None
    for t in p["topics"]:
        if t["topic"] == topic:
            return t, p
    return None, p

def side(t, p, actor):
    return t["first"] if p["first"] == actor else t["second"]

def holding(i):
    return holdings[i]

# Ukraine and Russia: conflict on the ceasefire, NATO and territory; agree on prisoners.
for topic, rel in [("ceasefire", "conflict"), ("nato", "conflict"), ("territory", "conflict"), ("prisoners", "agree")]:
    t, p = relation("UKR", "RUS", topic)
    need(t is not None and t["relation"] == rel, f"UKR-RUS {topic}: expected {rel}, got {t and t['relation']}")
    if t:
        for actor in ("UKR", "RUS"):
            for h in side(t, p, actor):
                evidence(holding(h)["claims"], f"UKR-RUS {topic} ({actor})")
t, p = relation("UKR", "RUS", "ceasefire")
if t:
    ukr = [holding(h) for h in side(t, p, "UKR")]
    rus = [holding(h) for h in side(t, p, "RUS")]
    need(any(h["position"] == "ceasefire.unconditional" and h["attributes"].get("days") == 30 for h in ukr),
         "UKR holds an unconditional 30-day ceasefire")
    need(any(h["position"] == "ceasefire.conditional" for h in rus), "RUS holds a conditional ceasefire")
conds = {c["condition"] for c in d["conditions"] if c["actor"] == "RUS" and c["position"] == "ceasefire.conditional"}
need(conds == {"arms.halt", "mobilisation.halt"}, f"Russia's two conditions on the ceasefire, got {sorted(conds)}")
for c in d["conditions"]:
    evidence(c["claims"], "condition " + c["condition"])
need(any(g["position"] == "prisoners.exchange" and set(g["actors"]) >= {"UKR", "RUS"} for g in d["common_ground"]),
     "common ground: the prisoner exchange, held by UKR and RUS")

# The NATO states against Russia on Ukraine's membership, as a group and as members.
for actor in ("NATO_EAST", "POL", "ROU", "LTU"):
    t, p = relation(actor, "RUS", "nato")
    need(t is not None and t["relation"] == "conflict", f"{actor}-RUS nato: expected conflict")
    if t:
        for h in side(t, p, actor):
            evidence(holding(h)["claims"], f"{actor}-RUS nato")

# The US: a 50-day ceasefire demand on Russia (conflict with Russia's conditional
# ceasefire; differ with Ukraine's 30 days), and a sanctions threat at Russia.
t, p = relation("USA", "RUS", "ceasefire")
need(t is not None and t["relation"] == "conflict", "USA-RUS ceasefire: expected conflict")
t, p = relation("USA", "UKR", "ceasefire")
need(t is not None and t["relation"] == "differ", "USA-UKR ceasefire: expected differ (50-day deadline against 30 days)")
usa = [h for h in holdings if h["actor"] == "USA"]
dead = [h for h in usa if h["position"] == "ceasefire.unconditional" and h["attributes"].get("within_days") == 50]
need(dead, "USA demands a ceasefire within 50 days")
threat = [h for h in usa if h["position"] == "sanctions.new" and h["stance"] == "threaten"]
need(threat, "USA threatens new sanctions")
for h in dead + threat:
    evidence(h["claims"], "USA " + h["position"])
    need(all(claims[i]["target"] == "RUS" for i in h["claims"]), "USA " + h["position"] + ": aimed at Russia")

for p in problems:
    print("   missing:", p)
sys.exit(1 if problems else 0)
PY

check "the markdown report names the headline conflicts"
expect_exit 0 "$PARLEY" analyze "$SEEDS"
expect_stdout_contains "Ceasefire"
expect_stdout_contains "Ukraine"
expect_stdout_contains "Russia"

pass
