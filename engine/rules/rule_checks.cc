#include "rules/rule_checks.h"

#include <functional>
#include <map>
#include <memory>
#include <set>

#include "parley/segmenter.h"
#include "rules/pattern.h"
#include "rules/suggest.h"

namespace parley {
namespace {

SourceLocation At(const std::vector<SourceLocation>& locations, size_t i) {
  return i < locations.size() ? locations[i] : SourceLocation{};
}

std::string Where(const SourceLocation& location) {
  return location.file + ":" + std::to_string(location.line);
}

class Checker {
 public:
  Checker(const RuleSet& rules, Diagnostics& diagnostics) : rules_(rules), diagnostics_(diagnostics) {
    Status status;
    segmenters_[0] = Segmenter::Create(Language::kGerman, &status);
    segmenters_[1] = Segmenter::Create(Language::kEnglish, &status);
    for (const ActorDef& actor : rules.actors) actor_ids_.push_back(actor.id);
    for (const PositionDef& position : rules.positions) position_ids_.push_back(position.id);
    for (const LexiconDef& list : rules.lexicon) lexicon_names_.push_back(list.name);
  }

  void Run() {
    if (!segmenters_[0] || !segmenters_[1]) {
      diagnostics_.Error("", 0, 0, "ICU cannot make break iterators: is ICU's data installed?");
      return;
    }
    CheckDuplicates();
    CheckActors();
    CheckConflicts();
    CheckLexicon();
    for (const RuleDef& rule : rules_.rules) CheckRule(rule);
  }

 private:
  void Error(const SourceLocation& location, std::string message) {
    diagnostics_.Error(location.file, location.line, location.column, std::move(message));
  }

  template <typename Item>
  void Unique(const std::vector<Item>& items, std::string_view kind) {
    std::map<std::string, SourceLocation> seen;
    for (const Item& item : items) {
      if (item.id.empty()) continue;
      auto [it, fresh] = seen.emplace(item.id, item.location);
      if (!fresh)
        Error(item.location, "duplicate " + std::string(kind) + " id '" + item.id +
                                 "' (first defined at " + Where(it->second) + ")");
    }
  }

  void CheckDuplicates() {
    Unique(rules_.actors, "actor");
    Unique(rules_.topics, "topic");
    Unique(rules_.positions, "position");
    Unique(rules_.rules, "rule");
  }

  void CheckActors() {
    for (const ActorDef& actor : rules_.actors) {
      for (const std::string& member : actor.members) {
        if (member == actor.id)
          Error(actor.location, "group '" + actor.id + "' lists itself as a member");
        else if (!rules_.FindActor(member))
          Error(actor.location, "group '" + actor.id + "' has unknown member '" + member + "'" +
                                    DidYouMean(member, actor_ids_));
      }
      for (size_t l = 0; l < 2; ++l)
        for (size_t i = 0; i < actor.aliases[l].size(); ++i)
          CheckPattern(actor.aliases[l][i], PatternUse::kAlias, static_cast<Language>(l),
                       actor.location, "alias of actor '" + actor.id + "'",
                       At(actor.alias_locations[l], i));
    }
    // A group inside a group is fine; a cycle of groups is not.
    std::map<std::string, int> state;  // 1 visiting, 2 done
    std::function<bool(const ActorDef&)> visit = [&](const ActorDef& actor) {
      int& s = state[actor.id];
      if (s == 1) return false;
      if (s == 2) return true;
      s = 1;
      for (const std::string& member : actor.members)
        if (const ActorDef* group = rules_.FindActor(member); group && member != actor.id)
          if (!visit(*group)) {
            Error(actor.location, "groups contain each other in a cycle through '" + actor.id + "'");
            s = 2;
            return true;
          }
      s = 2;
      return true;
    };
    for (const ActorDef& actor : rules_.actors) visit(actor);
  }

