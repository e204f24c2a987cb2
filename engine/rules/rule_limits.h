// The RuleLimits of rule files: how deep YAML nests, how far its aliases
// expand, how many rules a set has and how long its patterns are.
#ifndef PARLEY_ENGINE_RULES_RULE_LIMITS_H_
#define PARLEY_ENGINE_RULES_RULE_LIMITS_H_

#include <string>
#include <string_view>

#include "parley/limits.h"
#include "parley/rule_set.h"
#include "parley/status.h"

namespace parley {

// The message for the rule that is one too many: the rules after it are not
// read.
std::string TooManyRulesMessage(const RuleLimits& limits);

// Reports every pattern, 'unless' pattern, alias and lexicon entry of
// `rules` with more than limits.max_pattern_elements elements, at the place
// its text starts, and takes its text out of `rules` so that the checks that
// follow do not parse it whole. Counting stops just past the limit.
void CheckPatternSizes(const RuleLimits& limits, RuleSet* rules, Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_RULES_RULE_LIMITS_H_
