#!/usr/bin/env bash
# The benchmark's generators stay honest: a 1 MB corpus (parley_make_corpus,
# as .txt and as .jsonl) and a 100-rule set (parley_make_rules) give exactly
# the planted claims of the corpus's manifest, no more and no fewer, and
# `parley rules check` accepts the rules. The generators are built with
# PARLEY_BENCH=ON (the default); elsewhere (the sanitizer build) this test
# skips. See tests/bench/README.md.
. "$(dirname "$0")/common.sh"

BENCH="$(dirname "$PARLEY")/tests/bench"
if [ ! -x "$BENCH/parley_make_corpus" ] || [ ! -x "$BENCH/parley_make_rules" ]; then
  echo "skipped: no $BENCH/parley_make_corpus or parley_make_rules (built only with PARLEY_BENCH=ON)"
  exit 0
fi
PY=$(command -v python3 || true)
if [ -z "$PY" ]; then
  echo "skipped: python3 not found (tests/bench/check_planted.py needs it)"
  exit 0
fi

check "parley_make_rules 100 rules: rules check accepts them"
"$BENCH/parley_make_rules" "$T/rules" 100 >/dev/null
run "$PARLEY" rules check "$T/rules"
[ "$RC" = 0 ] || fail "rules check failed"
grep -q '^ok: ' "$T/out" || fail "rules check did not say ok"

for form in txt jsonl; do
  check "1 MB corpus as .$form: every planted claim found, nothing else"
  "$BENCH/parley_make_corpus" "$T/corpus-$form" 1 --format "$form" --part-mb 0.4 >/dev/null
  [ -s "$T/corpus-$form.planted.jsonl" ] || fail "no planted claims in $T/corpus-$form.planted.jsonl"
  run "$PARLEY" extract --rules "$T/rules" --out "$T/claims-$form.jsonl" "$T/corpus-$form"
  [ "$RC" = 0 ] || fail "extract failed"
  if ! "$PY" "$SRC/tests/bench/check_planted.py" "$T/corpus-$form.planted.jsonl" "$T/claims-$form.jsonl" >"$T/check" 2>&1; then
    cat "$T/check" >&2
    fail "the claims of the .$form corpus are not the planted ones"
  fi
  cat "$T/check"
done
echo "$TEST: ok"
