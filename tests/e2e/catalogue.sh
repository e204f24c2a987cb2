#!/usr/bin/env bash
# The catalogue of bad input (SPEC §8): well over 40 distinct broken inputs —
# rule files, patterns, documents, claims files and command lines — each fed
# to the real binary. For every one it checks the exit status exactly, the
# diagnostic (with a regex that pins FILE:LINE:COLUMN wherever the fault has
# a place), that every line on standard error is a diagnostic or belongs to
# one, and that nothing partial is left: nothing on standard output, nothing
# in the folder --out points into (neither the file nor a temporary one).
# tests/data/catalogue/README.md lists every case; broken_inputs.sh and
# rules_check.sh hold the older ones, not repeated here.
. "$(dirname "$0")/common.sh"

DATA=$SRC/tests/data/catalogue
MINIMAL=$SRC/tests/data/rules/minimal.yaml
DOCS=$SRC/tests/data/docs
O=$T/o  # where --out points; must stay empty after every case
[ -d "$DATA" ] || fail "missing $DATA"

CASES=0
declare -A SEEN
STDOUT_OK=    # set for a case whose standard output is checked by itself
FREE_FORM=    # set for a case that prints the usage text on standard error

# expect_case ID EXIT ERE CMD... : one broken input. Runs CMD in the current
# folder and checks exit status, diagnostic (ERE; "-" for none), the form of
# standard error, standard output and the --out folder.
expect_case() {
  local id=$1 want=$2 ere=$3 bad
  shift 3
  [ -z "${SEEN[$id]:-}" ] || fail "case '$id' is in the catalogue twice"
  SEEN[$id]=1
  CASES=$((CASES + 1))
  rm -rf "$O"
  mkdir "$O"
  check "$id"
  expect_exit "$want" "$@"
  [ "$ere" = - ] || expect_stderr_matches "$ere"
  [ -n "$STDOUT_OK" ] || expect_stdout_empty
  [ -z "$(ls -A "$O")" ] || fail "$id: something was left where --out points: $(ls -A "$O")"
  if [ -z "$FREE_FORM" ]; then
    bad=$(grep -vE -e '^[^ ]+(:[0-9]+(:[0-9]+)?)?: (error|warning): .' -e '^    ' \
      -e '^parley( [a-z]+)*: (error|warning): .' \
      -e "^\\(see 'parley [a-z ]+ --help'\\)\$" -e '^[0-9]+ errors? in the rule set$' \
      -e '^parley [a-z ]+: (nothing written|the rule set has errors)' "$T/err" || true)
    [ -z "$bad" ] || fail "$id: a line on standard error that is no diagnostic: $(head -n 1 <<<"$bad")"
  fi
  STDOUT_OK=
  FREE_FORM=
}

# rule_case FILE ERE : `parley rules check FILE` exits 2 with ERE; FILE is
# relative to tests/data/catalogue/rules.
rule_case() { expect_case "rules: $1" 2 "$2" "$PARLEY" rules check "$1"; }

# expect_excerpt LINE_TEXT COLUMN : the diagnostic shows LINE_TEXT (a line of
# the rule file) with the caret under COLUMN.
expect_excerpt() {
  grep -qxF -- "    $1" "$T/err" || fail "the excerpt is not the file's line: $1"
  grep -A1 -xF -- "    $1" "$T/err" | tail -n 1 | grep -qx "    $(printf '%*s' $(($2 - 1)) '')^" ||
    fail "the caret is not under column $2"
}

