#!/usr/bin/env bash
# Resource limits (include/parley/limits.h): each limit, tripped at its
# default or with a lowered flag, gives its message (file, line, column, the
# limit and the flag that raises it) and exit status; raising the flag lets
# the input through; the other documents of the run are still read; hostile
# YAML (billion laughs, 100,000 nested brackets) is refused at once.
. "$(dirname "$0")/common.sh"

cd "$T"
mkdir rules corpus

# A rule set of our own: two actors, one position, a German and an English rule.
cat >rules/set.yaml <<'EOF'
parley: 1
actors:
  - {id: KYIV, name: Kyiv, aliases: {de: ["Kiew*"], en: [Kyiv]}}
  - {id: MOSCOW, name: Moscow, aliases: {de: ["Moskau*"], en: [Moscow]}}
topics:
  - {id: truce, name: Truce, positions: [{id: truce.now, name: Truce now}]}
lexicon:
  ASK: {de: ["verlang*", "forder*"], en: ["demand*", "call* for"]}
rules:
  - {id: de.truce, lang: de, stance: demand, position: truce.now, pattern: "{actor} ...4 @ASK ...8 Feuerpause"}
  - {id: en.truce, lang: en, stance: demand, position: truce.now, pattern: "{actor} ...4 @ASK ...8 truce"}
EOF

# 58 bytes, 181 bytes, and three JSON lines of 70, 159 and 61 bytes.
printf 'Die Regierung in Kiew verlangt am Montag eine Feuerpause.\n' >corpus/a.txt
printf '%s\n' 'Moskau fordert nach dem Treffen in der Hauptstadt eine Feuerpause, die nach Ansicht der Beobachter vor allem der eigenen Armee nützen soll, wie es in Kreisen der Delegation hieß.' >corpus/b.txt
{
  printf '%s\n' '{"id": "j1", "lang": "en", "text": "Kyiv demands an immediate truce."}'
  printf '%s\n' '{"id": "j2", "lang": "en", "text": "Moscow calls for a truce along the whole front line, its envoy told reporters after a long night of talks in the capital."}'
  printf '%s\n' '{"id": "j3", "lang": "en", "text": "Moscow demands a truce."}'
} >corpus/c.jsonl

# claims_of DOC : how many claims of document DOC are on stdout.
claims_of() {
  { grep -c "^{\"doc\":\"$1\"" "$T/out" || true; }
}

# elapsed_ms CMD... : runs CMD (as `run` does) and sets MS to its wall time.
elapsed_ms() {
  local start end
  start=$(date +%s%N)
  run "$@"
  end=$(date +%s%N)
  MS=$(((end - start) / 1000000))
}

# --- document size --------------------------------------------------------------
check "documents over --max-document-bytes are skipped with a warning; the others are extracted, exit 0"
expect_exit 0 "$PARLEY" extract --rules rules --max-document-bytes 150 corpus
expect_stderr_matches '^corpus/b\.txt: warning: document is 181 bytes, over the limit of 150 \(--max-document-bytes raises it\); document skipped$'
expect_stderr_matches '^corpus/c\.jsonl:2:1: warning: document is 159 bytes, over the limit of 150 \(--max-document-bytes raises it\); document skipped$'
expect_stderr_not_matches ': error: '
[ "$(claims_of a)" -eq 1 ] && [ "$(claims_of j1)" -eq 1 ] && [ "$(claims_of j3)" -eq 1 ] ||
  fail "the documents within the limit should each give their claim"
[ "$(claims_of b)" -eq 0 ] && [ "$(claims_of j2)" -eq 0 ] || fail "skipped documents gave claims"

check "with --strict they are errors: exit 2, and the other documents are still read"
expect_exit 2 "$PARLEY" extract --rules rules --strict --max-document-bytes 150 corpus
expect_stderr_matches '^corpus/b\.txt: error: document is 181 bytes, over the limit of 150 \(--max-document-bytes raises it\)'
expect_stderr_matches '^corpus/c\.jsonl:2:1: error: document is 159 bytes'
[ "$(claims_of a)" -eq 1 ] && [ "$(claims_of j3)" -eq 1 ] || fail "the run should go on past a bad document"

check "raising --max-document-bytes (with a K suffix) lets them through"
expect_exit 0 "$PARLEY" extract --rules rules --max-document-bytes 1K corpus
expect_stderr_empty
[ "$(claims_of b)" -eq 1 ] && [ "$(claims_of j2)" -eq 1 ] || fail "raised limit: b and j2 should give claims"

