// A small comparison built by hand for the report writers' tests (report_test.cc,
// html_report_test.cc): four actors, four topics, every kind of finding.
#ifndef PARLEY_TESTS_UNIT_REPORT_FIXTURE_H_
#define PARLEY_TESTS_UNIT_REPORT_FIXTURE_H_

#include <string>
#include <utility>
#include <vector>

#include "parley/comparison.h"

namespace parley::testing {

inline RuleSet MakeRuleSet() {
  RuleSet rules;
  for (auto [id, name] : std::vector<std::pair<const char*, const char*>>{
           {"UKR", "Ukraine"}, {"RUS", "Russia"}, {"USA", "United States"}})
    rules.actors.push_back(ActorDef{id, name, {}, {}, {}, {}});
  rules.actors.push_back(ActorDef{"PARTIES", "Both parties", {}, {}, {"UKR", "RUS"}, {}});
  auto topic = [&](std::string id, std::string name, bool exclusive,
                   std::vector<std::pair<std::string, std::string>> positions) {
    TopicDef def{id, name, exclusive, {}, {}};
    for (auto& [position, position_name] : positions) {
      def.positions.push_back(position);
      rules.positions.push_back(PositionDef{position, position_name, id, {}});
    }
    rules.topics.push_back(std::move(def));
  };
  topic("ceasefire", "Ceasefire", true,
        {{"ceasefire.unconditional", "Unconditional ceasefire"},
         {"ceasefire.conditional", "Ceasefire only under conditions"}});
  topic("arms", "Western arms", false, {{"arms.stop", "Ukraine gives up Western arms"}});
  topic("nato", "NATO membership", false,
        {{"nato.join", "Ukraine joins NATO"}, {"nato.renounce", "Ukraine renounces NATO membership"}});
  topic("prisoners", "Prisoners \"all for all\"", false, {{"prisoners.exchange", "Exchange of prisoners"}});
  rules.conflicts.push_back(ConflictDef{"nato.join", "nato.renounce", {}});
  return rules;
}

inline AttributeValue Number(double value) { return AttributeValue{true, value, ""}; }
inline AttributeValue Text(std::string value) { return AttributeValue{false, 0, std::move(value)}; }

inline Claim MakeClaim(std::string doc, std::string date, int line, std::string actor, Stance stance,
                std::string position, std::string text, Attributes attributes = {},
                std::string condition_of = "") {
  const auto start = static_cast<uint32_t>(line * 100);  // made-up byte offsets
  const std::string topic = position.substr(0, position.find('.'));
  const std::string rule = "rule." + position;
  return Claim{std::move(doc), std::move(date), line, line, start, start + 50, std::move(actor), stance,
               std::move(position), topic, "", std::move(attributes), std::move(condition_of), rule,
               std::move(text)};
}

// The comparison the tests write: Russia and Ukraine in conflict on the
// ceasefire and NATO, agreeing on prisoners; Ukraine and the US differing on
// the ceasefire's days; Russia's condition; a shift and a contradiction.
struct Fixture {
  RuleSet rules = MakeRuleSet();
  Comparison comparison;