# === rule files ====================================================================
cd "$DATA/rules"
rule_case empty.yaml '^empty\.yaml:1:1: error: empty rule file: it needs at least .parley: 1.'
rule_case only-comments.yaml '^only-comments\.yaml:1:1: error: empty rule file'
rule_case top-level-list.yaml '^top-level-list\.yaml:1:1: error: a rule file is a mapping of parley, actors'
rule_case no-version.yaml "^no-version\\.yaml:1:1: error: missing 'parley: 1' \\(the schema version\\)"
rule_case version-2.yaml "^version-2\\.yaml:1:9: error: unsupported schema version: this parley reads 'parley: 1'"
rule_case tab-before-dash.yaml '^tab-before-dash\.yaml:3:2: error: not valid YAML: .*line 3 is indented with a tab: YAML indents with spaces only'
rule_case tab-before-key.yaml '^tab-before-key\.yaml:4:1: error: not valid YAML: illegal tab .*line 4 is indented with a tab'
rule_case unclosed-quote.yaml '^unclosed-quote\.yaml:4:11: error: the quote " opened here is never closed, .*add the closing quote'
rule_case latin1.yaml '^latin1\.yaml:6:24: error: invalid UTF-8 at byte offset 84 \(byte 0xE4\): save the rule file as UTF-8'
rule_case nul-byte.yaml '^nul-byte\.yaml:3:11: error: a NUL byte at byte offset 28: a rule file is YAML text'
rule_case unknown-top-key.yaml "^unknown-top-key\\.yaml:2:1: error: unknown key 'actor' in a rule file \\(did you mean 'actors'\\?\\)"
rule_case actors-not-list.yaml "^actors-not-list\\.yaml:2:9: error: 'actors' must be a list \\('- ' items\\)"
rule_case actor-not-mapping.yaml "^actor-not-mapping\\.yaml:3:5: error: each item of 'actors' must be a mapping of keys"
rule_case duplicate-key.yaml "^duplicate-key\\.yaml:5:5: error: key 'id' is given twice in an actor \\(first at line 3\\): give each key once"
rule_case duplicate-across-files "^duplicate-across-files/b\\.yaml:5:5: error: duplicate actor id 'UKR' \\(first defined at duplicate-across-files/a\\.yaml:3\\)"
rule_case group-cycle.yaml "^group-cycle\\.yaml:5:5: error: groups contain each other in a cycle through 'EU'"
rule_case group-self.yaml "^group-self\\.yaml:3:5: error: group 'BLOC' lists itself as a member"
rule_case positions-not-list.yaml "^positions-not-list\\.yaml:4:16: error: 'positions' must be a list"
rule_case conflict-not-pair.yaml '^conflict-not-pair\.yaml:8:9: error: each conflict is a pair of position ids'
rule_case conflicts-not-list.yaml "^conflicts-not-list\\.yaml:6:16: error: 'conflicts' is a list of pairs"
rule_case lexicon-not-mapping.yaml "^lexicon-not-mapping\\.yaml:3:3: error: 'lexicon' maps list names to lists per language"
rule_case lexicon-cycle.yaml "^lexicon-cycle\\.yaml:3:3: error: lexicon list 'ASK' refers back to itself"
expect_stderr_matches "^lexicon-cycle\\.yaml:5:3: error: lexicon list 'PLEAD' refers back to itself"
rule_case lexicon-language.yaml "^lexicon-language\\.yaml:4:5: error: unknown language 'fr' in lexicon list 'DEMAND'.*use 'de' or 'en'"
rule_case lexicon-capture.yaml "^lexicon-capture\\.yaml:4:19: error: in the entry of lexicon list 'DEMAND': lexicon entries cannot hold captures"
rule_case lexicon-missing-language.yaml "^lexicon-missing-language\\.yaml:22:23: error: in the pattern of rule 'r1': lexicon list '@DEMAND' has no entries for 'en'"
rule_case alias-capture.yaml "^alias-capture\\.yaml:5:22: error: in the alias of actor 'UKR': aliases cannot hold captures"
rule_case fixed-actor-unknown.yaml "^fixed-actor-unknown\\.yaml:19:5: error: rule 'r1': actor is 'context' or an actor id, not 'RUS'"
rule_case attributes-list.yaml "^attributes-list\\.yaml:24:17: error: 'attributes' maps names to values"
rule_case pattern-list.yaml "^pattern-list\\.yaml:23:14: error: 'pattern' must be a single value"
rule_case pattern-empty.yaml "^pattern-empty\\.yaml:23:14: error: 'pattern' is empty"
rule_case tests-list.yaml "^tests-list\\.yaml:24:12: error: 'tests' maps match, no_match and todo to lists of texts"
rule_case tests-match-text.yaml "^tests-match-text\\.yaml:25:14: error: 'match' is a list of test texts"
rule_case tests-unknown-key.yaml "^tests-unknown-key\\.yaml:25:7: error: unknown key 'matches' in tests \\(did you mean 'match'\\?\\)"
rule_case tests-no-match-expect.yaml '^tests-no-match-expect\.yaml:26:11: error: a no_match test has nothing to expect'
rule_case tests-expect-list.yaml "^tests-expect-list\\.yaml:27:19: error: 'expect' maps keys"
STDOUT_OK=1
expect_case "rules test: tests-failing.yaml" 1 - "$PARLEY" rules test tests-failing.yaml
expect_stdout_contains 'FAIL r1 (tests-failing.yaml:26:11) match: "Kiew fordert eine sofortige Waffenruhe."'
[ "$(tail -n 1 "$T/out")" = "0 passed, 1 failed" ] || fail "last line: $(tail -n 1 "$T/out")"

