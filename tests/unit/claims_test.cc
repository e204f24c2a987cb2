// From matches to claims (SPEC §2 rule keys, "Which match", §3): negation in
// its three modes, unless, fixed and context actors, attributes,
// condition_of, overlap and identity, and where claims are (sentence, line,
// byte offsets), with `parley explain`'s outcomes and near misses.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "parley/extractor.h"
#include "parley/rule_set.h"
#include "parley/rule_tests.h"
#include "test_support.h"

using namespace parley;
using parley::testing::MemoryFileSystem;

namespace {

std::string SpecOntology() {
  std::ifstream in(std::string(PARLEY_SOURCE_DIR) + "/tests/data/rules/spec_rules.yaml",
                   std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// One item of a `rules:` list; `extra` adds keys ("negation: flip").
std::string Rule(const std::string& id, const std::string& stance, const std::string& position,
                 const std::string& pattern, const std::string& extra = "",
                 const std::string& lang = "de") {
  return "  - {id: " + id + ", lang: " + lang + ", stance: " + stance + ", position: " + position +
         ", pattern: \"" + pattern + "\"" + (extra.empty() ? "" : ", " + extra) + "}\n";
}
std::string Demand(const std::string& pattern, const std::string& extra = "") {
  return Rule("r", "demand", "ceasefire.unconditional", pattern, extra);
}

// spec_rules.yaml (or `ontology`) plus `rules`, compiled, with an extractor.
struct Engine {
  explicit Engine(const std::string& rules, const std::string& ontology = SpecOntology()) {
    MemoryFileSystem fs;
    fs.files["spec_rules.yaml"] = ontology;
    fs.files["test.yaml"] = "parley: 1\nrules:\n" + rules;
    RuleSet rule_set;
    Diagnostics diagnostics;
    const bool ok = LoadRuleSet({"spec_rules.yaml", "test.yaml"}, fs, &rule_set, diagnostics);
    std::string messages;
    for (const Diagnostic& d : diagnostics.items()) messages += d.ToString() + "\n";
    INFO(messages);
    REQUIRE(ok);
    Status status;
    extractor = Extractor::Create(CompiledRules::Compile(rule_set, &status), &status);
    REQUIRE(extractor);
  }

  const std::vector<Claim>& Run(Language lang, const std::string& text) {
    document.lang = lang;
    document.text = text;
    claims.clear();
    explanation.clear();
    extractor->Extract(document, &claims, &explanation);
    return claims;
  }
  std::string De(const std::string& text) { return Full(Run(Language::kGerman, text)); }
  std::string En(const std::string& text) { return Full(Run(Language::kEnglish, text)); }

  // "UKR demand ceasefire.unconditional ->RUS days=30 if:talks.direct #rule",
  // claims joined by " | ".
  static std::string Full(const std::vector<Claim>& claims) {
    std::ostringstream out;
    for (const Claim& claim : claims) {
      if (&claim != &claims.front()) out << " | ";
      out << claim.actor << ' ' << StanceName(claim.stance) << ' ' << claim.position;
      if (!claim.target.empty()) out << " ->" << claim.target;
      for (const auto& [name, value] : claim.attributes) {
        out << ' ' << name << '=';
        if (value.is_number)
          out << value.number;
        else
          out << '"' << value.text << '"';
      }
      if (!claim.condition_of.empty()) out << " if:" << claim.condition_of;
      out << " #" << claim.rule;
    }
    return out.str();
  }

  // The outcome of the only match of `rule` in sentence `sentence` (0-based).
  std::string Outcome(size_t sentence, const std::string& rule) const {
    REQUIRE(sentence < explanation.size());
    std::string found = "(no match of " + rule + ")";
    for (const ExplainedMatch& match : explanation[sentence].matches)
      if (match.rule == rule) found = match.outcome;
    return found;
  }

  Document document = [] {
    Document d;
    d.id = "doc";
    d.date = "2025-06-02";
    d.body_offset = 0;
    d.body_line = 1;
    return d;
  }();
  std::unique_ptr<Extractor> extractor;
  std::vector<Claim> claims;
  std::vector<SentenceExplanation> explanation;
};

}  // namespace

TEST_CASE("claims: negation skip: inside the match or up to 3 tokens before it") {
  Engine e(Demand("{actor} fordert ...3 Waffenruhe"));
  CHECK(e.De("Kiew fordert keine Waffenruhe.") == "");
  CHECK(e.Outcome(0, "r") == "no claim: negated by 'keine'");
  CHECK(e.De("Kiew fordert niemals eine Waffenruhe.") == "");
  CHECK(e.De("Nicht wahr ist: Kiew fordert eine Waffenruhe.") == "");  // 3 tokens before
  CHECK(e.De("Nicht wahr ist also: Kiew fordert eine Waffenruhe.") ==  // 4 tokens before
        "UKR demand ceasefire.unconditional #r");
  CHECK(e.Outcome(0, "r") == "claim");
  CHECK(e.De("Kiew fordert eine Waffenruhe, nicht Gespräche.") ==  // after the match
        "UKR demand ceasefire.unconditional #r");
  Engine en(Rule("r", "demand", "ceasefire.unconditional", "{actor} ...3 demand* ...3 ceasefire", "",
                 "en"));
  CHECK(en.En("Kyiv doesn't demand a ceasefire.") == "");
  CHECK(en.En("Kyiv doesn’t demand a ceasefire.") == "");
  CHECK(en.En("No, Kyiv demands a ceasefire.") == "");
  CHECK(en.En("Kyiv does demand a ceasefire.") == "UKR demand ceasefire.unconditional #r");
}

TEST_CASE("claims: a match that negation cancels still uses up its text") {
  Engine e(Demand("{actor} fordert ...6 Waffenruhe"));
  CHECK(e.De("Kiew fordert keine Waffenruhe, Moskau fordert Waffenruhe.") == "");
  REQUIRE(e.explanation.size() == 1);
  REQUIRE(e.explanation[0].matches.size() == 1);
  CHECK_FALSE(e.explanation[0].matches[0].yielded);
  CHECK(e.explanation[0].matches[0].first_token == 0);
  CHECK(e.explanation[0].matches[0].end_token == 7);
}

TEST_CASE("claims: negation flip turns holding stances into reject, reject and oppose into support") {
  Engine demand(Demand("{actor} fordert ...3 Waffenruhe", "negation: flip"));
  CHECK(demand.De("Kiew fordert keine Waffenruhe.") == "UKR reject ceasefire.unconditional #r");
  CHECK(demand.Outcome(0, "r") == "claim, negated by 'keine': stance reject");
  CHECK(demand.De("Kiew fordert eine Waffenruhe.") == "UKR demand ceasefire.unconditional #r");
  Engine propose(Rule("r", "propose", "talks.direct", "{actor} schlägt ...6 vor", "negation: flip"));
  CHECK(propose.De("Kiew schlägt keine Gespräche vor.") == "UKR reject talks.direct #r");
  Engine reject(Rule("r", "reject", "ceasefire.unconditional", "{actor} @REJECT", "negation: flip"));
  CHECK(reject.De("Kiew lehnt eine Waffenruhe nicht ab.") == "UKR support ceasefire.unconditional #r");
  CHECK(reject.De("Kiew lehnt eine Waffenruhe ab.") == "UKR reject ceasefire.unconditional #r");
  Engine oppose(Rule("r", "oppose", "ceasefire.unconditional", "{actor} ...3 gegen ...3 Waffenruhe",
                     "negation: flip"));
  CHECK(oppose.De("Kiew ist nicht gegen eine Waffenruhe.") == "UKR support ceasefire.unconditional #r");
  CHECK(oppose.De("Kiew ist gegen eine Waffenruhe.") == "UKR oppose ceasefire.unconditional #r");
}

TEST_CASE("claims: negation flip for every stance, in English") {
  const char* stances[] = {"demand", "propose", "support", "agree",
                           "accept", "threaten", "reject",  "oppose"};
  std::string rules;
  for (const char* stance : stances)
    rules += Rule(stance, stance, "talks.direct", std::string("{actor} ...3 ") + stance, "negation: flip", "en");
  Engine e(rules);
  for (const std::string stance : stances) {
    CAPTURE(stance);
    const bool holding = stance != "reject" && stance != "oppose";
    CHECK(e.En("Kyiv does " + stance + ".") == "UKR " + stance + " talks.direct #" + stance);
    CHECK(e.En("Kyiv does not " + stance + ".") ==
          std::string("UKR ") + (holding ? "reject" : "support") + " talks.direct #" + stance);
    CHECK(e.En("Kyiv doesn't " + stance + ".") ==
          std::string("UKR ") + (holding ? "reject" : "support") + " talks.direct #" + stance);
  }
}

TEST_CASE("claims: negation ignore, and a language without a NEGATION list") {
  Engine ignore(Demand("{actor} fordert ...3 Waffenruhe", "negation: ignore"));
  CHECK(ignore.De("Kiew fordert keine Waffenruhe.") == "UKR demand ceasefire.unconditional #r");
  CHECK(ignore.Outcome(0, "r") == "claim");
  Engine ignore_en(Rule("r", "reject", "talks.direct", "{actor} ...3 reject* ...3 talks", "negation: ignore",
                        "en"));
  CHECK(ignore_en.En("Moscow does not reject talks.") == "RUS reject talks.direct #r");

  std::string ontology = SpecOntology();
  const std::string english = "    en: [not, \"n't\", \"no\", never]\n";
  REQUIRE(ontology.find(english) != std::string::npos);
  ontology.replace(ontology.find(english), english.size(), "");
  Engine only_german(Demand("{actor} fordert ...3 Waffenruhe") +
                         Rule("en", "demand", "ceasefire.unconditional", "{actor} ...3 demands ...3 ceasefire",
                              "", "en"),
                     ontology);
  CHECK(only_german.De("Kiew fordert keine Waffenruhe.") == "");
  CHECK(only_german.En("Kyiv never demands a ceasefire.") == "UKR demand ceasefire.unconditional #en");
}

TEST_CASE("claims: unless: any of its patterns anywhere in the sentence stops the rule") {
  Engine e(Demand("{actor} fordert ...3 Waffenruhe", "unless: [\"Bedingung*\", \"falls ...3 zustimmt\"]") +
           Rule("conditional", "demand", "ceasefire.conditional", "{actor} fordert ...3 Waffenruhe ...3 Bedingung*"));
  CHECK(e.De("Kiew fordert eine Waffenruhe.") == "UKR demand ceasefire.unconditional #r");
  CHECK(e.De("Kiew fordert eine Waffenruhe unter Bedingungen.") ==
        "UKR demand ceasefire.conditional #conditional");
  CHECK(e.Outcome(0, "r") == "no claim: an 'unless' pattern matches the sentence");
  CHECK(e.De("Unter Bedingungen: Kiew fordert eine Waffenruhe.") == "");
  CHECK(e.De("Kiew fordert eine Waffenruhe, falls Moskau zustimmt.") == "");
  CHECK(e.De("Kiew fordert eine Waffenruhe. Moskau nennt Bedingungen.") ==
        "UKR demand ceasefire.unconditional #r");
}

TEST_CASE("claims: a fixed actor, attributes and condition_of") {
  Engine e(Rule("plan", "propose", "talks.direct", "Zehn-Punkte-Plan", "actor: UKR") +
           Demand("{actor} fordert ...3 {d:duration} Waffenruhe",
                  "attributes: {monitored: international, phase: 1}, condition_of: talks.direct"));
  CHECK(e.De("Der Zehn-Punkte-Plan sieht Gespräche vor.") == "UKR propose talks.direct #plan");
  CHECK(e.De("Kiew fordert eine 30-tägige Waffenruhe.") ==
        "UKR demand ceasefire.unconditional d=30 monitored=\"international\" phase=1 "
        "if:talks.direct #r");
  REQUIRE(e.claims.size() == 1);
  const Claim& claim = e.claims[0];
  CHECK(claim.attributes.at("phase").is_number);
  CHECK(claim.attributes.at("phase").number == 1);
  CHECK_FALSE(claim.attributes.at("monitored").is_number);
  CHECK(claim.topic == "ceasefire");
  CHECK(claim.target == "");
  CHECK(claim.doc == "doc");
  CHECK(claim.date == "2025-06-02");
  CHECK(claim.text == "Kiew fordert eine 30-tägige Waffenruhe.");
}

namespace {

// Russia's conditions, then a sentence that takes its actor from them.
std::string ContextRules(const std::string& conditions_extra = "") {
  return Rule("cond", "demand", "ceasefire.conditional", "{actor} (stellt|stellen) ...3 Bedingungen",
              conditions_extra) +
         Rule("ctx", "demand", "nato.renounce", "soll* {target} auf ...3 verzichten",
              "actor: context, condition_of: ceasefire.conditional") +
         Rule("cond_en", "demand", "ceasefire.conditional", "{actor} sets ...3 conditions",
              conditions_extra, "en") +
         Rule("ctx_en", "demand", "nato.renounce", "{target} (must|should) renounce", "actor: context",
              "en");
}

const char* kRussia = "RUS demand ceasefire.conditional #cond";

}  // namespace

TEST_CASE("claims: actor: context takes the actor of the previous two sentences") {
  Engine e(ContextRules());
  const std::string ctx = " | RUS demand nato.renounce ->UKR if:ceasefire.conditional #ctx";
  CHECK(e.De("Russland stellt Bedingungen für eine Waffenruhe. So soll die Ukraine auf die NATO "
             "verzichten.") == kRussia + ctx);
  REQUIRE(e.claims.size() == 2);
  CHECK(e.claims[1].sentence == 2);
  CHECK(e.De("Russland stellt Bedingungen. Das sagte ein Sprecher. So soll die Ukraine auf die NATO "
             "verzichten.") == kRussia + ctx);
  CHECK(e.De("Russland stellt Bedingungen. Das sagte ein Sprecher. Er sprach lange. So soll die "
             "Ukraine auf die NATO verzichten.") == kRussia);
  CHECK(e.Outcome(3, "ctx").starts_with("no claim: no claim in the previous two sentences"));
  CHECK(e.De("Russland stellt Bedingungen.\n\nSo soll die Ukraine auf die NATO verzichten.") == kRussia);
  CHECK(e.De("So soll die Ukraine auf die NATO verzichten.") == "");
  CHECK(e.En("Moscow sets conditions for a ceasefire. Kyiv must renounce NATO.") ==
        "RUS demand ceasefire.conditional #cond_en | RUS demand nato.renounce ->UKR #ctx_en");
  CHECK(e.En("Moscow sets conditions.\n\nKyiv must renounce NATO.") ==
        "RUS demand ceasefire.conditional #cond_en");
  CHECK(e.En("Kyiv must renounce NATO.") == "");
}

TEST_CASE("claims: actor: context counts context claims, not cancelled ones, the one ending last") {
  Engine e(ContextRules());
  // A context claim is context for the next: sentence 4 reaches back to 2.
  CHECK(e.De("Russland stellt Bedingungen. So soll die Ukraine auf die NATO verzichten. Das sagte "
             "ein Sprecher. Auch soll Kiew auf Waffen verzichten.") ==
        std::string(kRussia) + " | RUS demand nato.renounce ->UKR if:ceasefire.conditional #ctx" +
            " | RUS demand nato.renounce ->UKR if:ceasefire.conditional #ctx");
  // A cancelled claim is none: sentence 3 takes Russia from sentence 1.
  CHECK(e.De("Russland stellt Bedingungen. Die Ukraine stellt keine Bedingungen. So soll Polen auf "
             "die NATO verzichten.") ==
        std::string(kRussia) + " | RUS demand nato.renounce ->POL if:ceasefire.conditional #ctx");
  // Of two claims, the one that ends last; of a list, every actor.
  CHECK(e.De("Russland stellt Bedingungen, die Ukraine stellt Bedingungen. So soll Polen auf die "
             "NATO verzichten.") ==
        std::string(kRussia) + " | UKR demand ceasefire.conditional #cond" +
            " | UKR demand nato.renounce ->POL if:ceasefire.conditional #ctx");
  CHECK(e.De("Russland und Polen stellen Bedingungen. So soll die Ukraine auf die NATO verzichten.") ==
        std::string(kRussia) + " | POL demand ceasefire.conditional #cond" +
            " | RUS demand nato.renounce ->UKR if:ceasefire.conditional #ctx" +
            " | POL demand nato.renounce ->UKR if:ceasefire.conditional #ctx");

  Engine flip(ContextRules("negation: flip"));
  // A flipped claim counts: sentence 3 takes Ukraine from sentence 2.
  CHECK(flip.De("Russland stellt Bedingungen. Die Ukraine stellt keine Bedingungen. So soll Polen "
                "auf die NATO verzichten.") ==
        std::string(kRussia) + " | UKR reject ceasefire.conditional #cond" +
            " | UKR demand nato.renounce ->POL if:ceasefire.conditional #ctx");
}

TEST_CASE("claims: overlapping matches for the same actor and topic: the longest wins") {
  Engine e(Rule("short", "demand", "ceasefire.conditional", "{actor} fordert ...3 Waffenruhe") +
           Rule("long", "demand", "ceasefire.unconditional",
                "{actor} fordert ...3 Waffenruhe ohne Vorbedingungen"));
  CHECK(e.De("Kiew fordert eine Waffenruhe ohne Vorbedingungen.") ==
        "UKR demand ceasefire.unconditional #long");
  CHECK(e.Outcome(0, "short") ==
        "no claim for UKR: overlaps the longer match of rule long for the same actor and topic");
  CHECK(e.De("Kiew fordert eine Waffenruhe.") == "UKR demand ceasefire.conditional #short");
}

TEST_CASE("claims: overlapping matches of equal length: the rule listed first wins") {
  const std::string a = Rule("a", "demand", "ceasefire.conditional", "{actor} fordert ...3 Waffenruhe");
  const std::string b =
      Rule("b", "demand", "ceasefire.unconditional", "{actor} fordert eine (Waffenruhe|Feuerpause)");
  Engine ab(a + b);
  CHECK(ab.De("Kiew fordert eine Waffenruhe.") == "UKR demand ceasefire.conditional #a");
  Engine ba(b + a);
  CHECK(ba.De("Kiew fordert eine Waffenruhe.") == "UKR demand ceasefire.unconditional #b");
  CHECK(ba.Outcome(0, "a") ==
        "no claim for UKR: overlaps an equally long match of rule b for the same actor and topic");
}

TEST_CASE("claims: overlapping matches on other topics or for other actors all stand") {
  Engine e(Rule("cease", "demand", "ceasefire.unconditional", "{actor} fordert ...3 Waffenruhe") +
           Rule("talks", "demand", "talks.direct", "{actor} fordert ...8 Gespräche") +
           Rule("poland", "support", "ceasefire.conditional", "Waffenruhe", "actor: POL"));
  CHECK(e.De("Kiew fordert eine Waffenruhe und direkte Gespräche.") ==
        "UKR demand ceasefire.unconditional #cease | UKR demand talks.direct #talks | "
        "POL support ceasefire.conditional #poland");
}

TEST_CASE("claims: identical claims in one sentence are one, the first rule's") {
  Engine e(Rule("second", "demand", "ceasefire.unconditional", "{actor} verlangt ...3 Feuerpause") +
           Rule("first", "demand", "ceasefire.unconditional", "{actor} fordert ...3 Waffenruhe"));
  const std::string text = "Kiew fordert eine Waffenruhe, die Ukraine verlangt eine Feuerpause.";
  CHECK(e.De(text) == "UKR demand ceasefire.unconditional #second");
  REQUIRE(e.claims.size() == 1);
  CHECK(e.claims[0].start == text.find("die Ukraine"));
  CHECK(e.Outcome(0, "first") == "no claim for UKR: the same claim as rule second (listed first)");
  // In different sentences they are two claims.
  CHECK(e.De("Kiew fordert eine Waffenruhe. Die Ukraine verlangt eine Feuerpause.") ==
        "UKR demand ceasefire.unconditional #first | UKR demand ceasefire.unconditional #second");
  // Two matches of one rule with the same claim: the first in the text.
  Engine fixed(Rule("r", "support", "ceasefire.unconditional", "Waffenruhe", "actor: POL"));
  const std::string twice = "Waffenruhe hier, Waffenruhe dort.";
  CHECK(fixed.De(twice) == "POL support ceasefire.unconditional #r");
  REQUIRE(fixed.claims.size() == 1);
  CHECK(fixed.claims[0].start == 0);
}

TEST_CASE("claims: empty input, sentences without candidate rules, near misses") {
  Engine e(Demand("{actor} fordert ...3 Waffenruhe"));
  CHECK(e.De("") == "");
  CHECK(e.explanation.empty());
  CHECK(e.De("Das Wetter ist schön.") == "");
  REQUIRE(e.explanation.size() == 1);
  CHECK(e.explanation[0].matches.empty());
  CHECK(e.explanation[0].near_misses.empty());  // the rule was no candidate
  CHECK(e.De("Kiew lobt die Waffenruhe, die Moskau fordert.") == "");
  REQUIRE(e.explanation.size() == 1);
  REQUIRE(e.explanation[0].near_misses.size() == 1);
  const NearMiss& miss = e.explanation[0].near_misses[0];
  CHECK(miss.rule == "r");
  CHECK(miss.element == "waffenruhe");  // got furthest from "Moskau fordert"
  CHECK(miss.column == 22);
  CHECK(miss.token == -1);  // the sentence ended
  CHECK(e.De("Kiew fordert die Ukraine erneut zur Waffenruhe auf.") == "");  // a gap of 4
  REQUIRE(e.explanation[0].near_misses.size() == 1);
  CHECK(e.explanation[0].near_misses[0].element == "waffenruhe");
  CHECK(e.explanation[0].near_misses[0].token == 2);  // the first token it was tried at
}

TEST_CASE("claims: sentence numbers, lines and byte offsets in a document") {
  Engine e(Demand("{actor} fordert ...3 Waffenruhe"));
  const std::string text =
      "Einleitung ohne Belang.\n"
      "Kiew fordert eine Waffenruhe. Moskau fordert eine Waffenruhe.\n"
      "\n"
      "In Berlin hieß es,\n"
      "die Ukraine   fordert eine Waffenruhe.\n";
  REQUIRE(e.Run(Language::kGerman, text).size() == 3);
  const auto& c = e.claims;
  CHECK(c[0].sentence == 2);
  CHECK(c[0].line == 2);
  CHECK(c[0].start == text.find("Kiew"));
  CHECK(c[0].end == text.find(". Moskau"));
  CHECK(c[0].text == "Kiew fordert eine Waffenruhe.");
  CHECK(c[1].sentence == 3);
  CHECK(c[1].line == 2);
  CHECK(c[1].start == text.find("Moskau"));
  CHECK(c[2].sentence == 4);
  CHECK(c[2].line == 5);  // the sentence starts on line 4, the match on 5
  CHECK(c[2].start == text.find("die Ukraine"));
  CHECK(c[2].end == text.size() - 2);
  CHECK(c[2].text == "In Berlin hieß es, die Ukraine fordert eine Waffenruhe.");
  CHECK(c[2].actor == "UKR");
  CHECK(c[2].stance == Stance::kDemand);
  CHECK(c[2].rule == "r");
  CHECK(e.explanation.size() == 4);

  // Offsets and lines count from the start of the text, front matter included.
  e.document.body_offset = 14;
  e.document.body_line = 4;
  REQUIRE(e.Run(Language::kGerman, "---\nid: t\n---\nKiew fordert eine Waffenruhe.").size() == 1);
  CHECK(e.claims[0].sentence == 1);
  CHECK(e.claims[0].line == 4);
  CHECK(e.claims[0].start == 14);
  CHECK(e.claims[0].end == 14 + 28);
}

TEST_CASE("claims: the SPEC §2 example rule from files: the §3 sentence and its own tests") {
  auto fs = MakeRealFileSystem();
  const std::string dir = std::string(PARLEY_SOURCE_DIR) + "/tests/data/rules/";
  RuleSet rules;
  Diagnostics diagnostics;
  REQUIRE(LoadRuleSet({dir + "spec_rules.yaml", dir + "match/spec_example.yaml"}, *fs, &rules,
                      diagnostics));
  Status status;
  auto extractor = Extractor::Create(CompiledRules::Compile(rules, &status), &status);
  REQUIRE(extractor);
  Document document;
  document.lang = Language::kGerman;
  document.text =
      "Die Ukraine, die seit gut drei Jahren eine Invasion Russlands abwehrt, fordert auf der "
      "Grundlage eines US-Vorschlags eine international überwachte bedingungslose 30-tägige "
      "Waffenruhe als Einstieg in Friedensverhandlungen.";
  std::vector<Claim> claims;
  extractor->Extract(document, &claims);
  CHECK(Engine::Full(claims) == "UKR demand ceasefire.unconditional days=30 #de.ceasefire.unconditional.demand");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].start == 0);
  CHECK(claims[0].end == document.text.find(" als Einstieg"));
  CHECK(claims[0].rule == "de.ceasefire.unconditional.demand");
  claims.clear();
  document.text = "Russland knüpft eine Waffenruhe an Bedingungen.";
  extractor->Extract(document, &claims);
  CHECK(claims.empty());
  // And the rule passes its own tests (key `tests`).
  const std::vector<RuleTestResult> results = RunRuleTests(*extractor);
  REQUIRE(results.size() == 2);
  for (const RuleTestResult& result : results) {
    CHECK(result.outcome == RuleTestResult::Outcome::kPassed);
    CHECK(result.details.empty());
  }
}

TEST_CASE("claims: adjacent mentions of one actor are one mention, so a gap cannot take the rest of the name") {
  // "Kreml Putin": Kreml* and Putin* both name RUS. Were they two mentions,
  // the shortest gap after {actor} ("Kreml") would let {target} bind "Putin"
  // and make Russia its own target.
  Engine engine(Rule("r", "propose", "talks.direct", "{actor} ...3 {target} ...4 Gespräche"));
  CHECK(engine.De("Der Kreml Putin bietet Polen Gespräche an.") == "RUS propose talks.direct ->POL #r");
  // With a word between them they are two mentions, and the rule takes what it is given.
  CHECK(engine.De("Der Kreml: Putin bietet Gespräche an.") == "RUS propose talks.direct ->RUS #r");
}