  Fixture() {
    using S = Stance;
    auto& c = comparison.claims;
    c.push_back(MakeClaim("de-istanbul", "2025-05-16", 6, "UKR", S::kDemand, "ceasefire.unconditional",
                          "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe.",
                          {{"days", Number(30)}, {"monitored", Text("international")}}));
    c.push_back(MakeClaim("de-istanbul", "2025-05-16", 7, "RUS", S::kDemand, "ceasefire.conditional",
                          "Russland knüpft eine Waffenruhe an Bedingungen."));
    c.push_back(MakeClaim("de-istanbul", "2025-05-16", 8, "RUS", S::kDemand, "arms.stop",
                          "So soll die Ukraine auf westliche Waffenlieferungen verzichten.", {},
                          "ceasefire.conditional"));
    c.push_back(MakeClaim("de-istanbul", "2025-05-16", 10, "UKR", S::kReject, "nato.renounce",
                          "Die Ukraine akzeptiert keinen Verzicht auf die NATO-Mitgliedschaft."));
    // Text with a comma, quotes, a pipe and a line break, and an attribute
    // named like a fixed CSV column.
    c.push_back(MakeClaim("en-washington", "2025-07-14", 4, "PARTIES", S::kAgree, "prisoners.exchange",
                          "Russia and Ukraine agree on a \"large\", swift exchange |\nof *prisoners*.",
                          {{"rule", Text("x")}}));
    c.push_back(MakeClaim("de-kreml", "2025-06-01", 3, "RUS", S::kDemand, "nato.renounce",
                          "Der Kreml verlangt den Verzicht auf die NATO."));
    c.push_back(MakeClaim("en-washington", "2025-07-14", 2, "USA", S::kDemand, "ceasefire.unconditional",
                          "Washington demands a ceasefire within 50 days.", {{"days", Number(50)}}));
    c.push_back(MakeClaim("en-washington", "2025-07-14", 5, "RUS", S::kAccept, "ceasefire.unconditional",
                          "Moscow accepts an unconditional ceasefire."));
    c.push_back(MakeClaim("de-kiew", "2025-05-20", 2, "UKR", S::kDemand, "ceasefire.conditional",
                          "Kiew verlangt Bedingungen für eine Waffenruhe."));
    comparison.actors = {"UKR", "RUS", "USA", "PARTIES"};
    auto hold = [&](std::string actor, ClaimIndex claim) {
      const Claim& from = c[claim];
      Holding holding{actor, from.position, from.topic, from.stance, 1, from.date, from.date,
                      from.attributes, {claim}};
      comparison.holdings.push_back(std::move(holding));
    };
    // Holdings 0–10: UKR 0, 3, 4, 8 last; RUS 1, 2, 5, 4, then 7; PARTIES 4; USA 6.
    for (auto [actor, claim] : std::vector<std::pair<const char*, ClaimIndex>>{
             {"UKR", 0}, {"UKR", 3}, {"UKR", 4}, {"RUS", 1}, {"RUS", 2}, {"RUS", 5},
             {"RUS", 4}, {"PARTIES", 4}, {"USA", 6}, {"RUS", 7}, {"UKR", 8}})
      hold(actor, claim);
    ActorPair rus_ukr{"RUS", "UKR",
                      {{"ceasefire", Relation::kConflict, {3}, {0}},
                       {"nato", Relation::kConflict, {5}, {1}},
                       {"prisoners", Relation::kAgree, {6}, {2}}},
                      1, 2, 0, -1.0 / 3};
    ActorPair ukr_usa{"UKR", "USA", {{"ceasefire", Relation::kDiffer, {0}, {8}}}, 0, 0, 1, 0};
    comparison.pairs = {rus_ukr, ukr_usa};
    comparison.conditions = {{"RUS", "ceasefire.conditional", "arms.stop", {2}}};
    comparison.common_ground = {{"prisoners.exchange", {"RUS", "UKR"}, {4}}};
    comparison.brokers = {{"UKR", 0.5}};
    comparison.shifts = {{"RUS", "ceasefire", "2025-05-16", "2025-07-14", {1}, {7}}};
    comparison.contradictions = {
        {"UKR", "2025-05", "ceasefire.unconditional", "ceasefire.conditional", {0, 8}}};
    comparison.coverage.documents = 4;
    comparison.coverage.documents_read = 5;
    comparison.coverage.sentences = 30;
    comparison.coverage.claims = c.size();
    comparison.coverage.has_unclaimed = true;
    comparison.coverage.unclaimed = {"de-istanbul:12: Moskau lehnt das ab."};
    comparison.rule_set = &rules;
  }
};

}  // namespace parley::testing

#endif  // PARLEY_TESTS_UNIT_REPORT_FIXTURE_H_