# === patterns ========================================================================
# Where each fault is in the pattern, mapped onto the file: for quoted
# patterns on one line the caret stands under the pattern as written.
rule_case pattern-open-bracket.yaml "^pattern-open-bracket\\.yaml:23:31: error: in the pattern of rule 'r1': unbalanced '\\[': no '\\]' closes it"
rule_case pattern-stray-closer.yaml "^pattern-stray-closer\\.yaml:23:41: error: .*unbalanced '\\)': nothing to close"
rule_case pattern-wrong-closer.yaml "^pattern-wrong-closer\\.yaml:23:55: error: .*'\\]' where '\\)' should close the '\\(' at column 17"
rule_case pattern-bar-outside.yaml "^pattern-bar-outside\\.yaml:23:42: error: .*'\\|' outside brackets: write alternatives as \\(a \\| b\\)"
rule_case pattern-trailing-bar.yaml '^pattern-trailing-bar\.yaml:23:44: error: .*empty alternative'
rule_case pattern-capture-type.yaml "^pattern-capture-type\\.yaml:23:31: error: .*unknown capture type 'dauer': use number, duration or word"
rule_case pattern-capture-untyped.yaml "^pattern-capture-untyped\\.yaml:23:31: error: .*capture 'days' needs a type"
rule_case pattern-capture-empty.yaml '^pattern-capture-empty\.yaml:23:31: error: .*empty capture'
rule_case pattern-capture-unclosed.yaml "^pattern-capture-unclosed\\.yaml:23:31: error: .*unbalanced '\\{': no '\\}' closes it"
rule_case pattern-capture-name.yaml "^pattern-capture-name\\.yaml:23:31: error: .*capture name 'truce\\.days' may hold only"
rule_case pattern-unknown-actor.yaml "^pattern-unknown-actor\\.yaml:23:36: error: .*unknown actor 'RUS'"
rule_case pattern-gap-31.yaml "^pattern-gap-31\\.yaml:23:23: error: .*gap '\\.\\.\\.31' is too wide: a gap spans at most 30 tokens"
rule_case pattern-lone-at.yaml "^pattern-lone-at\\.yaml:23:23: error: .*'@' must be followed by a lexicon name"
rule_case pattern-lone-star.yaml "^pattern-lone-star\\.yaml:23:31: error: .*'\\*' must follow a word directly"
rule_case pattern-unknown-lexicon.yaml "^pattern-unknown-lexicon\\.yaml:24:15: error: in the 'unless' pattern of rule 'r1': unknown lexicon list '@DOUBT'"
rule_case pattern-deep.yaml '^pattern-deep\.yaml:23:63: error: .*brackets nested more than 32 deep'
expect_stderr_not_matches 'unbalanced'
# Patterns that do not stand in the file as they read: block scalars, lines
# folded together, escapes. The error names the file's own line and column
# and shows that line.
rule_case pattern-folded.yaml "^pattern-folded\\.yaml:25:12: error: in the pattern of rule 'r1': unbalanced '\\(': no '\\)' closes it"
expect_excerpt '      ...3 (sofortige | dauerhafte' 12
rule_case pattern-literal.yaml "^pattern-literal\\.yaml:24:28: error: .*unknown lexicon list '@TRUCE'"
expect_excerpt '      {actor} @DEMAND ...3 @TRUCE' 28
rule_case pattern-escapes.yaml "^pattern-escapes\\.yaml:23:46: error: .*unknown capture type 'dauer'"
expect_excerpt '    pattern: "{actor} @DEMAND \"Waffenruhe\" {tage:dauer}"' 46
rule_case pattern-single-quoted.yaml "^pattern-single-quoted\\.yaml:23:40: error: .*unbalanced '\\['"
expect_excerpt "    pattern: '{actor} ''fordert'' ...3 [Waffenruhe'" 40
rule_case pattern-plain-lines.yaml '^pattern-plain-lines\.yaml:25:16: error: .*empty alternative'
expect_excerpt '      (sofort | )' 16

