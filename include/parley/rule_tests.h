// `parley rules test`: the tests a rule set carries in its rules (SPEC §2,
// key `tests`). Each test text is extracted alone, in the rule's language,
// with the whole rule set.
#ifndef PARLEY_RULE_TESTS_H_
#define PARLEY_RULE_TESTS_H_

#include <string>
#include <vector>

#include "parley/extractor.h"
#include "parley/rule_set.h"

namespace parley {

struct RuleTestResult {
  enum class Outcome {
    kPassed,
    kFailed,
    kTodo,       // a todo test that still does not pass
    kTodoFixed,  // a todo test that passes now: it can become a match test
  };
  const RuleDef* rule = nullptr;
  const RuleTest* test = nullptr;
  Outcome outcome = Outcome::kPassed;
  // For failures: what was expected and what was found instead, one item
  // per line, ready to print.
  std::vector<std::string> details;
};

// Runs every test of every rule in rule order. `extractor` must have been
// made from the same rule set.
std::vector<RuleTestResult> RunRuleTests(Extractor& extractor);

}  // namespace parley

#endif  // PARLEY_RULE_TESTS_H_
