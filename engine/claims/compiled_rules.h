// The inside of CompiledRules: every rule's pattern compiled, the rules of
// each language indexed by their literal words, and each language's actor
// aliases and negation words.
#ifndef PARLEY_ENGINE_CLAIMS_COMPILED_RULES_H_
#define PARLEY_ENGINE_CLAIMS_COMPILED_RULES_H_

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "match/literal_index.h"
#include "match/program.h"
#include "match/sentence_facts.h"
#include "parley/extractor.h"
#include "parley/rule_set.h"

namespace parley {

struct CompiledRule {
  const RuleDef* def = nullptr;
  uint32_t index = 0;  // in RuleSet::rules: the rule order that breaks ties
  Program program;
  std::vector<Program> unless;
  std::string topic;
  // Every match holds a word of each group (literal ids of the language's
  // index), rarest group first: a sentence without one is not tried. The
  // index selects the rule by the first group.
  std::vector<std::vector<uint32_t>> required;
  int32_t fixed_actor = -1;  // an actor index when `actor:` names one
  bool context_actor = false;
};

struct LanguageRules {
  std::vector<uint32_t> rules;   // indexes of this language's rules, in rule order
  LiteralIndex index;            // literal word -> rule index
  Program negation;              // the @NEGATION list; empty when the language has none
  std::unique_ptr<ActorAliases> aliases;
};

class CompiledRules::Impl {
 public:
  RuleSet rule_set;
  std::vector<CompiledRule> rules;  // parallel to rule_set.rules
  std::array<LanguageRules, 2> languages;

  const LanguageRules& For(Language language) const { return languages[LanguageIndex(language)]; }
  const std::string& ActorId(int32_t actor) const {
    return rule_set.actors[static_cast<size_t>(actor)].id;
  }
};

}  // namespace parley

#endif  // PARLEY_ENGINE_CLAIMS_COMPILED_RULES_H_
