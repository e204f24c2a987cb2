#!/usr/bin/env bash
# parley rules test: runs the tests rules carry; failures name the rule, the
# test's place and text, and what was found instead; the last line counts.
. "$(dirname "$0")/common.sh"

check "passing tests: exit 0 and the count"
expect_exit 0 "$PARLEY" rules test "$SRC/tests/data/rules/minimal.yaml"
expect_stdout_lines 1
expect_stdout_contains "3 passed, 0 failed"

check "a folder of rule files; a todo test is reported, not failed"
expect_exit 0 "$PARLEY" rules test "$SRC/tests/data/rules/e2e"
[ "$(tail -n 1 "$T/out")" = "20 passed, 0 failed, 1 todo" ] || fail "last line: $(tail -n 1 "$T/out")"
expect_stdout_matches '^TODO en\.sanctions\.demand \(.*rules\.yaml:[0-9]+:[0-9]+\) todo: "Kyiv wants sanctions\."$'

check "failing tests: exit 1, each failure with what was found instead"
cd "$SRC/tests/data/rules"
expect_exit 1 "$PARLEY" rules test failing_tests.yaml
[ "$(tail -n 1 "$T/out")" = "1 passed, 3 failed, 2 todo" ] || fail "last line: $(tail -n 1 "$T/out")"
expect_stdout_contains 'FAIL de.ceasefire.demand (failing_tests.yaml:32:11) match: "Die Ukraine fordert eine 30-tägige Waffenruhe."'
expect_stdout_contains '  expected: a claim from this rule with actor=UKR days=20'
expect_stdout_contains '  found: actor=UKR stance=demand position=ceasefire.unconditional days=30 (rule de.ceasefire.demand)'
expect_stdout_contains 'FAIL de.ceasefire.demand (failing_tests.yaml:37:11) no_match: "Russland fordert eine Waffenruhe."'
expect_stdout_contains '  expected: no claim from this rule'
expect_stdout_contains 'FAIL en.ceasefire.demand (failing_tests.yaml:45:11) match: "Kyiv wants a ceasefire."'
expect_stdout_contains '  found: no claim'
expect_stdout_contains '  this rule stopped at pattern element @DEMAND (column 9) at '"'"'wants'"'"
expect_stdout_contains 'TODO en.ceasefire.demand (failing_tests.yaml:48:11) todo: "Kyiv wants a ceasefire."'
expect_stdout_contains 'FIXED en.ceasefire.demand (failing_tests.yaml:49:11) todo: "Kyiv demands a ceasefire."'
expect_stdout_contains '  this todo test passes now: make it a match test'

check "a broken rule set: exit 2 with its errors, no tests run"
expect_exit 2 "$PARLEY" rules test broken.yaml
expect_stderr_contains "broken.yaml:8:5: error: unknown key 'alias'"
expect_stdout_empty

check "usage"
expect_exit 2 "$PARLEY" rules test
expect_stderr_contains "name the rule files or folders to test"
expect_exit 2 "$PARLEY" rules frobnicate x
expect_stderr_contains "use 'check' or 'test'"
expect_exit 0 "$PARLEY" rules test --help
expect_stdout_contains "parley rules test PATH..."

pass
