// Finding and loading the rule sets a command works with: the ones named by
// --rules, else the pack shipped in the project's rules/ folder.
#ifndef PARLEY_CLI_RULE_PATHS_H_
#define PARLEY_CLI_RULE_PATHS_H_

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "parley/extractor.h"
#include "parley/limits.h"

namespace parley::cli {

// The shipped rules/ folder: next to the executable's folder (an install or
// a build folder inside the project), else the source tree it was built
// from. Empty when none exists.
std::string ShippedRulesFolder();

// Whether a folder holds any .yaml or .yml file (at any depth).
bool HasRuleFiles(const std::string& folder);

// Loads the rule sets at `paths` (the shipped folder when empty) into
// `rule_set`, checked whole and within `limits`. Prints every problem to
// `err`; returns false when the rule set has errors or none is found.
bool LoadRules(const std::vector<std::string>& paths, const std::string& command,
               const RuleLimits& limits, RuleSet* rule_set, std::ostream& err);

// Loads and compiles the rule sets at `paths` (the shipped folder when
// empty), to be shared by the Extractors of several threads. Prints every
// problem to `err`; returns null when the rule set has errors.
std::shared_ptr<const CompiledRules> LoadCompiledRules(const std::vector<std::string>& paths,
                                                       const std::string& command,
                                                       const RuleLimits& limits,
                                                       std::ostream& err);

// `count` Extractors over `rules`, one per worker thread. Prints the problem
// to `err` and returns none when one cannot be made.
std::vector<std::unique_ptr<Extractor>> MakeExtractors(
    const std::shared_ptr<const CompiledRules>& rules, size_t count, std::ostream& err);

// Loads and compiles the rule sets at `paths` (the shipped folder when
// empty) and makes an Extractor over them. Prints every problem to `err`;
// returns null when the rule set has errors.
std::unique_ptr<Extractor> LoadExtractor(const std::vector<std::string>& paths,
                                         const std::string& command, const RuleLimits& limits,
                                         std::ostream& err);

}  // namespace parley::cli

#endif  // PARLEY_CLI_RULE_PATHS_H_
