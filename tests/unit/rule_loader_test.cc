// Loading rule sets (SPEC §2): merging files, locations, and what must not
// crash or blow up: YAML aliases, deep nesting, syntax errors.
#include <doctest/doctest.h>

#include "parley/rule_set.h"
#include "test_support.h"

using namespace parley;
using parley::testing::MemoryFileSystem;

namespace {

struct Loaded {
  RuleSet rules;
  Diagnostics diagnostics;
  bool ok = false;
  std::string Messages() const {
    std::string out;
    for (const auto& d : diagnostics.items()) out += d.ToString() + "\n";
    return out;
  }
};

Loaded Load(const MemoryFileSystem& fs, std::vector<std::string> paths) {
  Loaded loaded;
  loaded.ok = LoadRuleSet(paths, fs, &loaded.rules, loaded.diagnostics);
  return loaded;
}

const char* kActors =
    "parley: 1\n"
    "actors:\n"
    "  - id: UKR\n"
    "    aliases: {de: [Ukraine, Kiew], en: [Ukraine, Kyiv]}\n"
    "  - id: RUS\n"
    "    aliases: {de: [Russland*], en: [Russia*]}\n"
    "topics:\n"
    "  - id: ceasefire\n"
    "    exclusive: true\n"
    "    positions: [{id: ceasefire.now}, {id: ceasefire.later}]\n";

}  // namespace

TEST_CASE("a directory of rule files is read in sorted order and merged") {
  MemoryFileSystem fs;
  fs.directories = {"pack"};
  fs.files["pack/00-actors.yaml"] = kActors;
  fs.files["pack/10-lexicon-de.yml"] = "parley: 1\nlexicon:\n  DEMAND: {de: [\"forder*\"]}\n";
  fs.files["pack/11-lexicon-en.yml"] = "parley: 1\nlexicon:\n  DEMAND: {en: [\"demand*\"]}\n";
  fs.files["pack/20-rules.yaml"] =
      "parley: 1\nrules:\n"
      "  - {id: de.1, lang: de, stance: demand, position: ceasefire.now, pattern: \"{actor} @DEMAND Waffenruhe\"}\n"
      "  - {id: en.1, lang: en, stance: reject, position: ceasefire.later, pattern: \"{actor} rejects @DEMAND\"}\n";
  fs.files["pack/README.md"] = "not a rule file";
  Loaded loaded = Load(fs, {"pack"});
  CHECK(loaded.Messages() == "");
  CHECK(loaded.ok);
  CHECK(loaded.rules.files.size() == 4);
  REQUIRE(loaded.rules.rules.size() == 2);
  CHECK(loaded.rules.rules[0].id == "de.1");
  CHECK(loaded.rules.rules[1].stance == Stance::kReject);
  CHECK(loaded.rules.rules[1].lang == Language::kEnglish);
  CHECK(loaded.rules.FindPosition("ceasefire.later")->topic == "ceasefire");
  CHECK(loaded.rules.FindTopic("ceasefire")->exclusive);
  CHECK(loaded.rules.rules[0].pattern_location.line == 3);
}

TEST_CASE("the same lexicon list twice for one language is an error") {
  MemoryFileSystem fs;
  fs.files["a.yaml"] = std::string(kActors) + "lexicon:\n  DEMAND: {de: [\"forder*\"]}\n";
  fs.files["b.yaml"] = "parley: 1\nlexicon:\n  DEMAND: {de: [\"verlang*\"]}\n";
  Loaded loaded = Load(fs, {"a.yaml", "b.yaml"});
  CHECK_FALSE(loaded.ok);
  CHECK(loaded.Messages().find("b.yaml:3:3: error: lexicon list 'DEMAND' is defined twice for 'de'") !=
        std::string::npos);
}

TEST_CASE("a rule using a list that has no entries in its language") {
  MemoryFileSystem fs;
  fs.files["a.yaml"] = std::string(kActors) +
                       "lexicon:\n  DEMAND: {de: [\"forder*\"]}\n"
                       "rules:\n  - {id: r, lang: en, stance: demand, position: ceasefire.now, "
                       "pattern: \"{actor} @DEMAND truce\"}\n";
  Loaded loaded = Load(fs, {"a.yaml"});
  CHECK(loaded.Messages().find("lexicon list '@DEMAND' has no entries for 'en'") != std::string::npos);
}