check "the default limit (64M) is checked before a file is read: a sparse 65M file is refused at once"
truncate -s 65M corpus/huge.txt
elapsed_ms "$PARLEY" explain --format json corpus/huge.txt corpus/a.txt
[ "$RC" -eq 0 ] || fail "expected exit 0, got $RC"
expect_stderr_matches '^corpus/huge\.txt: warning: document is 68157440 bytes, over the limit of 67108864 \(--max-document-bytes raises it\); document skipped$'
expect_stdout_lines 1
[ "$MS" -lt 5000 ] || fail "refusing a 65M file took ${MS} ms"
rm corpus/huge.txt

check "a .jsonl line over the default limit is skipped as it streams by; the lines after it are read"
{
  printf '%s\n' '{"id": "vorher", "text": "Kiew verlangt eine Feuerpause."}'
  head -c 67108865 /dev/zero | tr '\0' 'x'
  printf '\n%s\n' '{"id": "nachher", "text": "Moskau verlangt eine Feuerpause."}'
} >big.jsonl
expect_exit 0 "$PARLEY" extract --rules rules big.jsonl
expect_stderr_matches '^big\.jsonl:2:1: warning: document is 67108865 bytes, over the limit of 67108864 \(--max-document-bytes raises it\); document skipped$'
[ "$(claims_of vorher)" -eq 1 ] && [ "$(claims_of nachher)" -eq 1 ] || fail "the lines around the long one should be read"
rm big.jsonl

check "standard input as one text over the limit: a warning naming '-', then 'no documents', exit 2"
printf '%0300d\n' 0 >stdin.txt
expect_exit 2 "$PARLEY" explain --max-document-bytes 100 - <stdin.txt
expect_stderr_matches '^-: warning: document is 301 bytes, over the limit of 100 \(--max-document-bytes raises it\); document skipped$'
expect_stderr_contains "error: no documents"

# --- sentence length --------------------------------------------------------------
# Line 3 holds one sentence of 4 + 3*25 = 79 tokens.
{
  printf 'Kiew verlangt eine Feuerpause.\n\n'
  printf 'Moskau verlangt eine Feuerpause'
  for i in $(seq 25); do printf ' heute und morgen'; done
  printf '.\n'
} >corpus/long.txt
LONG_CHARS=$(($(sed -n 3p corpus/long.txt | wc -c) - 1))

check "a sentence over --max-sentence-tokens is not matched, with a warning at its line and column"
expect_exit 0 "$PARLEY" extract --rules rules --max-sentence-tokens 50 corpus/long.txt corpus/a.txt
expect_stderr_matches '^corpus/long\.txt:3:1: warning: sentence of 79 tokens, over the limit of 50 \(--max-sentence-tokens raises it\); not matched$'
[ "$(claims_of long)" -eq 1 ] && [ "$(claims_of a)" -eq 1 ] || fail "the short sentences should still be matched"

check "raising --max-sentence-tokens matches it"
expect_exit 0 "$PARLEY" extract --rules rules --max-sentence-tokens 79 corpus/long.txt
expect_stderr_empty
[ "$(claims_of long)" -eq 2 ] || fail "with the limit raised both sentences give a claim"

check "a sentence over --max-sentence-chars: the same, counted in characters"
expect_exit 0 "$PARLEY" extract --rules rules --max-sentence-chars 100 corpus/long.txt
expect_stderr_matches "^corpus/long\\.txt:3:1: warning: sentence of $LONG_CHARS characters, over the limit of 100 \\(--max-sentence-chars raises it\\); not matched\$"
[ "$(claims_of long)" -eq 1 ] || fail "only the short sentence should be matched"
expect_exit 0 "$PARLEY" extract --rules rules --max-sentence-chars "$LONG_CHARS" corpus/long.txt
expect_stderr_empty

check "in a .jsonl document the warning names the file's line and the sentence's place in the text"
expect_exit 0 "$PARLEY" extract --rules rules --max-sentence-tokens 12 corpus/c.jsonl
expect_stderr_matches "^corpus/c\\.jsonl:2: warning: the sentence at line 1, column 1 of document 'j2' has 2[0-9] tokens, over the limit of 12 \\(--max-sentence-tokens raises it\\); not matched\$"
[ "$(claims_of j1)" -eq 1 ] && [ "$(claims_of j2)" -eq 0 ] || fail "j2 should not be matched, j1 should"

check "analyze and explain warn too; explain shows why the sentence has no tokens"
expect_exit 0 "$PARLEY" analyze --rules rules --max-sentence-tokens 50 corpus/long.txt
expect_stderr_matches '^corpus/long\.txt:3:1: warning: sentence of 79 tokens'
expect_exit 0 "$PARLEY" explain --rules rules --max-sentence-tokens 50 corpus/long.txt
expect_stderr_matches '^corpus/long\.txt:3:1: warning: sentence of 79 tokens'
expect_stdout_contains "not matched: 79 tokens, over the limit of 50 (--max-sentence-tokens raises it)"

