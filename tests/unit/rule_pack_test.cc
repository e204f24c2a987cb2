// The shipped rule pack (rules/): it loads clean, and every rule carries the
// tests that show what it is for and what it must leave alone — at least one
// `match` test with `expect` and one `no_match` test (issue 4). Whether those
// tests pass is `parley rules test rules/` (tests/e2e/rule_pack.sh).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "parley/file_system.h"
#include "parley/rule_set.h"

using namespace parley;

namespace {

RuleSet LoadShippedPack() {
  RuleSet rule_set;
  Diagnostics diagnostics;
  const bool ok = LoadRuleSet({std::string(PARLEY_SOURCE_DIR) + "/rules"}, *MakeRealFileSystem(),
                              &rule_set, diagnostics);
  std::string messages;
  for (const Diagnostic& d : diagnostics.items()) messages += d.ToString() + "\n";
  INFO(messages);
  REQUIRE(ok);
  CHECK(diagnostics.empty());
  return rule_set;
}

}  // namespace

TEST_CASE("rule pack: every rule has a match test with expect and a no_match test") {
  const RuleSet pack = LoadShippedPack();
  REQUIRE(pack.rules.size() >= 40);
  for (const RuleDef& rule : pack.rules) {
    bool match_with_expect = false;
    bool no_match = false;
    for (const RuleTest& test : rule.tests) {
      if (test.kind == RuleTest::Kind::kMatch && !test.expect.empty()) match_with_expect = true;
      if (test.kind == RuleTest::Kind::kNoMatch) no_match = true;
    }
    INFO("rule " << rule.id << " (" << rule.location.file << ":" << rule.location.line << ")");
    CHECK(match_with_expect);
    CHECK(no_match);
  }
}

TEST_CASE("rule pack: both languages, every position coded by some rule, every actor named in both") {
  const RuleSet pack = LoadShippedPack();
  std::set<std::string> coded;
  size_t german = 0;
  size_t english = 0;
  for (const RuleDef& rule : pack.rules) {
    coded.insert(rule.position);
    (rule.lang == Language::kGerman ? german : english)++;
  }
  CHECK(german >= 20);
  CHECK(english >= 20);
  for (const PositionDef& position : pack.positions) {
    INFO("position " << position.id);
    CHECK(coded.count(position.id) == 1);
  }
  for (const ActorDef& actor : pack.actors) {
    INFO("actor " << actor.id);
    CHECK(!actor.aliases[LanguageIndex(Language::kGerman)].empty());
    CHECK(!actor.aliases[LanguageIndex(Language::kEnglish)].empty());
  }
}