TEST_CASE("every file needs 'parley: 1'") {
  MemoryFileSystem fs;
  fs.files["none.yaml"] = "actors: []\n";
  fs.files["two.yaml"] = "parley: 2\n";
  fs.files["empty.yaml"] = "";
  Loaded loaded = Load(fs, {"none.yaml", "two.yaml", "empty.yaml"});
  const std::string messages = loaded.Messages();
  CHECK(messages.find("none.yaml:1:1: error: missing 'parley: 1'") != std::string::npos);
  CHECK(messages.find("two.yaml:1:9: error: unsupported schema version") != std::string::npos);
  CHECK(messages.find("empty.yaml:1:1: error: empty rule file") != std::string::npos);
}

TEST_CASE("YAML aliases that expand exponentially are refused, not expanded") {
  // Each level doubles: 2^40 leaves if expanded.
  std::string bomb = "parley: 1\nlexicon:\n  A: {de: &l0 [x, x]}\n";
  for (int i = 1; i <= 40; ++i)
    bomb += "  L" + std::to_string(i) + ": {de: &l" + std::to_string(i) + " [*l" +
            std::to_string(i - 1) + ", *l" + std::to_string(i - 1) + "]}\n";
  MemoryFileSystem fs;
  fs.files["bomb.yaml"] = bomb;
  Loaded loaded = Load(fs, {"bomb.yaml"});
  CHECK_FALSE(loaded.ok);
  // Level 13 holds 2^14 leaves: the 100,000 alias nodes run out there.
  CHECK(loaded.Messages() ==
        "bomb.yaml:17:25: error: alias '*l13' brings the nodes that YAML aliases expand to over "
        "the limit of 100000 (--max-yaml-alias-nodes raises it)\n");
}

TEST_CASE("deeply nested brackets are refused before yaml-cpp recurses into them") {
  MemoryFileSystem fs;
  // The root mapping is one level: the 64th bracket (column 71) is the 65th.
  fs.files["deep.yaml"] = "parley: 1\nrules: " + std::string(100000, '[') +
                          std::string(100000, ']') + "\n";
  Loaded loaded = Load(fs, {"deep.yaml"});
  CHECK_FALSE(loaded.ok);
  CHECK(loaded.Messages() ==
        "deep.yaml:2:71: error: lists and mappings nested deeper than the limit of 64 "
        "(--max-yaml-depth raises it)\n");
}

TEST_CASE("stances and their names") {
  for (const char* name : {"demand", "propose", "support", "agree", "accept", "threaten", "reject", "oppose"})
    CHECK(StanceName(*ParseStance(name)) == name);
  CHECK_FALSE(ParseStance("Demand"));
  CHECK(IsHolding(Stance::kThreaten));
  CHECK_FALSE(IsHolding(Stance::kOppose));
}

TEST_CASE("lexicon lists may name other lists, but not in a cycle") {
  MemoryFileSystem fs;
  fs.files["ok.yaml"] = std::string(kActors) +
                        "lexicon:\n  VERB: {de: [\"forder*\", \"@POLITE\"]}\n"
                        "  POLITE: {de: [\"bitte*\"]}\n";
  Loaded ok = Load(fs, {"ok.yaml"});
  CHECK(ok.Messages() == "");
  fs.files["cycle.yaml"] = std::string(kActors) +
                           "lexicon:\n  A: {de: [\"x\", \"@B\"]}\n  B: {de: [\"@C\"]}\n"
                           "  C: {de: [\"y @A\"]}\n  D: {de: [\"@A\"]}\n";
  Loaded cycle = Load(fs, {"cycle.yaml"});
  const std::string messages = cycle.Messages();
  CHECK(messages.find("cycle.yaml:12:3: error: lexicon list 'A' refers back to itself") != std::string::npos);
  CHECK(messages.find("cycle.yaml:13:3: error: lexicon list 'B' refers back to itself") != std::string::npos);
  CHECK(messages.find("cycle.yaml:14:3: error: lexicon list 'C' refers back to itself") != std::string::npos);
  CHECK(messages.find("list 'D' refers back") == std::string::npos);  // D reaches the cycle, is not in it
}
