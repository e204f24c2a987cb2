// Reading rule files with yaml-cpp into a RuleSet, with a location for every
// part so that later checks can point at it.
#include <algorithm>
#include <tuple>

#include "parley/rule_set.h"
#include "read/utf8.h"
#include "rules/rule_checks.h"
#include "rules/rule_file_text.h"
#include "rules/rule_limits.h"
#include "rules/yaml_tree.h"
#include "rules/suggest.h"

namespace parley {
namespace {

class FileReader {
 public:
  // `too_many_rules` is shared by the files of one rule set: the rule over
  // the limit is reported once.
  FileReader(std::string file, std::string_view text, const RuleLimits& limits,
             bool* too_many_rules, RuleSet* out, Diagnostics& diagnostics)
      : file_(std::move(file)),
        text_(text),
        limits_(limits),
        too_many_rules_(too_many_rules),
        out_(out),
        diagnostics_(diagnostics) {}

  void Read() {
    // One pass of yaml-cpp's parser builds the tree and checks the limits
    // on nesting and aliases as it goes (rules/yaml_tree.h says why not
    // YAML::Load): a "billion laughs" file or 100,000 nested brackets stop
    // at the limit, and the walk below expands no more than it allows.
    if (!CheckRuleFileBytes(text_, file_, diagnostics_)) return;
    YamlTree tree;
    YamlError error;
    if (!ParseYamlTree(text_, limits_, &tree, &error)) {
      diagnostics_.Error(file_, error.mark.line + 1, error.mark.column + 1,
                         error.syntax ? "not valid YAML: " + error.message + YamlErrorHint(text_, error.mark.line)
                                      : error.message);
      return;
    }
    const YamlNode root = tree.root();
    if (!CheckLastQuoteClosed(root, text_, file_, diagnostics_)) return;
    if (root.IsNull()) {
      diagnostics_.Error(file_, 1, 1, "empty rule file: it needs at least 'parley: 1'");
      return;
    }
    if (!root.IsMap()) {
      Error(root, "a rule file is a mapping of parley, actors, topics, lexicon and rules");
      return;
    }
    CheckKeys(root, {"parley", "actors", "topics", "lexicon", "rules"}, "a rule file");
    const YamlNode version = root["parley"];
    if (!version) {
      diagnostics_.Error(file_, 1, 1, "missing 'parley: 1' (the schema version) at the top of the file");
    } else if (!version.IsScalar() || version.Scalar() != "1") {
      Error(version, "unsupported schema version: this parley reads 'parley: 1'");
    }
    ReadList(root["actors"], "actors", [&](const YamlNode& node) { ReadActor(node); });
    ReadList(root["topics"], "topics", [&](const YamlNode& node) { ReadTopic(node); });
    ReadLexicon(root["lexicon"]);
    ReadList(root["rules"], "rules", [&](const YamlNode& node) { ReadRule(node); });
  }

 private:
  SourceLocation At(const YamlNode& node) const {
    return {file_, node.Mark().line + 1, node.Mark().column + 1};
  }

  void Error(const YamlNode& node, std::string message) {
    diagnostics_.Error(file_, node.Mark().line + 1, node.Mark().column + 1, std::move(message));
  }

  void CheckKeys(const YamlNode& map, const std::vector<std::string_view>& known,
                 std::string_view what) {
    std::vector<std::pair<std::string, int>> seen;  // key, line
    for (const auto& entry : map) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
      // yaml-cpp keeps a repeated key; a lookup sees only the first value.
      auto first = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
      if (first != seen.end()) {
        Error(entry.first, "key '" + key + "' is given twice in " + std::string(what) +
                               " (first at line " + std::to_string(first->second) +
                               "): give each key once");
        continue;
      }
      seen.emplace_back(key, entry.first.Mark().line + 1);
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      Error(entry.first, "unknown key '" + key + "' in " + std::string(what) +
                             DidYouMean(key, known) + "; known keys: " + list);
    }
  }

  template <typename Each>
  void ReadList(const YamlNode& node, std::string_view what, Each each) {
    if (!node || node.IsNull()) return;
    if (!node.IsSequence()) {
      Error(node, "'" + std::string(what) + "' must be a list ('- ' items)");
      return;
    }
    for (const YamlNode& item : node) {
      if (!item.IsMap()) {
        Error(item, "each item of '" + std::string(what) + "' must be a mapping of keys");
        continue;
      }
      each(item);
    }
  }