check "a broken rule set stops extract, analyze, compare and explain alike: exit 2, nothing written"
for command in extract analyze compare explain; do
  input=$DOCS
  [ "$command" != compare ] || input=$DATA/claims/blank-lines.jsonl
  out=(--out "$O/result")
  [ "$command" != explain ] || out=()
  expect_case "rules in $command: pattern-folded.yaml" 2 '^pattern-folded\.yaml:25:12: error: ' \
    "$PARLEY" "$command" --rules pattern-folded.yaml "${out[@]}" "$input"
  expect_stderr_contains "parley $command: the rule set has errors"
done

# === documents ===================================================================
cd "$DATA/docs"
doc_case() { local id=$1; shift; expect_case "docs: $id" "$@"; }
R=(--rules "$MINIMAL")
doc_case latin1.txt 2 '^latin1\.txt:1:6: error: invalid UTF-8 at byte offset 5 \(byte 0xE4\)' \
  "$PARLEY" extract "${R[@]}" --strict latin1.txt
doc_case nul-byte.md 2 '^nul-byte\.md:2:1: warning: binary content \(a NUL byte\) at byte offset 52' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" nul-byte.md
expect_stderr_contains "error: no documents to read"
doc_case feb-30.md 2 "^feb-30\\.md:3:7: error: invalid date '2025-02-30': write YYYY-MM-DD, YYYY-MM or YYYY" \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" feb-30.md
doc_case id-list.md 2 "^id-list\\.md:2:1: error: front matter field 'id' must be a single value" \
  "$PARLEY" extract "${R[@]}" --out "$O/c.jsonl" id-list.md
doc_case front-matter-list.md 2 "^front-matter-list\\.md:2:1: error: front matter must be 'key: value' lines" \
  "$PARLEY" explain --format json front-matter-list.md
doc_case lang-ru.md 2 "^lang-ru\\.md:3:7: error: unsupported language 'ru': parley reads 'de' and 'en'" \
  "$PARLEY" analyze "${R[@]}" --format json --out "$O/r.json" lang-ru.md
doc_case crlf-bad-date.txt 2 "^crlf-bad-date\\.txt:4:7: error: invalid date '16\\.05\\.2025'" \
  "$PARLEY" extract "${R[@]}" crlf-bad-date.txt
doc_case empty.md 2 '^empty\.md: warning: empty document, nothing to read; skipped' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" empty.md
doc_case blank-lines.jsonl 2 '^blank-lines\.jsonl: warning: no documents, only blank lines; skipped' \
  "$PARLEY" extract "${R[@]}" --out "$O/c.jsonl" blank-lines.jsonl
expect_stderr_matches '^parley: error: no documents to read$'
doc_case missing-id.jsonl 2 '^missing-id\.jsonl:1:1: error: missing "id": every line needs "id" and "text"' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" missing-id.jsonl
doc_case text-number.jsonl 2 '^text-number\.jsonl:1:11: error: "text" must be a string' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" text-number.jsonl
doc_case bad-date.jsonl 2 "^bad-date\\.jsonl:1:11: error: invalid date '2025-6-1'" \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" bad-date.jsonl
doc_case lang-fr.jsonl 2 "^lang-fr\\.jsonl:1:11: error: unsupported language 'fr'" \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" lang-fr.jsonl
doc_case trailing-comma.jsonl 2 '^trailing-comma\.jsonl:1:72: error: invalid JSON: .*\(a \.jsonl file holds one JSON object per line\)' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" trailing-comma.jsonl
# With good documents next to the bad: analyze writes nothing, extract writes
# the claims of the good ones (standard output) and still exits 2.
STDOUT_OK=1
doc_case not-an-object.jsonl 2 '^not-an-object\.jsonl:2:1: error: expected a JSON object with "id" and "text"' \
  "$PARLEY" extract "${R[@]}" not-an-object.jsonl