  void CheckConflicts() {
    for (const ConflictDef& conflict : rules_.conflicts)
      for (const std::string* id : {&conflict.first, &conflict.second})
        if (!rules_.FindPosition(*id))
          Error(conflict.location, "conflict names unknown position '" + *id + "'" +
                                       DidYouMean(*id, position_ids_));
  }

  void CheckLexicon() {
    std::map<std::pair<std::string, size_t>, SourceLocation> seen;
    std::map<std::string, std::vector<std::string>> references;  // list → lists its entries name
    for (const LexiconDef& list : rules_.lexicon) {
      for (size_t l = 0; l < 2; ++l) {
        if (list.entries[l].empty()) continue;
        auto [it, fresh] = seen.emplace(std::make_pair(list.name, l), list.location);
        if (!fresh)
          Error(list.location, "lexicon list '" + list.name + "' is defined twice for '" +
                                   (l == 0 ? "de" : "en") + "' (first at " + Where(it->second) + ")");
        for (size_t i = 0; i < list.entries[l].size(); ++i) {
          PatternFacts facts = CheckPattern(
              list.entries[l][i], PatternUse::kLexiconEntry, static_cast<Language>(l),
              list.location, "entry of lexicon list '" + list.name + "'",
              At(list.entry_locations[l], i));
          auto& names = references[list.name];
          names.insert(names.end(), facts.lexicons.begin(), facts.lexicons.end());
        }
      }
    }
    // Entries may name other lists; a list that reaches itself never ends.
    for (const LexiconDef& list : rules_.lexicon) {
      std::set<std::string> reached;
      std::vector<std::string> todo = {list.name};
      bool cycle = false;
      while (!todo.empty() && !cycle) {
        std::string name = todo.back();
        todo.pop_back();
        for (const std::string& next : references[name]) {
          if (next == list.name) cycle = true;
          if (reached.insert(next).second) todo.push_back(next);
        }
      }
      if (cycle) Error(list.location, "lexicon list '" + list.name + "' refers back to itself");
    }
  }

  // What a parsed pattern holds, for the checks that follow it.
  struct PatternFacts {
    std::set<std::string> captures;
    std::vector<std::string> lexicons;  // names after '@'
  };

  // Parses one pattern and reports its syntax errors, unknown lexicon lists
  // and actors, and (for rules) a pattern that matches only nothing.
  // Returns the capture names and lexicon lists it holds.
  PatternFacts CheckPattern(const std::string& pattern, PatternUse use, Language language,
                                     const SourceLocation& location, const std::string& what,
                                     const SourceLocation& text_start) {
    std::vector<PatternError> errors;
    PatternNode tree = ParsePattern(pattern, use, *segmenters_[LanguageIndex(language)], &errors);
    auto report = [&](int column, const std::string& message) {
      Diagnostic diagnostic;
      diagnostic.file = location.file;
      diagnostic.line = text_start.line ? text_start.line : location.line;
      diagnostic.column = text_start.line ? text_start.column + column - 1 : location.column;
      diagnostic.message = "in the " + what + ": " + message;
      diagnostic.excerpt = pattern;
      diagnostic.excerpt_column = column;
      diagnostics_.Add(std::move(diagnostic));
    };
    for (const PatternError& error : errors) report(error.column, error.message);
    if (use == PatternUse::kRule && errors.empty() && MatchesEmpty(tree))
      report(1, "the pattern can match an empty sentence: it needs at least one word, list or "
                "capture that must be there");
    // An alias or entry that can match no token would be found at every
    // place of every sentence (an empty alias made the mention finder
    // recurse without end; found by the fuzzer, tests/fuzz/regressions/).
    if (use != PatternUse::kRule && errors.empty() && MatchesEmpty(tree))
      report(1, "it can match no word at all (it is empty, or all of it is optional or a gap): "
                "it needs at least one word that must be there");
    std::vector<const PatternNode*> lexicons, actors;
    CollectReferences(tree, &lexicons, &actors);
    for (const PatternNode* node : lexicons) {
      // A list may be split over files by language: any definition counts.
      bool known = false;
      bool has_language = false;
      for (const LexiconDef& list : rules_.lexicon) {
        if (list.name != node->text) continue;
        known = true;
        has_language = has_language || !list.entries[LanguageIndex(language)].empty();
      }
      if (!known)
        report(node->column, "unknown lexicon list '@" + node->text + "'" +
                                 DidYouMean(node->text, lexicon_names_));
      else if (!has_language)
        report(node->column, "lexicon list '@" + node->text + "' has no entries for '" +
                                 std::string(LanguageCode(language)) + "'");
    }
    for (const PatternNode* node : actors)
      if (!rules_.FindActor(node->argument))
        report(node->column, "unknown actor '" + node->argument + "'" +
                                 DidYouMean(node->argument, actor_ids_));
    PatternFacts facts;
    CollectCaptures(tree, &facts.captures);
    for (const PatternNode* node : lexicons) facts.lexicons.push_back(node->text);
    return facts;
  }