check "many overlong sentences: five warnings, then one that counts the rest"
for i in $(seq 8); do printf 'Kiew verlangt heute und morgen und übermorgen eine Feuerpause.\n\n'; done >corpus/many.txt
expect_exit 0 "$PARLEY" extract --rules rules --max-sentence-tokens 5 corpus/many.txt
n=$(grep -c 'warning: sentence of 9 tokens' "$T/err" || true)
[ "$n" -eq 5 ] || fail "expected 5 sentence warnings, got $n"
expect_stderr_matches "^corpus/many\\.txt: warning: 3 more sentences of document 'many' over the sentence limits; not matched\$"
rm corpus/long.txt corpus/many.txt

# --- rule sets --------------------------------------------------------------------
check "a pattern with more elements than --max-pattern-elements: error at its first character"
expect_exit 2 "$PARLEY" rules check --max-pattern-elements 4 rules
expect_stderr_matches "^rules/set\\.yaml:10:77: error: in the pattern of rule 'de\\.truce': more elements \\(words, gaps, @lists, captures, brackets\\) than the limit of 4 \\(--max-pattern-elements raises it\\)\$"
expect_stderr_matches "^rules/set\\.yaml:11:77: error: in the pattern of rule 'en\\.truce': more elements"
expect_stderr_contains "2 errors in the rule set"
expect_exit 0 "$PARLEY" rules check --max-pattern-elements 5 rules

check "every command that loads rules takes the rule limits and stops with exit 2"
printf 'Kiew verlangt eine Feuerpause.\n' >doc.txt
for cmd in extract analyze explain; do
  expect_exit 2 "$PARLEY" $cmd --rules rules --max-pattern-elements 4 doc.txt
  expect_stderr_matches "^rules/set\\.yaml:10:77: error: in the pattern of rule 'de\\.truce'"
  expect_stdout_empty
done
expect_exit 2 "$PARLEY" rules test --max-pattern-elements 4 rules
expect_stderr_matches "^rules/set\\.yaml:10:77: error: in the pattern of rule 'de\\.truce'"
expect_exit 0 "$PARLEY" extract --rules rules doc.txt
cp "$T/out" claims.jsonl
expect_exit 2 "$PARLEY" compare --rules rules --max-pattern-elements 4 claims.jsonl
expect_stderr_matches "^rules/set\\.yaml:10:77: error: in the pattern of rule 'de\\.truce'"
expect_stdout_empty
expect_exit 0 "$PARLEY" compare --rules rules --max-pattern-elements 5 claims.jsonl

check "more rules than --max-rules: one error at the first rule too many"
expect_exit 2 "$PARLEY" rules check --max-rules 1 rules
expect_stderr_matches '^rules/set\.yaml:11:5: error: one rule more than the limit of 1 \(--max-rules raises it\); this rule and the ones after it are not read$'
expect_exit 0 "$PARLEY" rules check --max-rules 2 rules

check "YAML nested deeper than --max-yaml-depth (default 64): error where it goes too deep"
mkdir deep
{ printf 'parley: 1\nrules:\n'; for i in $(seq 70); do printf -- '- '; done; printf 'x\n'; } >deep/deep.yaml
expect_exit 2 "$PARLEY" rules check deep
expect_stderr_matches '^deep/deep\.yaml:3:127: error: lists and mappings nested deeper than the limit of 64 \(--max-yaml-depth raises it\)$'
expect_exit 2 "$PARLEY" rules check --max-yaml-depth 80 deep
expect_stderr_not_matches 'nested deeper'
expect_stderr_matches '^deep/deep\.yaml:3:3: error: each item of .rules. must be a mapping'

check "100,000 nested brackets are refused at once, without a crash"
{ printf 'parley: 1\nrules: '; head -c 100000 /dev/zero | tr '\0' '['; printf '\n'; } >deep/brackets.yaml
elapsed_ms "$PARLEY" rules check --max-yaml-depth 400 deep/brackets.yaml
[ "$RC" -eq 2 ] || fail "expected exit 2, got $RC"
expect_stderr_matches '^deep/brackets\.yaml:2:[0-9]+: error: lists and mappings nested deeper than the limit of 400 \(--max-yaml-depth raises it\)$'
[ "$MS" -lt 5000 ] || fail "refusing 100,000 brackets took ${MS} ms"