expect_stdout_lines 1
STDOUT_OK=1
doc_case truncated.jsonl 2 '^truncated\.jsonl:2:53: error: invalid JSON: ' \
  "$PARLEY" extract "${R[@]}" truncated.jsonl
expect_stdout_lines 1
STDOUT_OK=1
doc_case bad-utf8-line.jsonl 0 '^bad-utf8-line\.jsonl:2:24: warning: invalid UTF-8 at byte offset 95 \(byte 0xE4\); document skipped' \
  "$PARLEY" extract "${R[@]}" bad-utf8-line.jsonl
expect_stdout_lines 1
doc_case "mixed/ (analyze)" 2 '^mixed/b-bad-front-matter\.md:3:7: error: invalid date .2025-05-32.' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" mixed
expect_stderr_matches '^mixed/c-bad-line\.jsonl:2:17: error: invalid JSON: '
expect_stderr_contains 'parley analyze: nothing written: mend the inputs above and run again'
STDOUT_OK=1
doc_case "mixed/ (extract goes on past the bad ones)" 2 '^mixed/c-bad-line\.jsonl:2:17: error: invalid JSON: ' \
  "$PARLEY" extract "${R[@]}" mixed
expect_stderr_matches '^mixed/b-bad-front-matter\.md:3:7: error: '
[ "$(cut -d, -f1 "$T/out" | tr '\n' ' ')" = '{"doc":"a-good" {"doc":"c1" {"doc":"d" ' ] ||
  fail "the claims of the good documents a-good, c1 and d, in order: $(cut -d, -f1 "$T/out" | tr '\n' ' ')"
doc_case "mixed/ (extract --out: nothing written)" 2 '^mixed/c-bad-line\.jsonl:2:17: error: invalid JSON: ' \
  "$PARLEY" extract "${R[@]}" --out "$O/claims.jsonl" mixed
expect_stderr_contains "parley extract: nothing written to $O/claims.jsonl: mend the inputs above and run again"
doc_case "standard input, a JSON line that is no object" 2 '^-:2:1: error: expected a JSON object with "id" and "text"' \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" - <not-an-object.jsonl
mkfifo "$T/fifo"
doc_case "a FIFO" 2 "^$(ere_quote "$T/fifo"): error: not a regular file or directory" \
  "$PARLEY" analyze "${R[@]}" --out "$O/r.md" "$DOCS" "$T/fifo"

