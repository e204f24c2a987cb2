#!/usr/bin/env bash
# Segmentation of the two real news articles kept outside the repository in
# ../shared/seeds (they are not part of parley and never copied into it; the
# sentences below are assertions about those files). Skipped when absent.
. "$(dirname "$0")/common.sh"

SEEDS=$SRC/../shared/seeds
if [ ! -d "$SEEDS" ]; then
  echo "seeds not present, skipped"
  exit 0
fi
ISTANBUL=$SEEDS/istanbul-talks-2025-06-02.de.txt
INITIATIVE=$SEEDS/zelensky-initiative-2025-07.de.txt
for f in "$ISTANBUL" "$INITIATIVE"; do
  [ -f "$f" ] || { echo "seed file $(basename "$f") not present, skipped"; exit 0; }
done

check "every seed file: explain --format json exits 0 with one German document"
for f in "$SEEDS"/*; do
  [ -f "$f" ] || continue
  expect_exit 0 "$PARLEY" explain --format json "$f"
  expect_stdout_lines 1
  expect_json_lines_valid
  expect_stdout_contains '"lang":"de"'
  expect_stderr_not_matches ': error: '
done

# Ids are the file names without their last extension.
check "istanbul seed: 'am 16. Mai' and 'zum ersten Mal' inside one sentence"
expect_exit 0 "$PARLEY" explain --format json "$ISTANBUL"
D=$({ grep -oE '^\{"doc":"[^"]*"' "$T/out" || true; } | sed 's/^{"doc":"//; s/"$//')
[ -n "$D" ] || fail "no document id in the output"
# Its start, the hard case and its end, not the whole sentence: the seed's text
# stays outside the repository.
expect_sentence_matching "$D" 'Delegationen Russlands [^"]* am 16\. Mai zum ersten Mal [^"]* geführt\.'
expect_sentence_span "$D" "Delegationen Russlands und der Ukraine" "direkte Gespräche geführt."
expect_no_sentence_ending "$D" "am 16."

check "istanbul seed: the long sentence with a relative clause is one sentence"
expect_sentence_span "$D" "Die Ukraine, die seit gut drei Jahren" "als Einstieg in Friedensverhandlungen."

check "istanbul seed: a headline without final punctuation is a sentence of its own"
expect_sentence "$D" "Drei Nato-Staaten fordern Beitritt der Ukraine"

check "initiative seed: headlines on their own line, without blank lines around them, are sentences"
expect_exit 0 "$PARLEY" explain --format json "$INITIATIVE"
D=$({ grep -oE '^\{"doc":"[^"]*"' "$T/out" || true; } | sed 's/^{"doc":"//; s/"$//')
[ -n "$D" ] || fail "no document id in the output"
expect_sentence "$D" "Kiew lädt zu neuen Verhandlungen ein"
expect_sentence "$D" "Russland bleibt bei Maximalforderungen"

check "both seeds together: documents in argument order"
expect_exit 0 "$PARLEY" explain --format json "$ISTANBUL" "$INITIATIVE"
expect_stdout_lines 2

pass
