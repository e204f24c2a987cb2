// Limits on rule files, checked before they can cost much: YAML depth and
// alias expansion as parse events arrive, rules as they are read, pattern
// sizes before the patterns are parsed whole.
#include "rules/rule_limits.h"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <array>
#include <limits>
#include <memory>
#include <sstream>
#include <vector>

#include "parley/segmenter.h"
#include "rules/pattern.h"

namespace parley {
namespace {

// Thrown by YamlLimitChecker out of yaml-cpp's parser to stop it at once;
// caught in CheckYamlLimits, never further out.
struct LimitBroken {
  YAML::Mark mark;
  std::string message;
};

// Follows the parse events of one YAML document, counting for each node the
// nodes it stands for once its aliases are expanded. yaml-cpp builds an
// alias as a second reference to the same node, so the tree it builds stays
// small; it is walking that tree (as the loader does) that expands them.
class YamlLimitChecker : public YAML::EventHandler {
 public:
  explicit YamlLimitChecker(const RuleLimits& limits) : limits_(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { Leaf(anchor); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    Leaf(anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const uint64_t nodes = anchor < anchors_.size() ? anchors_[anchor].nodes : 0;
    const std::string name = anchor < anchors_.size() ? anchors_[anchor].name : "";
    if (nodes == kOpen)
      throw LimitBroken{mark, std::string("alias '*").append(name).append(
                                  "' refers to a node that contains it: it would expand forever")};
    alias_nodes_ += nodes;
    if (alias_nodes_ > limits_.max_yaml_alias_nodes)
      throw LimitBroken{mark, std::string("alias '*")
                                  .append(name)
                                  .append("' brings the nodes that YAML aliases expand to over "
                                          "the limit of ")
                                  .append(std::to_string(limits_.max_yaml_alias_nodes))
                                  .append(" (--max-yaml-alias-nodes raises it)")};
    Add(nodes);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(mark, anchor);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(mark, anchor);
  }
  void OnMapEnd() override { Close(); }

 private:
  // The size of an anchored collection not yet closed: an alias to it is a cycle.
  static constexpr uint64_t kOpen = std::numeric_limits<uint64_t>::max();

  struct Anchor {
    std::string name;
    uint64_t nodes = 0;
  };

  void Name(YAML::anchor_t anchor, uint64_t nodes) {
    if (anchor == YAML::NullAnchor) return;
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
    anchors_[anchor] = {anchor_name_, nodes};
  }

  void Add(uint64_t nodes) {
    if (!open_.empty()) open_.back().nodes += nodes;
  }

  void Leaf(YAML::anchor_t anchor) {
    Name(anchor, 1);
    Add(1);
  }

  void Open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    // Checked on the way in, so yaml-cpp's recursion stops here too.
    if (open_.size() >= static_cast<size_t>(limits_.max_yaml_depth))
      throw LimitBroken{mark, std::string("lists and mappings nested deeper than the limit of ")
                                  .append(std::to_string(limits_.max_yaml_depth))
                                  .append(" (--max-yaml-depth raises it)")};
    Name(anchor, kOpen);
    open_.push_back({1, anchor});
  }

  void Close() {
    const OpenCollection closed = open_.back();
    open_.pop_back();
    if (closed.anchor != YAML::NullAnchor) anchors_[closed.anchor].nodes = closed.nodes;
    Add(closed.nodes);
  }

  struct OpenCollection {
    uint64_t nodes;  // itself and everything in it so far, aliases expanded
    YAML::anchor_t anchor;
  };

  const RuleLimits& limits_;
  std::vector<OpenCollection> open_;
  std::vector<Anchor> anchors_;  // by yaml-cpp's anchor number
  std::string anchor_name_;      // of the anchor the next node carries
  uint64_t alias_nodes_ = 0;
};

// A stand-in for a pattern text that was reported as too long: a single
// word, which every check after this one accepts without a word of its own.
constexpr const char* kStandIn = "x";

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

bool CheckYamlLimits(std::string_view text, const std::string& file, const RuleLimits& limits,
                     Diagnostics& diagnostics) {
  std::istringstream stream{std::string(text)};
  YamlLimitChecker checker(limits);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(checker);
  } catch (const LimitBroken& broken) {
    diagnostics.Error(file, broken.mark.line + 1, broken.mark.column + 1, broken.message);
    return false;
  } catch (const YAML::Exception&) {
    // Bad syntax: YAML::Load meets it too and reports it with its place.
  }
  return true;
}

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
          actor.aliases[l][i] = kStandIn;
  for (LexiconDef& list : rules->lexicon)
    for (size_t l = 0; l < 2; ++l)
      for (size_t i = 0; i < list.entries[l].size(); ++i)
        if (checker.TooLong(list.entries[l][i], PatternUse::kLexiconEntry,
                            static_cast<Language>(l), At(list.entry_locations[l], i),
                            list.location,
                            std::string("entry of lexicon list '").append(list.name).append("'")))
          list.entries[l][i] = kStandIn;
  for (RuleDef& rule : rules->rules) {
    // An empty pattern has been reported as missing and is not checked again.
    if (checker.TooLong(rule.pattern, PatternUse::kRule, rule.lang, rule.pattern_location,
                        rule.location, std::string("pattern of rule '").append(rule.id).append("'")))
      rule.pattern.clear();
    for (size_t i = 0; i < rule.unless.size(); ++i)
      if (checker.TooLong(rule.unless[i], PatternUse::kRule, rule.lang,
                          At(rule.unless_locations, i), rule.location,
                          std::string("'unless' pattern of rule '").append(rule.id).append("'")))
        rule.unless[i] = kStandIn;
  }
}

}  // namespace parley