  // A scalar field as text; errors if required and missing, or not a scalar.
  std::string Text(const YamlNode& map, const char* key, std::string_view what, bool required) {
    const YamlNode node = map[key];
    if (!node || node.IsNull()) {
      if (required) Error(map, std::string(what) + " needs '" + key + "'");
      return "";
    }
    if (!node.IsScalar()) {
      Error(node, std::string("'") + key + "' must be a single value");
      return "";
    }
    if (node.Scalar().empty() && required) Error(node, std::string("'") + key + "' is empty");
    return node.Scalar();
  }

  // A list of strings (a single string is a list of one).
  std::vector<std::string> Strings(const YamlNode& node, std::string_view what,
                                   std::vector<SourceLocation>* locations = nullptr) {
    std::vector<std::string> out;
    if (!node || node.IsNull()) return out;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
      if (locations) locations->push_back(ScalarStart(node));
      return out;
    }
    if (!node.IsSequence()) {
      Error(node, std::string(what) + " must be a list of strings");
      return out;
    }
    for (const YamlNode& item : node) {
      if (!item.IsScalar()) {
        Error(item, "each item of " + std::string(what) + " must be a single string");
        continue;
      }
      out.push_back(item.Scalar());
      if (locations) locations->push_back(ScalarStart(item));
    }
    return out;
  }

  // Where a scalar's text begins: after its opening quote, if quoted.
  SourceLocation ScalarStart(const YamlNode& node) const {
    // After the opening quote, or below a block scalar's header (`>-`, `|`).
    SourceLocation location = At(node);
    const size_t mark = static_cast<size_t>(node.Mark().pos);
    const size_t start = ScalarTextOffset(text_, mark);
    if (start == mark || start > text_.size()) return location;
    const TextPosition moved = PositionOf(text_.substr(mark), start - mark);
    if (moved.line > 1) location.column = 0;
    location.line += moved.line - 1;
    location.column += moved.column - 1;
    return location;
  }

  PerLanguage ReadPerLanguage(const YamlNode& node, std::string_view what,
                              PerLanguageLocations* locations) {
    PerLanguage lists;
    if (!node || node.IsNull()) return lists;
    if (!node.IsMap()) {
      Error(node, std::string(what) + " must map languages to lists, as in 'de: [...]' and 'en: [...]'");
      return lists;
    }
    for (const auto& entry : node) {
      const std::string code = entry.first.IsScalar() ? entry.first.Scalar() : "";
      std::optional<Language> language = ParseLanguage(code);
      if (!language || (code != "de" && code != "en")) {
        Error(entry.first, "unknown language '" + code + "' in " + std::string(what) +
                               DidYouMean(code, {"de", "en"}) + ": use 'de' or 'en'");
        continue;
      }
      auto strings = Strings(entry.second, what, &(*locations)[LanguageIndex(*language)]);
      auto& list = lists[LanguageIndex(*language)];
      list.insert(list.end(), strings.begin(), strings.end());
    }
    return lists;
  }

  void ReadActor(const YamlNode& node) {
    CheckKeys(node, {"id", "name", "aliases", "members"}, "an actor");
    ActorDef actor;
    actor.location = At(node);
    actor.id = Text(node, "id", "an actor", true);
    actor.name = Text(node, "name", "an actor", false);
    actor.aliases = ReadPerLanguage(node["aliases"], "aliases of actor '" + actor.id + "'",
                                    &actor.alias_locations);
    actor.members = Strings(node["members"], "members");
    out_->actors.push_back(std::move(actor));
  }

  void ReadTopic(const YamlNode& node) {
    CheckKeys(node, {"id", "name", "exclusive", "positions", "conflicts"}, "a topic");
    TopicDef topic;
    topic.location = At(node);
    topic.id = Text(node, "id", "a topic", true);
    topic.name = Text(node, "name", "a topic", false);
    if (const YamlNode exclusive = node["exclusive"]) {
      if (!exclusive.IsScalar() || (exclusive.Scalar() != "true" && exclusive.Scalar() != "false"))
        Error(exclusive, "'exclusive' is true or false");
      else
        topic.exclusive = exclusive.Scalar() == "true";
    }
    ReadList(node["positions"], "positions", [&](const YamlNode& item) {
      CheckKeys(item, {"id", "name"}, "a position");
      PositionDef position;
      position.location = At(item);
      position.id = Text(item, "id", "a position", true);
      position.name = Text(item, "name", "a position", false);
      position.topic = topic.id;
      topic.positions.push_back(position.id);
      out_->positions.push_back(std::move(position));
    });
    if (const YamlNode conflicts = node["conflicts"]; conflicts && !conflicts.IsNull()) {
      if (!conflicts.IsSequence()) {
        Error(conflicts, "'conflicts' is a list of pairs, as in '- [a.one, a.two]'");
      } else {
        for (const YamlNode& pair : conflicts) {
          if (!pair.IsSequence() || pair.size() != 2 || !pair.Item(0).IsScalar() || !pair.Item(1).IsScalar()) {
            Error(pair, "each conflict is a pair of position ids, as in [nato.join, nato.renounce]");
            continue;
          }
          out_->conflicts.push_back({pair.Item(0).Scalar(), pair.Item(1).Scalar(), At(pair)});
        }
      }
    }
    out_->topics.push_back(std::move(topic));
  }