# === claims files for compare =======================================================
cd "$DATA/claims"
claims_case() {
  expect_case "claims: $1" 2 "$2" "$PARLEY" compare --rules "$MINIMAL" --out "$O/report.md" "$1"
  expect_stderr_contains 'parley compare: nothing written: mend the claims files above and run again'
}
claims_case not-json.jsonl "^not-json\\.jsonl:2:1: error: invalid JSON: .*each line of a claims file is one JSON object"
claims_case array.jsonl '^array\.jsonl:1:1: error: expected a claim object \{"doc": ...\} on this line'
claims_case missing-doc.jsonl '^missing-doc\.jsonl:1:1: error: missing "doc": every claim needs doc, sentence, line'
claims_case unknown-actor.jsonl "^unknown-actor\\.jsonl:1:90: error: unknown actor 'POL' in \"actor\": the rule set has no such actor"
claims_case unknown-target.jsonl "^unknown-target\\.jsonl:1:180: error: unknown actor 'NATO' in \"target\""
claims_case unknown-position.jsonl "^unknown-position\\.jsonl:1:125: error: unknown position 'ceasefire\\.unconditionall' \\(did you mean 'ceasefire\\.unconditional'\\?\\)"
claims_case wrong-topic.jsonl "^wrong-topic\\.jsonl:1:159: error: position 'ceasefire\\.unconditional' belongs to topic 'ceasefire', not 'nato'"
claims_case line-string.jsonl '^line-string\.jsonl:1:60: error: "line" must be a whole number from 1, not "3"'
claims_case negative-start.jsonl '^negative-start\.jsonl:1:70: error: "start" is -20: it must be a whole number from 0'
claims_case end-before-start.jsonl '^end-before-start\.jsonl:1:79: error: "end" \(10\) is before "start" \(20\)'
claims_case bad-stance.jsonl "^bad-stance\\.jsonl:1:105: error: unknown stance 'demands' \\(did you mean 'demand'\\?\\)"
claims_case bad-date.jsonl "^bad-date\\.jsonl:1:27: error: invalid date '16\\.05\\.2025': write YYYY-MM-DD, YYYY-MM, YYYY or null"
claims_case attributes-array.jsonl '^attributes-array\.jsonl:1:198: error: "attributes" must be an object such as \{"days": 30\}, not array'
claims_case attribute-bool.jsonl "^attribute-bool\\.jsonl:1:198: error: attribute 'monitored' must be a number or a string, not boolean"
claims_case text-null.jsonl '^text-null\.jsonl:1:280: error: "text" must be a string, not null'
claims_case blank-lines.jsonl "^blank-lines\\.jsonl:6:90: error: unknown actor 'UKRAINE'"
expect_stderr_not_matches '^blank-lines\.jsonl:[1-5]:'
claims_case latin1.jsonl '^latin1\.jsonl:2:286: error: invalid UTF-8 at byte offset 630: a claims file is UTF-8 text'
claims_case nul-byte.jsonl '^nul-byte\.jsonl:1:13: error: a NUL byte at byte offset 12'
expect_case "claims: standard input" 2 '^-:1:90: error: unknown actor .POL.' \
  "$PARLEY" compare --rules "$MINIMAL" --out "$O/report.md" - <unknown-actor.jsonl
mkdir "$T/no-claims"
expect_case "claims: a folder without .jsonl files" 2 "no-claims: error: no \\.jsonl files in this folder" \
  "$PARLEY" compare --rules "$MINIMAL" --out "$O/report.md" "$T/no-claims"
awk '{ for (i = 0; i < 150; i++) print }' unknown-actor.jsonl >"$T/many-bad.jsonl"
expect_case "claims: 150 bad lines" 2 '^parley: error: … and [0-9]+ more errors; mend the ones above and run again' \
  "$PARLEY" compare --rules "$MINIMAL" --out "$O/report.md" "$T/many-bad.jsonl"
expect_stderr_matches "many-bad\\.jsonl:1:90: error: unknown actor 'POL'"