  static void CollectCaptures(const PatternNode& node, std::set<std::string>* names) {
    if (node.kind == PatternNode::Kind::kCapture && !node.text.empty()) names->insert(node.text);
    for (const PatternNode& child : node.children) CollectCaptures(child, names);
  }

  void CheckRule(const RuleDef& rule) {
    const std::string what = "rule '" + rule.id + "'";
    if (!rule.position.empty() && !rules_.FindPosition(rule.position))
      Error(rule.location, what + " names unknown position '" + rule.position + "'" +
                               DidYouMean(rule.position, position_ids_));
    if (!rule.condition_of.empty() && !rules_.FindPosition(rule.condition_of))
      Error(rule.location, what + ": condition_of names unknown position '" + rule.condition_of +
                               "'" + DidYouMean(rule.condition_of, position_ids_));
    if (!rule.actor.empty() && rule.actor != "context" && !rules_.FindActor(rule.actor))
      Error(rule.location, what + ": actor is 'context' or an actor id, not '" + rule.actor + "'" +
                               DidYouMean(rule.actor, actor_ids_));
    std::set<std::string> captures;
    if (!rule.pattern.empty()) {
      captures = CheckPattern(rule.pattern, PatternUse::kRule, rule.lang, rule.location,
                              "pattern of " + what, rule.pattern_location)
                     .captures;
      if (rule.actor.empty() && !captures.count("actor"))
        Error(rule.location, what + " cannot name an actor: put {actor} in its pattern, or set "
                                    "'actor' to an actor id or 'context'");
    }
    for (size_t i = 0; i < rule.unless.size(); ++i)
      CheckPattern(rule.unless[i], PatternUse::kRule, rule.lang, rule.location,
                   "'unless' pattern of " + what,
                   i < rule.unless_locations.size() ? rule.unless_locations[i] : SourceLocation{});
    std::vector<std::string_view> expectable = {"actor", "target", "stance", "position", "condition_of"};
    for (const std::string& capture : captures) expectable.push_back(capture);
    for (const auto& [name, value] : rule.attributes) expectable.push_back(name);
    for (const RuleTest& test : rule.tests) {
      if (test.text.empty()) Error(test.location, what + ": a test needs a text");
      for (const auto& [key, value] : test.expect)
        if (std::find(expectable.begin(), expectable.end(), key) == expectable.end())
          Error(test.location, what + ": a test expects '" + key +
                                   "', which the rule neither captures nor sets" +
                                   DidYouMean(key, expectable));
    }
  }

  const RuleSet& rules_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Segmenter> segmenters_[2];
  std::vector<std::string_view> actor_ids_;
  std::vector<std::string_view> position_ids_;
  std::vector<std::string_view> lexicon_names_;
};

}  // namespace

void CheckRuleSet(const RuleSet& rules, Diagnostics& diagnostics) { Checker(rules, diagnostics).Run(); }

}  // namespace parley