  void ReadLexicon(const YamlNode& node) {
    if (!node || node.IsNull()) return;
    if (!node.IsMap()) {
      Error(node, "'lexicon' maps list names to lists per language, as in 'DEMAND: {de: [...], en: [...]}'");
      return;
    }
    for (const auto& entry : node) {
      LexiconDef list;
      list.name = entry.first.IsScalar() ? entry.first.Scalar() : "";
      list.location = At(entry.first);
      list.entries = ReadPerLanguage(entry.second, "lexicon list '" + list.name + "'",
                                     &list.entry_locations);
      out_->lexicon.push_back(std::move(list));
    }
  }

  void ReadTests(const YamlNode& node, RuleDef* rule) {
    if (!node || node.IsNull()) return;
    if (!node.IsMap()) {
      Error(node, "'tests' maps match, no_match and todo to lists of texts");
      return;
    }
    CheckKeys(node, {"match", "no_match", "todo"}, "tests");
    const std::pair<const char*, RuleTest::Kind> kinds[] = {{"match", RuleTest::Kind::kMatch},
                                                            {"no_match", RuleTest::Kind::kNoMatch},
                                                            {"todo", RuleTest::Kind::kTodo}};
    for (const auto& [key, kind] : kinds) {
      const YamlNode list = node[key];
      if (!list || list.IsNull()) continue;
      if (!list.IsSequence()) {
        Error(list, std::string("'") + key + "' is a list of test texts");
        continue;
      }
      for (const YamlNode& item : list) {
        RuleTest test;
        test.kind = kind;
        test.location = At(item);
        if (item.IsScalar()) {
          test.text = item.Scalar();
        } else if (item.IsMap()) {
          CheckKeys(item, {"text", "expect"}, "a test");
          test.text = Text(item, "text", "a test", true);
          ReadExpect(item["expect"], &test);
        } else {
          Error(item, "a test is a text, or 'text' with an optional 'expect'");
          continue;
        }
        if (kind == RuleTest::Kind::kNoMatch && !test.expect.empty())
          Error(item, "a no_match test has nothing to expect");
        rule->tests.push_back(std::move(test));
      }
    }
  }

