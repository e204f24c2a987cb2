#!/usr/bin/env bash
# parley rules check: a valid rule set gives a one-line summary; a broken one
# gives every fault at once, each with its file, line and column.
. "$(dirname "$0")/common.sh"

check "a valid rule set: exit 0 and a summary"
expect_exit 0 "$PARLEY" rules check "$SRC/tests/data/rules/minimal.yaml"
expect_stdout_contains "ok: 1 files, 3 actors (1 groups), 2 topics, 4 positions, 2 lexicon lists, 2 rules (1 de, 1 en), 3 tests"

check "the broken rule file: exit 2, every fault with its location"
cd "$SRC/tests/data/rules"
expect_exit 2 "$PARLEY" rules check broken.yaml
expect_stdout_empty
for expected in \
  "broken.yaml:8:5: error: unknown key 'alias' in an actor (did you mean 'aliases'?)" \
  "broken.yaml:10:5: error: duplicate actor id 'UKR' (first defined at broken.yaml:6)" \
  "broken.yaml:14:19: error: in the alias of actor 'RUS': aliases cannot hold gaps" \
  "broken.yaml:15:5: error: group 'BLOC' has unknown member 'POL'" \
  "broken.yaml:20:16: error: 'exclusive' is true or false" \
  "broken.yaml:25:9: error: conflict names unknown position 'ceasefire.never'" \
  "broken.yaml:34:13: error: unknown stance 'demnad' (did you mean 'demand'?)" \
  "broken.yaml:38:11: error: unknown language 'fr'" \
  "broken.yaml:42:5: error: rule 'r03' needs 'position'" \
  "broken.yaml:46:5: error: rule 'r04' names unknown position 'ceasefire.nwo' (did you mean 'ceasefire.now'?)" \
  "broken.yaml:55:31: error: in the pattern of rule 'r05': unbalanced '(': no ')' closes it" \
  "broken.yaml:60:23: error: in the pattern of rule 'r06': gap '...45' is too wide" \
  "broken.yaml:65:44: error: in the pattern of rule 'r07': empty alternative" \
  "broken.yaml:71:15: error: in the pattern of rule 'r08': the pattern can match an empty sentence" \
  "broken.yaml:76:23: error: in the pattern of rule 'r09': unknown lexicon list '@DEMANDS' (did you mean 'DEMAND'?)" \
  "broken.yaml:77:5: error: duplicate rule id 'r01' (first defined at broken.yaml:32)" \
  "broken.yaml:82:5: error: rule 'r11' needs 'pattern'" \
  "broken.yaml:86:5: error: unknown key 'paterns' in a rule (did you mean 'pattern'?)" \
  "broken.yaml:87:5: error: rule 'r12': condition_of names unknown position 'ceasefire.soon'" \
  "broken.yaml:91:15: error: unknown negation 'flipp' (did you mean 'flip'?)" \
  "broken.yaml:96:11: error: rule 'r12': a test expects 'dayz', which the rule neither captures nor sets (did you mean 'days'?)" \
  "broken.yaml:98:5: error: rule 'r13' cannot name an actor" \
  "22 errors in the rule set"; do
  expect_stderr_contains "$expected"
done

check "a pattern error shows the pattern with a caret under the fault"
grep -A2 "broken.yaml:55:31" "$T/err" | sed -n 3p | grep -qx '                    ^' \
  || fail "no caret under column 17 of the r05 pattern"

check "YAML syntax errors name their line; missing paths and empty folders are errors"
printf 'parley: 1\nactors:\n  - id: A\n   name: x\n' >"$T/syntax.yaml"
expect_exit 2 "$PARLEY" rules check "$T/syntax.yaml"
expect_stderr_contains "syntax.yaml:4:4: error: not valid YAML: end of sequence not found"
expect_exit 2 "$PARLEY" rules check "$T/none.yaml"
expect_stderr_contains "none.yaml: error: no such file or directory"
mkdir "$T/empty"
expect_exit 2 "$PARLEY" rules check "$T/empty"
expect_stderr_contains "no rule files found"

check "usage errors"
expect_exit 2 "$PARLEY" rules check
expect_exit 2 "$PARLEY" rules frobnicate
expect_exit 0 "$PARLEY" rules check --help

pass
