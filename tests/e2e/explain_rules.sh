#!/usr/bin/env bash
# parley explain --rules: per sentence the claims with rule and captures,
# the matches that yielded no claim and why, and near misses with the
# pattern element and the token where matching stopped.
. "$(dirname "$0")/common.sh"

RULES="$SRC/tests/data/rules/e2e"

check "text: a claim with its rule and captures"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --text "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe."
expect_stdout_contains "    claim: UKR demand ceasefire.unconditional  days=30  monitored=international  (rule de.ceasefire.unconditional.demand)"
expect_stdout_contains '           "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe"'

check "text: a near miss names the element and the token where matching stopped"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --text "Russland fordert eine bedingungslose Lösung."
expect_stdout_contains "    near miss: rule de.ceasefire.unconditional.demand stopped at (waffenruhe | feuerpause) (column 62) at token 5 'Lösung'"
expect_stdout_not_matches 'claim:'

check "text: a match that negation cancels says so"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --text "Die Ukraine fordert keine bedingungslose Waffenruhe."
expect_stdout_contains '    match without claim: rule de.ceasefire.unconditional.demand "Die Ukraine fordert keine bedingungslose Waffenruhe"'
expect_stdout_contains "           no claim: negated by 'keine'"

check "text: actor: context without a previous claim"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --text "So soll die Ukraine auf Waffenlieferungen verzichten."
expect_stdout_contains "no claim: no claim in the previous two sentences of the paragraph to take the actor from"

check "text: unless"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --lang en --text "Kyiv calls for sanctions to be lifted."
expect_stdout_contains "no claim: an 'unless' pattern matches the sentence"

check "text: the sentence ended before the pattern did"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --lang en --text "Washington demands a ceasefire within"
expect_stdout_contains "near miss: rule en.ceasefire.deadline.demand stopped at {days:duration} (column"
expect_stdout_contains "at the end of the sentence"

check "json: claims, matches and near misses per sentence"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --format json "$SRC/tests/data/docs/de-istanbul.md"
expect_stdout_lines 1
expect_stdout_matches '"index":4,.*"claims":\[\{"line":9,"start":227,"end":287,"actor":"POL","stance":"support","position":"nato.join"'
expect_stdout_matches '"index":5,.*"matches":\[\{"rule":"de.arms.stop.condition","first_token":1,"end_token":7,"captures":\{\},"yielded":false,"outcome":"no claim: no claim in the previous two sentences'
expect_stdout_matches '"index":1,.*"captures":\{"actor":"UKR","days":"30"\},"yielded":true,"outcome":"claim"'

check "json: a near miss with its token"
expect_exit 0 "$PARLEY" explain --rules "$RULES" --format json --text "Russland fordert eine bedingungslose Lösung."
expect_stdout_contains '"near_misses":[{"rule":"de.ceasefire.unconditional.demand","element":"(waffenruhe | feuerpause)","column":62,"token":4,"token_text":"Lösung"}]'

check "a broken rule set: exit 2, nothing explained"
expect_exit 2 "$PARLEY" explain --rules "$SRC/tests/data/rules/broken.yaml" --text "Die Ukraine fordert."
expect_stdout_empty
expect_stderr_contains "broken.yaml:8:5: error"

pass