  void ReadExpect(const YamlNode& node, RuleTest* test) {
    if (!node || node.IsNull()) return;
    if (!node.IsMap()) {
      Error(node, "'expect' maps keys (actor, target, stance, captures…) to values");
      return;
    }
    for (const auto& entry : node) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
      if (key == "attributes" && entry.second.IsMap()) {
        for (const auto& attribute : entry.second)
          if (attribute.first.IsScalar() && attribute.second.IsScalar())
            test->expect[attribute.first.Scalar()] = attribute.second.Scalar();
        continue;
      }
      if (!entry.second.IsScalar()) {
        Error(entry.second, "expected '" + key + "' must be a single value");
        continue;
      }
      test->expect[key] = entry.second.Scalar();
    }
  }

  void ReadRule(const YamlNode& node) {
    if (out_->rules.size() >= limits_.max_rules) {
      if (!*too_many_rules_) Error(node, TooManyRulesMessage(limits_));
      *too_many_rules_ = true;
      return;
    }
    CheckKeys(node, {"id", "lang", "stance", "position", "pattern", "unless", "negation", "actor",
                     "attributes", "condition_of", "tests"},
              "a rule");
    RuleDef rule;
    rule.location = At(node);
    rule.id = Text(node, "id", "a rule", true);
    const std::string what = rule.id.empty() ? "a rule" : "rule '" + rule.id + "'";
    const std::string lang = Text(node, "lang", what, true);
    if (!lang.empty()) {
      if (lang == "de" || lang == "en")
        rule.lang = *ParseLanguage(lang);
      else
        Error(node["lang"], "unknown language '" + lang + "'" + DidYouMean(lang, {"de", "en"}) +
                                ": a rule is written in 'de' or 'en'");
    }
    const std::string stance = Text(node, "stance", what, true);
    if (!stance.empty()) {
      if (std::optional<Stance> parsed = ParseStance(stance)) {
        rule.stance = *parsed;
      } else {
        Error(node["stance"],
              "unknown stance '" + stance + "'" +
                  DidYouMean(stance, {"demand", "propose", "support", "agree", "accept", "threaten",
                                      "reject", "oppose"}) +
                  "; stances: demand, propose, support, agree, accept, threaten, reject, oppose");
      }
    }
    rule.position = Text(node, "position", what, true);
    rule.pattern = Text(node, "pattern", what, true);
    if (const YamlNode pattern = node["pattern"]; pattern && pattern.IsScalar())
      rule.pattern_location = ScalarStart(pattern);
    rule.unless = Strings(node["unless"], "'unless'", &rule.unless_locations);
    const std::string negation = Text(node, "negation", what, false);
    if (negation == "flip") rule.negation = Negation::kFlip;
    else if (negation == "ignore") rule.negation = Negation::kIgnore;
    else if (!negation.empty() && negation != "skip")
      Error(node["negation"], "unknown negation '" + negation + "'" +
                                  DidYouMean(negation, {"skip", "flip", "ignore"}) +
                                  ": use skip, flip or ignore");
    rule.actor = Text(node, "actor", what, false);
    rule.condition_of = Text(node, "condition_of", what, false);
    if (const YamlNode attributes = node["attributes"]; attributes && !attributes.IsNull()) {
      if (!attributes.IsMap()) {
        Error(attributes, "'attributes' maps names to values, as in {monitored: international}");
      } else {
        for (const auto& entry : attributes) {
          if (!entry.first.IsScalar() || !entry.second.IsScalar()) {
            Error(entry.first, "each attribute is a name and a single value");
            continue;
          }
          rule.attributes[entry.first.Scalar()] = entry.second.Scalar();
        }
      }
    }
    ReadTests(node["tests"], &rule);
    out_->rules.push_back(std::move(rule));
  }

  std::string file_;
  std::string_view text_;
  const RuleLimits& limits_;
  bool* too_many_rules_;
  RuleSet* out_;
  Diagnostics& diagnostics_;
};

bool IsRuleFile(const std::string& path) {
  const size_t dot = path.find_last_of('.');
  const size_t slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return false;
  if (path.find("/.") != std::string::npos) return false;
  const std::string ext = path.substr(dot);
  return ext == ".yaml" || ext == ".yml";
}

}  // namespace

bool LoadRuleSet(const std::vector<std::string>& paths, const FileSystem& file_system,
                 RuleSet* out, Diagnostics& diagnostics, const RuleLimits& limits) {
  *out = RuleSet();
  Diagnostics found;
  bool too_many_rules = false;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    switch (file_system.Kind(path)) {
      case PathKind::kFile:
        files.push_back(path);
        break;
      case PathKind::kDirectory: {
        std::vector<std::string> errors;
        size_t before = files.size();
        for (std::string& file : file_system.ListFilesRecursively(path, &errors))
          if (IsRuleFile(file)) files.push_back(std::move(file));
        for (const std::string& error : errors) found.Error(path, 0, 0, error);
        if (files.size() == before)
          found.Error(path, 0, 0, "no rule files found (parley reads .yaml and .yml files)");
        break;
      }
      default:
        found.Error(path, 0, 0, "no such file or directory");
    }
  }
  for (const std::string& file : files) {
    std::string text;
    std::string error;
    if (!file_system.ReadFile(file, &text, &error)) {
      found.Error(file, 0, 0, error);
      continue;
    }
    out->files.push_back(file);
    FileReader(file, text, limits, &too_many_rules, out, found).Read();
  }
  if (!out->files.empty()) {
    CheckPatternSizes(limits, out, found);
    CheckRuleSet(*out, found);
  }
  // In file order, as a reader goes through the files.
  std::vector<Diagnostic> sorted = found.items();
  // Pattern errors inside block scalars, folded lines or escapes, at their
  // real line and column.
  PointIntoScalars(file_system, &sorted);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  for (Diagnostic& diagnostic : sorted) diagnostics.Add(std::move(diagnostic));
  return !found.has_errors();
}

}  // namespace parley