# === command lines ================================================================
cd "$T"
A=(analyze --rules "$MINIMAL")
usage_case() {
  local id=$1 command=$2 ere=$3
  shift 3
  expect_case "command line: $id" 2 "^parley $command: error: $ere" "$PARLEY" "$@"
  expect_stderr_contains "(see 'parley $command --help')"
}
FREE_FORM=1
expect_case "command line: no command" 2 '^usage: parley COMMAND' "$PARLEY"
FREE_FORM=1
expect_case "command line: unknown command" 2 "^parley: error: unknown command 'frobnicate'" "$PARLEY" frobnicate "$DOCS"
usage_case "unknown option" analyze "unrecognised option '--frobnicate'" "${A[@]}" --frobnicate "$DOCS"
usage_case "missing argument" analyze "the required argument for option '--format' is missing" "${A[@]}" "$DOCS" --format
usage_case "no INPUT" analyze "name the INPUT files or folders to read" "${A[@]}" --out "$O/r.md"
usage_case "bad --format" analyze "unknown format 'pdf': use one of md, html, json, csv, dot, graphml" "${A[@]}" --format pdf "$DOCS"
usage_case "bad --table" compare "unknown table 'rows': use claims, pairs or matrix" compare --rules "$MINIMAL" --format csv --table rows "$DATA/claims/blank-lines.jsonl"
usage_case "bad --since date" analyze "invalid date '2025-13' for --since: write YYYY-MM-DD, YYYY-MM or YYYY" "${A[@]}" --since 2025-13 --out "$O/r.md" "$DOCS"
usage_case "bad --until date" compare "invalid date 'yesterday' for --until" compare --rules "$MINIMAL" --until yesterday "$DATA/claims/blank-lines.jsonl"
usage_case "--since after --until" analyze "--since 2025-07 is after --until 2025-06" "${A[@]}" --since 2025-07 --until 2025-06 "$DOCS"
usage_case "unknown --actors" analyze "unknown actor 'UKRR' in --actors: did you mean 'UKR'\\?" "${A[@]}" --actors UKR,UKRR "$DOCS"
usage_case "empty --actors" analyze "--actors names no actor" "${A[@]}" --actors , "$DOCS"
usage_case "--jobs 0" analyze "--jobs '0': give a whole number from 1 to 256" "${A[@]}" --jobs 0 --out "$O/r.md" "$DOCS"
usage_case "--jobs 999" extract "--jobs '999': give a whole number from 1 to 256" extract --rules "$MINIMAL" -j 999 "$DOCS"
usage_case "--quiet with --progress" extract "--quiet and --progress contradict each other: give one" extract --rules "$MINIMAL" --quiet --progress "$DOCS"
usage_case "bad --lang" extract "unsupported language 'fr': use 'de' or 'en'" extract --rules "$MINIMAL" --lang fr "$DOCS"
usage_case "explain --format html" explain "unknown format 'html': use 'text' or 'json'" explain --format html "$DOCS"
usage_case "explain --text and INPUT" explain "give either --text or INPUT files, not both" explain --text "Kiew fordert." "$DOCS"
usage_case "compare without files" compare "name the CLAIMS\\.jsonl files to compare" compare --rules "$MINIMAL"
usage_case "rules check without a path" "rules check" "name the rule files or folders to check" rules check
usage_case "rules, unknown subcommand" rules "unknown subcommand 'lint': use 'check' or 'test'" rules lint "$MINIMAL"
FREE_FORM=1
expect_case "command line: rules without subcommand" 2 '^usage: parley rules check PATH' "$PARLEY" rules
expect_case "command line: --out into a missing folder" 2 \
  "^parley analyze: error: $(ere_quote "$O/missing/r.html"): cannot write: the folder '$(ere_quote "$O/missing")' does not exist" \
  "$PARLEY" "${A[@]}" --format html --out "$O/missing/r.html" "$DOCS"
mkdir "$T/a-folder"
expect_case "command line: --out naming a folder" 2 "^parley compare: error: $(ere_quote "$T/a-folder"): cannot write: it is a folder; name a file" \
  "$PARLEY" compare --rules "$MINIMAL" --out "$T/a-folder" "$DATA/claims/blank-lines.jsonl"
expect_case "command line: a missing INPUT next to a good one" 2 '^no-such\.txt: error: no such file or directory' \
  "$PARLEY" "${A[@]}" --out "$O/r.md" "$DOCS" no-such.txt
expect_case "command line: --rules that does not exist" 2 '^no-rules\.yaml: error: no such file or directory' \
  "$PARLEY" analyze --rules no-rules.yaml --out "$O/r.md" "$DOCS"
expect_case "command line: --rules, a folder without rule files" 2 "a-folder: error: no rule files found \\(parley reads \\.yaml and \\.yml files\\)" \
  "$PARLEY" extract --rules "$T/a-folder" "$DOCS"

if [ -w /dev/full ]; then
  to_full() { "$@" >/dev/full; }
  for command in "analyze --rules $MINIMAL $DOCS" "explain $DOCS" "rules check $MINIMAL"; do
    # shellcheck disable=SC2086
    expect_case "command line: standard output on a full disk: ${command%% [-/]*}" 2 \
      '^parley( analyze)?: error: cannot write to standard output \(is the disk full\?\)' \
      to_full "$PARLEY" $command
  done
fi

# === the catalogue itself ==========================================================
check "at least 40 distinct broken inputs ($CASES cases)"
[ "$CASES" -ge 40 ] || fail "only $CASES cases"
check "every file in tests/data/catalogue is used here and described in its README"
cd "$DATA"
while IFS= read -r file; do
  grep -qF -- "\`$file\`" README.md || fail "README.md does not describe $file"
  base=$(basename "$file")
  grep -qF -- "$base" "$0" || grep -qF -- "$(basename "$(dirname "$file")")" "$0" ||
    fail "no case uses $file"
done < <(find . -type f ! -name README.md | sed 's#^\./##' | sort)

pass
