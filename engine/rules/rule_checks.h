// Checks of a loaded rule set as a whole: ids, references and patterns.
#ifndef PARLEY_ENGINE_RULES_RULE_CHECKS_H_
#define PARLEY_ENGINE_RULES_RULE_CHECKS_H_

#include "parley/rule_set.h"
#include "parley/status.h"

namespace parley {

// Reports every problem of `rules` that single files cannot show: duplicate
// ids, references to unknown actors, positions, topics and lexicon lists,
// group cycles, and every pattern, alias and lexicon entry that does not
// parse (pattern errors carry the pattern with a caret under the fault).
void CheckRuleSet(const RuleSet& rules, Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_RULES_RULE_CHECKS_H_
