// Limits on rule files, checked before they can cost much: rules as they
// are read, pattern sizes before the patterns are parsed whole. (YAML depth
// and alias expansion are checked as the tree is built: rules/yaml_tree.cc.)
#include "rules/rule_limits.h"

#include <array>
#include <memory>
#include <vector>

#include "parley/segmenter.h"
#include "rules/pattern.h"

namespace parley {
namespace {

// Puts a stand-in in place of a pattern text that was reported as too long:
// a single word, which every check after this one accepts without a word of
// its own. (Not `text = "x"`: GCC 12 at -O3 warns falsely on that.)
void ReplaceWithStandIn(std::string* text) {
  text->clear();
  text->push_back('x');
}

class PatternSizeChecker {
 public:
  PatternSizeChecker(const RuleLimits& limits, Diagnostics& diagnostics)
      : limits_(limits), diagnostics_(diagnostics) {}

  // Whether `text` is over the limit (then reported at `start`, else `item`).
  bool TooLong(const std::string& text, PatternUse use, Language language,
               const SourceLocation& start, const SourceLocation& item, const std::string& what) {
    // Every element takes at least one byte: a short text cannot be over.
    if (text.size() <= limits_.max_pattern_elements) return false;
    Segmenter* segmenter = For(language);
    if (!segmenter) return false;  // CheckRuleSet reports the broken ICU
    if (CountPatternElements(text, use, *segmenter, limits_.max_pattern_elements) <=
        limits_.max_pattern_elements)
      return false;
    const SourceLocation& at = start.line > 0 ? start : item;
    diagnostics_.Error(at.file, at.line, at.column,
                       std::string("in the ")
                           .append(what)
                           .append(": more elements (words, gaps, @lists, captures, brackets) "
                                   "than the limit of ")
                           .append(std::to_string(limits_.max_pattern_elements))
                           .append(" (--max-pattern-elements raises it)"));
    return true;
  }

 private:
  Segmenter* For(Language language) {
    std::unique_ptr<Segmenter>& slot = segmenters_[LanguageIndex(language)];
    if (!slot) slot = Segmenter::Create(language, nullptr);
    return slot.get();
  }

  const RuleLimits& limits_;
  Diagnostics& diagnostics_;
  std::array<std::unique_ptr<Segmenter>, 2> segmenters_;
};

SourceLocation At(const std::vector<SourceLocation>& locations, size_t i) {
  return i < locations.size() ? locations[i] : SourceLocation{};
}

}  // namespace

std::string TooManyRulesMessage(const RuleLimits& limits) {
  return std::string("one rule more than the limit of ")
      .append(std::to_string(limits.max_rules))
      .append(" (--max-rules raises it); this rule and the ones after it are not read");
}

void CheckPatternSizes(const RuleLimits& limits, RuleSet* rules, Diagnostics& diagnostics) {
  PatternSizeChecker checker(limits, diagnostics);
  for (ActorDef& actor : rules->actors)
    for (size_t l = 0; l < 2; ++l)
      for (size_t i = 0; i < actor.aliases[l].size(); ++i)
        if (checker.TooLong(actor.aliases[l][i], PatternUse::kAlias, static_cast<Language>(l),
                            At(actor.alias_locations[l], i), actor.location,
                            std::string("alias of actor '").append(actor.id).append("'")))
          ReplaceWithStandIn(&actor.aliases[l][i]);
  for (LexiconDef& list : rules->lexicon)
    for (size_t l = 0; l < 2; ++l)
      for (size_t i = 0; i < list.entries[l].size(); ++i)
        if (checker.TooLong(list.entries[l][i], PatternUse::kLexiconEntry,
                            static_cast<Language>(l), At(list.entry_locations[l], i),
                            list.location,
                            std::string("entry of lexicon list '").append(list.name).append("'")))
          ReplaceWithStandIn(&list.entries[l][i]);
  for (RuleDef& rule : rules->rules) {
    // An empty pattern has been reported as missing and is not checked again.
    if (checker.TooLong(rule.pattern, PatternUse::kRule, rule.lang, rule.pattern_location,
                        rule.location, std::string("pattern of rule '").append(rule.id).append("'")))
      rule.pattern.clear();
    for (size_t i = 0; i < rule.unless.size(); ++i)
      if (checker.TooLong(rule.unless[i], PatternUse::kRule, rule.lang,
                          At(rule.unless_locations, i), rule.location,
                          std::string("'unless' pattern of rule '").append(rule.id).append("'")))
        ReplaceWithStandIn(&rule.unless[i]);
  }
}

}  // namespace parley