check "a billion laughs: refused at the alias that goes over --max-yaml-alias-nodes, at once"
{
  printf 'parley: 1\nlexicon:\n  L0: {de: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n'
  for i in $(seq 1 9); do
    p=$((i - 1))
    printf '  L%d: {de: &l%d [*l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d]}\n' \
      "$i" "$i" $p $p $p $p $p $p $p $p $p $p
  done
} >laughs.yaml
elapsed_ms "$PARLEY" rules check laughs.yaml
[ "$RC" -eq 2 ] || fail "expected exit 2, got $RC"
# l0..l3 stand for 11, 111, 1111 and 11111 nodes; the aliases of L1..L3 bring
# 12330, and the eighth *l3 in L4 brings the total over 100,000.
expect_stderr_matches "^laughs\\.yaml:7:52: error: alias '\\*l3' brings the nodes that YAML aliases expand to over the limit of 100000 \\(--max-yaml-alias-nodes raises it\\)\$"
[ "$MS" -lt 5000 ] || fail "refusing a billion laughs took ${MS} ms"
elapsed_ms "$PARLEY" rules check --max-yaml-alias-nodes 4294967295 laughs.yaml
[ "$RC" -eq 2 ] || fail "expected exit 2, got $RC"
expect_stderr_matches "^laughs\\.yaml:[0-9]+:[0-9]+: error: alias '\\*l[0-9]' brings the nodes that YAML aliases expand to over the limit of 4294967295"
[ "$MS" -lt 5000 ] || fail "refusing a billion laughs with the highest limit took ${MS} ms"

check "a few aliases within the limit are read; lowering --max-yaml-alias-nodes refuses them"
cat >alias.yaml <<'EOF'
parley: 1
lexicon:
  SHARED: {de: &ask ["bitte*", "fleh*"], en: &ask_en [please]}
  BEG: {de: *ask, en: *ask_en}
  PLEAD: {de: *ask, en: *ask_en}
EOF
expect_exit 0 "$PARLEY" rules check alias.yaml
# Each *ask brings 3 nodes (the list and its entries), each *ask_en 2: 10 in all.
expect_exit 2 "$PARLEY" rules check --max-yaml-alias-nodes 9 alias.yaml
expect_stderr_matches "^alias\\.yaml:5:25: error: alias '\\*ask_en' brings the nodes that YAML aliases expand to over the limit of 9 \\(--max-yaml-alias-nodes raises it\\)\$"
expect_exit 0 "$PARLEY" rules check --max-yaml-alias-nodes 10 alias.yaml

check "an alias inside the node it names is a cycle: an error, not an endless walk"
printf 'parley: 1\nlexicon:\n  A: &loop {de: [x, *loop]}\n' >cycle.yaml
expect_exit 2 "$PARLEY" rules check cycle.yaml
expect_stderr_matches "^cycle\\.yaml:3:21: error: alias '\\*loop' refers to a node that contains it: it would expand forever\$"

# --- flags ------------------------------------------------------------------------
check "a limit flag that is not a whole number from 1 up is a usage error (exit 2)"
for bad in "--max-rules 0" "--max-rules=-3" "--max-pattern-elements abc" "--max-yaml-depth 1.5" \
  "--max-yaml-depth 401" "--max-yaml-alias-nodes 99999999999"; do
  # shellcheck disable=SC2086
  expect_exit 2 "$PARLEY" rules check $bad rules
  expect_stderr_matches "^parley rules check: error: --max-[a-z-]+ '[^']*': give a whole number from 1 to [0-9]+\$"
done
for bad in "--max-document-bytes 0" "--max-document-bytes 2G" "--max-document-bytes 12X" \
  "--max-sentence-chars 0" "--max-sentence-tokens -1"; do
  # shellcheck disable=SC2086
  expect_exit 2 "$PARLEY" extract --rules rules $bad doc.txt
  expect_stderr_matches '^parley extract: error: '
  expect_stdout_empty
done

check "--help of every command lists the limits that apply to it"
for cmd in extract analyze explain; do
  expect_exit 0 "$PARLEY" $cmd --help
  for flag in --max-document-bytes --max-sentence-chars --max-sentence-tokens \
    --max-pattern-elements --max-rules --max-yaml-depth --max-yaml-alias-nodes; do
    expect_stdout_contains "$flag"
  done
done
for cmd in compare "rules check" "rules test"; do
  # shellcheck disable=SC2086
  expect_exit 0 "$PARLEY" $cmd --help
  for flag in --max-pattern-elements --max-rules --max-yaml-depth --max-yaml-alias-nodes; do
    expect_stdout_contains "$flag"
  done
  expect_stdout_not_matches 'max-document-bytes'
done

pass
