// A rule set (SPEC §2): the negotiation's actors, topics, positions, word
// lists and rules, loaded from one YAML file or a directory of them.
#ifndef PARLEY_RULE_SET_H_
#define PARLEY_RULE_SET_H_

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/file_system.h"
#include "parley/language.h"
#include "parley/limits.h"
#include "parley/status.h"

namespace parley {

enum class Stance { kDemand, kPropose, kSupport, kAgree, kAccept, kThreaten, kReject, kOppose };
std::optional<Stance> ParseStance(std::string_view name);
std::string_view StanceName(Stance stance);
// reject and oppose are against a position; every other stance holds it.
inline bool IsHolding(Stance stance) { return stance != Stance::kReject && stance != Stance::kOppose; }

enum class Negation { kSkip, kFlip, kIgnore };

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

// Per-language lists: [0] German, [1] English.
using PerLanguage = std::array<std::vector<std::string>, 2>;
using PerLanguageLocations = std::array<std::vector<SourceLocation>, 2>;
inline size_t LanguageIndex(Language language) { return language == Language::kGerman ? 0 : 1; }

struct ActorDef {
  std::string id;
  std::string name;
  PerLanguage aliases;
  PerLanguageLocations alias_locations;  // where each alias's text starts
  std::vector<std::string> members;  // a group's members; empty for a single actor
  SourceLocation location;
};

struct TopicDef {
  std::string id;
  std::string name;
  bool exclusive = false;
  std::vector<std::string> positions;
  SourceLocation location;
};

struct PositionDef {
  std::string id;
  std::string name;
  std::string topic;
  SourceLocation location;
};

struct ConflictDef {
  std::string first;
  std::string second;
  SourceLocation location;
};

struct LexiconDef {
  std::string name;
  PerLanguage entries;
  PerLanguageLocations entry_locations;  // where each entry's text starts
  SourceLocation location;
};

struct RuleTest {
  enum class Kind { kMatch, kNoMatch, kTodo };
  Kind kind = Kind::kMatch;
  std::string text;
  // What the claim must show: actor, target, stance, position, condition_of,
  // and attributes or captures by name, each as the text written.
  std::map<std::string, std::string> expect;
  SourceLocation location;
};

struct RuleDef {
  std::string id;
  Language lang = Language::kGerman;
  Stance stance = Stance::kDemand;
  std::string position;
  std::string pattern;
  std::vector<std::string> unless;
  Negation negation = Negation::kSkip;
  std::string actor;  // "" (from the pattern), an actor id, or "context"
  std::map<std::string, std::string> attributes;
  std::string condition_of;
  std::vector<RuleTest> tests;
  SourceLocation location;          // the rule
  SourceLocation pattern_location;  // the first character of the pattern text
  std::vector<SourceLocation> unless_locations;
};

struct RuleSet {
  std::vector<ActorDef> actors;
  std::vector<TopicDef> topics;
  std::vector<PositionDef> positions;
  std::vector<ConflictDef> conflicts;  // declared pairs; exclusive topics add theirs when compared
  std::vector<LexiconDef> lexicon;
  std::vector<RuleDef> rules;          // in file order, files in sorted order
  std::vector<std::string> files;      // the files it was loaded from

  const ActorDef* FindActor(std::string_view id) const;
  const PositionDef* FindPosition(std::string_view id) const;
  const TopicDef* FindTopic(std::string_view id) const;
  const LexiconDef* FindLexicon(std::string_view name) const;
};

// Loads the YAML files named by `paths` (files, or directories whose .yaml
// and .yml files are read in sorted order) into one rule set, and checks it
// whole: YAML syntax, keys (with the nearest known key for a misspelt one),
// duplicate ids, references, stances, languages and every pattern, alias and
// lexicon entry. Every problem goes to `diagnostics` with file, line and
// column. Returns false if any is an error; `out` then holds what could be read.
// `limits` bounds what a file may cost (YAML depth and alias expansion, the
// number of rules, pattern sizes); going over one is an error like any other.
bool LoadRuleSet(const std::vector<std::string>& paths, const FileSystem& file_system,
                 RuleSet* out, Diagnostics& diagnostics,
                 const RuleLimits& limits = RuleLimits());

}  // namespace parley

#endif  // PARLEY_RULE_SET_H_
