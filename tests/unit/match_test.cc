// Matching rule patterns against sentences (SPEC §2 "Pattern language" and
// "Which match"), seen through the public API: LoadRuleSet, CompiledRules,
// Extractor. Every test loads tests/data/rules/spec_rules.yaml (actors,
// topics, lexicon) plus its own rules, and checks the claims it gets.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "claims/compiled_rules.h"
#include "parley/extractor.h"
#include "parley/rule_set.h"
#include "test_support.h"

using namespace parley;
using parley::testing::MemoryFileSystem;

namespace {

std::string SourceFile(const std::string& relative) {
  std::ifstream in(std::string(PARLEY_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << relative);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// A rule of the shared ontology: `extra` adds keys ("actor: UKR, negation: flip").
std::string Rule(const std::string& lang, const std::string& pattern, const std::string& extra = "",
                 const std::string& id = "r") {
  return "  - {id: " + id + ", lang: " + lang +
         ", stance: demand, position: ceasefire.unconditional, pattern: \"" + pattern + "\"" +
         (extra.empty() ? "" : ", " + extra) + "}\n";
}
std::string DeRule(const std::string& pattern, const std::string& extra = "") {
  return Rule("de", pattern, extra);
}
std::string EnRule(const std::string& pattern, const std::string& extra = "") {
  return Rule("en", pattern, extra);
}

// The ontology of spec_rules.yaml plus `rules` (items of a `rules:` list)
// and `more` (further top-level YAML, e.g. a lexicon), compiled.
struct Engine {
  explicit Engine(const std::string& rules, const std::string& more = "") {
    MemoryFileSystem fs;
    fs.files["spec_rules.yaml"] = SourceFile("tests/data/rules/spec_rules.yaml");
    fs.files["test.yaml"] = "parley: 1\nrules:\n" + rules + more;
    Diagnostics diagnostics;
    const bool ok = LoadRuleSet({"spec_rules.yaml", "test.yaml"}, fs, &rule_set, diagnostics);
    std::string messages;
    for (const Diagnostic& d : diagnostics.items()) messages += d.ToString() + "\n";
    INFO(messages);
    REQUIRE(ok);
    Status status;
    compiled = CompiledRules::Compile(rule_set, &status);
    REQUIRE(compiled);
    extractor = Extractor::Create(compiled, &status);
    REQUIRE(extractor);
  }

  // With `explain`, also fills `explanation` (which costs a near-miss pass).
  const std::vector<Claim>& Run(Language lang, const std::string& text, bool explain = true) {
    Document document;
    document.id = "doc";
    document.lang = lang;
    document.text = text;
    document.body_offset = 0;
    document.body_line = 1;
    claims.clear();
    explanation.clear();
    extractor->Extract(document, &claims, explain ? &explanation : nullptr);
    return claims;
  }
  std::string De(const std::string& text) { return Brief(Run(Language::kGerman, text)); }
  std::string En(const std::string& text) { return Brief(Run(Language::kEnglish, text)); }

  // "UKR", "UKR->RUS", "UKR days=30", "UKR w=\"text\"", claims joined by "; ".
  static std::string Brief(const std::vector<Claim>& claims) {
    std::ostringstream out;
    for (const Claim& claim : claims) {
      if (&claim != &claims.front()) out << "; ";
      out << claim.actor;
      if (!claim.target.empty()) out << "->" << claim.target;
      for (const auto& [name, value] : claim.attributes) {
        out << ' ' << name << '=';
        if (value.is_number)
          out << value.number;
        else
          out << '"' << value.text << '"';
      }
    }
    return out.str();
  }

  RuleSet rule_set;
  std::shared_ptr<const CompiledRules> compiled;
  std::unique_ptr<Extractor> extractor;
  std::vector<Claim> claims;
  std::vector<SentenceExplanation> explanation;
};

std::string Repeat(const std::string& word, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += word + " ";
  return out;
}

}  // namespace

TEST_CASE("match: literal words and word* prefixes") {
  Engine exact(DeRule("{actor} fordert Waffenruhe*"));
  CHECK(exact.De("Kiew fordert Waffenruhe.") == "UKR");
  CHECK(exact.De("Kiew fordert Waffenruhen.") == "UKR");
  CHECK(exact.De("Kiew forderte Waffenruhe.") == "");  // a word without * is the whole token
  CHECK(exact.De("Kiew fordert eine Waffenruhe.") == "");  // no gap, no skipping
  Engine prefix(DeRule("{actor} forder* Waffenruhe"));
  CHECK(prefix.De("Kiew forderte Waffenruhe.") == "UKR");
  CHECK(prefix.De("Kiew fordern Waffenruhe.") == "UKR");
  CHECK(prefix.De("Kiew verlangt Waffenruhe.") == "");
}

TEST_CASE("match: in NATO-Beitritt* the * belongs to the last token") {
  Engine e(DeRule("{actor} lehnt ...3 NATO-Beitritt* ab"));
  CHECK(e.De("Moskau lehnt einen NATO-Beitritt ab.") == "RUS");
  CHECK(e.De("Moskau lehnt das NATO-Beitrittsgesuch ab.") == "RUS");
  CHECK(e.De("Moskau lehnt die NATOs-Beitrittspläne ab.") == "");
  CHECK(e.De("Moskau lehnt den NATO-Eintritt ab.") == "");
}

TEST_CASE("match: alternatives, also of several elements, and optionals") {
  Engine alt(DeRule("{actor} (fordert | pocht auf | besteht ...2 auf) (eine Waffenruhe | Feuerpause)"));
  CHECK(alt.De("Kiew fordert eine Waffenruhe.") == "UKR");
  CHECK(alt.De("Kiew pocht auf Feuerpause.") == "UKR");
  CHECK(alt.De("Kiew besteht weiter auf Feuerpause.") == "UKR");
  CHECK(alt.De("Kiew pocht Feuerpause.") == "");
  CHECK(alt.De("Kiew fordert Waffenruhe.") == "");  // "eine Waffenruhe" is one alternative
  CHECK(alt.De("Kiew fordert eine Feuerpause.") == "");
  Engine opt(DeRule("{actor} fordert [eine sofortige] Waffenruhe"));
  CHECK(opt.De("Kiew fordert Waffenruhe.") == "UKR");
  CHECK(opt.De("Kiew fordert eine sofortige Waffenruhe.") == "UKR");
  CHECK(opt.De("Kiew fordert eine Waffenruhe.") == "");  // all of the optional or nothing
  CHECK(opt.De("Kiew fordert sofortige Waffenruhe.") == "");
}

TEST_CASE("match: gaps ... (0-6 tokens) and ...N (0-N tokens), inside the sentence") {
  Engine plain(DeRule("{actor} fordert ... Waffenruhe"));
  CHECK(plain.De("Kiew fordert Waffenruhe.") == "UKR");
  CHECK(plain.De("Kiew fordert jetzt sofort eine echte dauerhafte stabile Waffenruhe.") == "UKR");
  CHECK(plain.De("Kiew fordert jetzt sofort eine echte dauerhafte stabile neue Waffenruhe.") == "");
  CHECK(plain.De("Kiew fordert. Waffenruhe!") == "");  // not across sentences
  Engine two(DeRule("{actor} fordert ...2 Waffenruhe"));
  CHECK(two.De("Kiew fordert eine sofortige Waffenruhe.") == "UKR");
  CHECK(two.De("Kiew fordert eine echte sofortige Waffenruhe.") == "");
  Engine thirty(DeRule("{actor} fordert ...30 Waffenruhe"));
  CHECK(thirty.De("Kiew fordert " + Repeat("sehr", 30) + "Waffenruhe.") == "UKR");
  CHECK(thirty.De("Kiew fordert " + Repeat("sehr", 31) + "Waffenruhe.") == "");
}

TEST_CASE("match: @LEXICON lists with multi-word entries and entries with gaps") {
  Engine demand(DeRule("{actor} @DEMAND ...3 Waffenruhe"));
  CHECK(demand.De("Kiew pocht auf eine Waffenruhe.") == "UKR");
  CHECK(demand.De("Kiew pochte auf eine Waffenruhe.") == "UKR");  // "pocht* auf"
  CHECK(demand.De("Kiew pocht eine Waffenruhe.") == "");          // "auf" is part of the entry
  CHECK(demand.De("Kiew verlangte eine Waffenruhe.") == "UKR");
  CHECK(demand.De("Kiew drängt auf eine Waffenruhe.") == "UKR");
  Engine reject(Rule("de", "{actor} @REJECT", "negation: ignore"));
  const std::string six = "Moskau lehnt die von Kiew geforderte bedingungslose Waffenruhe ab.";
  CHECK(reject.De(six) == "RUS");
  REQUIRE(reject.claims.size() == 1);
  CHECK(reject.claims[0].start == 0);
  CHECK(reject.claims[0].end == six.size() - 1);  // the match ends with "ab"
  CHECK(reject.De("Moskau lehnt die von Kiew gestern geforderte bedingungslose Waffenruhe ab.") == "");
  CHECK(reject.De("Moskau weist die Forderung zurück.") == "RUS");
  Engine propose(DeRule("{actor} @PROPOSE"),
                 "lexicon:\n  PROPOSE: {de: [\"(schlägt|schlug) ... vor\"]}\n");
  CHECK(propose.De("Kiew schlug gestern direkte Gespräche vor.") == "UKR");
  CHECK(propose.De("Kiew schlägt Gespräche vor.") == "UKR");
  CHECK(propose.De("Kiew schlägt Gespräche aus.") == "");
  Engine english(EnRule("{actor} @DEMAND ...3 ceasefire"));
  CHECK(english.En("Kyiv calls for a ceasefire.") == "UKR");
  CHECK(english.En("Kyiv calls a ceasefire.") == "");
  CHECK(english.En("Kyiv urges an immediate ceasefire.") == "UKR");
}

TEST_CASE("match: case folding and Unicode normalization, in text, pattern and aliases") {
  // The pattern is written decomposed (a + U+0308), the alias composed.
  Engine e(DeRule("{actor} dra\u0308ngt auf (Waffenruhe|Feuerpause)"));
  CHECK(e.De("Rumänien drängt auf Waffenruhe.") == "ROU");
  CHECK(e.De("Ruma\u0308nien DRÄNGT AUF WAFFENRUHE.") == "ROU");
  CHECK(e.De("RUMÄNIEN dra\u0308ngt auf FeuerPause.") == "ROU");
  // An alias written decomposed matches composed text.
  Engine alias(DeRule("{actor} fordert Waffenruhe"),
               "actors:\n  - {id: AUT, aliases: {de: [\"O\u0308sterreich\"]}}\n");
  CHECK(alias.De("Österreich fordert Waffenruhe.") == "AUT");
  CHECK(alias.De("ÖSTERREICH fordert Waffenruhe.") == "AUT");
  Engine sharp_s(DeRule("{actor} schließt ...2 Grenze*"));
  CHECK(sharp_s.De("POLEN SCHLIESST DIE GRENZEN.") == "POL");
  CHECK(sharp_s.De("Polen schließt die Grenze.") == "POL");
}

TEST_CASE("match: a curly apostrophe is a straight one, in text and pattern") {
  Engine e(Rule("en", "Kyiv’s (proposal|plan)", "actor: UKR", "curly") +
           Rule("en", "Kyiv's offer", "actor: UKR", "straight") +
           EnRule("{actor} did n't sign", "negation: ignore"));
  CHECK(e.En("Kyiv's proposal was discussed.") == "UKR");
  CHECK(e.En("Kyiv’s plan was discussed.") == "UKR");
  CHECK(e.En("Kyiv’s offer was discussed.") == "UKR");
  CHECK(e.En("Moscow didn’t sign.") == "RUS");
  CHECK(e.En("Moscow didn't sign.") == "RUS");
}

TEST_CASE("match: actor aliases with prefixes, several words and a group") {
  Engine e(DeRule("{actor} ...3 @DEMAND ...3 Waffenruhe"));
  CHECK(e.De("Die ukrainische Delegation fordert eine Waffenruhe.") == "UKR");
  REQUIRE(e.claims.size() == 1);
  CHECK(e.claims[0].start == 0);  // the article belongs to the mention
  CHECK(e.De("Die russische Seite verlangt eine Waffenruhe.") == "RUS");
  CHECK(e.De("Moskaus Führung verlangt eine Waffenruhe.") == "RUS");
  CHECK(e.De("Präsident Putin fordert eine Waffenruhe.") == "RUS");
  CHECK(e.De("Selenskyj fordert eine Waffenruhe.") == "UKR");
  CHECK(e.De("Beide Seiten fordern eine Waffenruhe.") == "PARTIES");  // a group binds the group
  CHECK(e.De("Die Generäle fordern eine Waffenruhe.") == "");
}

TEST_CASE("match: inflected German mentions: Russlands, Kiews, der ukrainischen Delegation") {
  Engine e(DeRule("Forderung* {actor} nach ...3 Waffenruhe"));
  CHECK(e.De("Die Forderung Russlands nach einer Waffenruhe wurde abgelehnt.") == "RUS");
  CHECK(e.De("Die Forderung Kiews nach einer Waffenruhe wurde abgelehnt.") == "UKR");
  const std::string text = "Die Forderung der ukrainischen Delegation nach einer Waffenruhe blieb.";
  CHECK(e.De(text) == "UKR");
  REQUIRE(e.claims.size() == 1);
  CHECK(e.claims[0].start == text.find("Forderung"));
  CHECK(e.De("Die Forderungen Russlands und der Ukraine nach einer Waffenruhe blieben.") == "RUS; UKR");
  // An alias without * does not inflect: "Kyjiw" is not "Kyjiws".
  CHECK(e.De("Die Forderung Kyjiws nach einer Waffenruhe wurde abgelehnt.") == "");
}

TEST_CASE("match: English possessives and abbreviations in mentions") {
  Engine e(EnRule("{actor} [delegation] @DEMAND ...3 ceasefire"));
  CHECK(e.En("Ukraine's delegation demands a ceasefire.") == "UKR");
  CHECK(e.En("Ukraine’s delegation demands a ceasefire.") == "UKR");
  CHECK(e.En("The Ukrainian delegation demands a ceasefire.") == "UKR");
  CHECK(e.En("The U.S. urges a ceasefire.") == "USA");
  CHECK(e.En("The delegation demands a ceasefire.") == "");
}

TEST_CASE("match: coordinated actors give one claim each") {
  Engine de(DeRule("{actor} (unterstützt|unterstützen) ...3 Waffenruhe"));
  CHECK(de.De("Polen, Rumänien und Litauen unterstützen eine Waffenruhe.") == "POL; ROU; LTU");
  REQUIRE(de.claims.size() == 3);
  CHECK(de.claims[2].start == 0);  // one match: every claim quotes all of it
  CHECK(de.claims[2].end == de.claims[0].end);
  CHECK(de.De("Polen sowie Litauen unterstützen eine Waffenruhe.") == "POL; LTU");
  CHECK(de.De("Polen oder Litauen unterstützt eine Waffenruhe.") == "POL; LTU");
  CHECK(de.De("Moskau und der Kreml unterstützen eine Waffenruhe.") == "RUS");  // once each
  Engine en(Rule("en", "{actor} (agree|agrees) ...3 ceasefire", "", "r"));
  CHECK(en.En("Russia, Ukraine agree on a ceasefire.") == "RUS; UKR");
  CHECK(en.En("Poland, Romania, and Lithuania agree on a ceasefire.") == "POL; ROU; LTU");
  CHECK(en.En("Poland as well as the Kremlin agree on a ceasefire.") == "POL; RUS");
}

TEST_CASE("match: an item that is no actor ends the list") {
  Engine e(DeRule("{actor} ...3 unterstützen ...3 Waffenruhe"));
  CHECK(e.De("Polen, Rumänien und Ungarn unterstützen eine Waffenruhe.") == "POL; ROU");
  CHECK(e.De("Polen, Ungarn und Litauen unterstützen eine Waffenruhe.") == "POL");
}

TEST_CASE("match: {actor:ID} takes that actor or a group it belongs to") {
  Engine e(DeRule("{actor:RUS} ...3 @DEMAND ...3 Waffenruhe"));
  CHECK(e.De("Beide Seiten fordern eine Waffenruhe.") == "PARTIES");
  CHECK(e.De("Moskau fordert eine Waffenruhe.") == "RUS");
  CHECK(e.De("Kiew fordert eine Waffenruhe.") == "");
  CHECK(e.De("Polen fordert eine Waffenruhe.") == "");
  CHECK(e.De("Kiew und Moskau fordern eine Waffenruhe.") == "RUS");
}

TEST_CASE("match: {target} and {target:ID}") {
  Engine any(EnRule("{actor} @DEMAND ...3 withdrawal of {target}"));
  CHECK(any.En("Kyiv demands the withdrawal of Russia.") == "UKR->RUS");
  CHECK(any.En("Kyiv demands the withdrawal of the Kremlin's troops.") == "UKR->RUS");
  CHECK(any.En("Kyiv demands a withdrawal of Russia and Belarus.") == "UKR->RUS; UKR->BLR");
  CHECK(any.En("Poland and Lithuania demand the withdrawal of Russia.") == "POL->RUS; LTU->RUS");
  CHECK(any.En("Kyiv demands the withdrawal of troops.") == "");
  Engine only(EnRule("{actor} @DEMAND ...3 withdrawal of {target:RUS}"));
  CHECK(only.En("Kyiv demands a withdrawal of Russia and Belarus.") == "UKR->RUS");
  CHECK(only.En("Kyiv demands a withdrawal of Belarus.") == "");
  CHECK(only.En("Poland demands the withdrawal of both sides.") == "POL->PARTIES");
}

TEST_CASE("match: {name:number} in digits and words") {
  Engine de(DeRule("{actor} fordert {n:number} Soldaten"));
  CHECK(de.De("Kiew fordert 1.000 Soldaten.") == "UKR n=1000");
  CHECK(de.De("Kiew fordert 30 Soldaten.") == "UKR n=30");
  CHECK(de.De("Kiew fordert dreißig Soldaten.") == "UKR n=30");
  CHECK(de.De("Kiew fordert tausend Soldaten.") == "UKR n=1000");
  CHECK(de.De("Kiew fordert viele Soldaten.") == "");
  Engine en(EnRule("{actor} demands {n:number} troops"));
  CHECK(en.En("Kyiv demands thirty troops.") == "UKR n=30");
  CHECK(en.En("Kyiv demands 1,000 troops.") == "UKR n=1000");
  REQUIRE(en.claims.size() == 1);
  CHECK(en.claims[0].attributes.at("n").is_number);
}

TEST_CASE("match: {name:duration} in days") {
  Engine de(DeRule("{actor} fordert ...2 {d:duration} (Waffenruhe|Feuerpause)"));
  CHECK(de.De("Kiew fordert eine 30-tägige Waffenruhe.") == "UKR d=30");
  CHECK(de.De("Kiew fordert 30 Tage Waffenruhe.") == "UKR d=30");
  CHECK(de.De("Kiew fordert binnen 50 Tagen Feuerpause.") == "UKR d=50");
  CHECK(de.De("Kiew fordert einen Monat Waffenruhe.") == "UKR d=30");
  CHECK(de.De("Kiew fordert zwei Wochen Waffenruhe.") == "UKR d=14");
  CHECK(de.De("Kiew fordert drei Wochen Feuerpause.") == "UKR d=21");
  CHECK(de.De("Kiew fordert sieben Jahre Waffenruhe.") == "UKR d=2555");
  CHECK(de.De("Kiew fordert eine lange Waffenruhe.") == "");
  Engine en(EnRule("{actor} demands ...2 {d:duration} [of] ceasefire"));
  CHECK(en.En("Kyiv demands a 30-day ceasefire.") == "UKR d=30");
  CHECK(en.En("Kyiv demands two weeks of ceasefire.") == "UKR d=14");
  CHECK(en.En("Kyiv demands one month of ceasefire.") == "UKR d=30");
  CHECK(en.En("Kyiv demands seven years of ceasefire.") == "UKR d=2555");
}

TEST_CASE("match: {name:word} captures one token as it is written") {
  Engine e(DeRule("{actor} fordert {w:word} Waffenruhe"));
  CHECK(e.De("Kiew fordert SOFORTIGE Waffenruhe.") == "UKR w=\"SOFORTIGE\"");
  CHECK(e.De("Kiew fordert Waffenruhe.") == "");
}

TEST_CASE("match: which match: leftmost, then longest, never overlapping") {
  Engine leftmost(DeRule("{actor} ...6 fordert ...3 Waffenruhe"));
  CHECK(leftmost.De("Kiew sagt, Moskau fordert eine Waffenruhe.") == "UKR");
  REQUIRE(leftmost.claims.size() == 1);
  CHECK(leftmost.claims[0].start == 0);

  Engine longest(DeRule("{actor} fordert ...4 Waffenruhe"));
  const std::string text = "Kiew fordert Waffenruhe und Waffenruhe.";
  CHECK(longest.De(text) == "UKR");
  REQUIRE(longest.claims.size() == 1);
  CHECK(longest.claims[0].end == text.size() - 1);

  // The longest match at Kiew swallows Moskau's: no second claim from that text.
  Engine swallow(DeRule("{actor} fordert ...6 Waffenruhe"));
  const std::string both = "Kiew fordert Waffenruhe, Moskau fordert Waffenruhe.";
  CHECK(swallow.De(both) == "UKR");
  REQUIRE(swallow.claims.size() == 1);
  CHECK(swallow.claims[0].end == both.size() - 1);
  REQUIRE(swallow.explanation.size() == 1);
  CHECK(swallow.explanation[0].matches.size() == 1);
}

TEST_CASE("match: one rule yields two claims from one sentence") {
  Engine e(DeRule("{actor} fordert ...3 Waffenruhe"));
  const std::string text = "Kiew fordert eine Waffenruhe und Moskau fordert eine Waffenruhe.";
  CHECK(e.De(text) == "UKR; RUS");
  REQUIRE(e.claims.size() == 2);
  CHECK(e.claims[0].end == text.find(" und"));
  CHECK(e.claims[1].start == text.find("Moskau"));
  CHECK(e.claims[1].sentence == 1);
}

TEST_CASE("match: among equally long matches the earlier alternative wins") {
  Engine first(Rule("de", "({x:word} Waffenruhe | sofortige {y:word})", "actor: UKR"));
  CHECK(first.De("Eine sofortige Waffenruhe.") == "UKR x=\"sofortige\"");
  Engine second(Rule("de", "(sofortige {y:word} | {x:word} Waffenruhe)", "actor: UKR"));
  CHECK(second.De("Eine sofortige Waffenruhe.") == "UKR y=\"Waffenruhe\"");
}

TEST_CASE("match: optionals are taken, gaps are short, skipped captures are absent") {
  Engine optional(Rule("de", "fordert [{x:word}] ...1 Waffenruhe", "actor: UKR"));
  CHECK(optional.De("Kiew fordert sofortige Waffenruhe.") == "UKR x=\"sofortige\"");
  CHECK(optional.De("Kiew fordert Waffenruhe.") == "UKR");
  Engine gap(Rule("de", "fordert ...3 {x:word} ...3 Waffenruhe", "actor: UKR"));
  CHECK(gap.De("Kiew fordert eine sofortige Waffenruhe.") == "UKR x=\"eine\"");
  Engine duration(DeRule("{actor} fordert [{d:duration}] Waffenruhe"));
  CHECK(duration.De("Kiew fordert Waffenruhe.") == "UKR");
  REQUIRE(duration.claims.size() == 1);
  CHECK(duration.claims[0].attributes.empty());
  CHECK(duration.De("Kiew fordert 30 Tage Waffenruhe.") == "UKR d=30");
}

// Matching is dynamic programming over (instruction, token) pairs, each
// computed at most once per scan of a sentence; a scan with no match never
// walks a path back. So for a sentence of T tokens and a program of P
// instructions: work <= P * (T + 1) (run without explanation: explaining a
// near miss is a second pass over the same pairs, so at most twice that).
//
// P for "(a | b c | d) ...30 (e | @DEMAND) ...30 [g] ...30 (h | i j) ...30 k"
// (one instruction per token, one split per choice, a match at the end):
//   (a | b c | d)     4 tokens + 2 splits                          =   6
//   ...30, four times 30 any-token steps + 30 splits each        = 240
//   (e | @DEMAND)     e + 6 entries of 10 tokens, 5 + 1 splits      =  17
//   [g]               1 token + 1 split                            =   2
//   (h | i j)         3 tokens + 1 split                           =   4
//   k, match                                                       =   2
//   total                                                          = 271, bound 300
TEST_CASE("match: many gaps and alternatives against 2,000 tokens: bounded work") {
  Engine e(Rule("de", "(a | b c | d) ...30 (e | @DEMAND) ...30 [g] ...30 (h | i j) ...30 k",
                "actor: UKR"));
  constexpr size_t kProgramBound = 300;
  CHECK(e.compiled->impl().rules[0].program.code.size() <= kProgramBound);
  // "k" only first, so the rule is a candidate but never matches; everything
  // else almost matches everywhere.
  auto sentence = [](int tokens) {
    const char* cycle[] = {"a", "e", "g", "h", "i", "j", "forderte", "b", "c", "d", "x"};
    std::string text = "k";
    for (int i = 1; i < tokens; ++i) text += std::string(" ") + cycle[i % 11];
    return text + ".";
  };
  uint64_t before = e.extractor->work();
  CHECK(e.Run(Language::kGerman, sentence(2000), false).empty());
  const uint64_t work_2000 = e.extractor->work() - before;
  REQUIRE(e.extractor->segmentation().sentences.size() == 1);
  REQUIRE(e.extractor->segmentation().sentences[0].token_count == 2000);
  CHECK(work_2000 > 2000);  // the rule was tried
  CHECK(work_2000 <= kProgramBound * 2001);

  before = e.extractor->work();
  CHECK(e.Run(Language::kGerman, sentence(4000), false).empty());
  const uint64_t work_4000 = e.extractor->work() - before;
  REQUIRE(e.extractor->segmentation().sentences[0].token_count == 4000);
  CHECK(work_4000 <= kProgramBound * 4001);
  // Linear in the sentence: twice the tokens, about twice the work.
  CHECK(static_cast<double>(work_4000) >= 1.6 * static_cast<double>(work_2000));
  CHECK(static_cast<double>(work_4000) <= 2.4 * static_cast<double>(work_2000));
}

// The classic exponential case for a backtracking matcher: nested choices
// of where each "a" goes, against a sentence of nothing but "a", with the
// one "b" that could finish the match before them. Lexicon entries with
// gaps make it worse. P: five @A of 16 (a ...6 a = 14, a, 1 split), five
// ...30 of 60, b and match: 382, bound 400.
TEST_CASE("match: nested gaps over a sentence of one repeated word: bounded work") {
  Engine e(Rule("de", "@A ...30 @A ...30 @A ...30 @A ...30 @A ...30 b", "actor: UKR"),
           "lexicon:\n  A: {de: [\"a ... a\", a]}\n");
  constexpr size_t kProgramBound = 400;
  CHECK(e.compiled->impl().rules[0].program.code.size() <= kProgramBound);
  const uint64_t before = e.extractor->work();
  const std::string text = "b " + Repeat("a", 1999) + "a.";
  CHECK(e.Run(Language::kGerman, text, false).empty());
  const uint64_t work = e.extractor->work() - before;
  REQUIRE(e.extractor->segmentation().sentences[0].token_count == 2001);
  CHECK(work > 2000);
  CHECK(work <= kProgramBound * 2002);
  // Explaining the near miss is one more pass over the same pairs.
  const uint64_t explained_before = e.extractor->work();
  CHECK(e.De(text) == "");
  REQUIRE(e.explanation.size() == 1);
  CHECK(e.explanation[0].near_misses.size() == 1);
  CHECK(e.extractor->work() - explained_before <= 2 * kProgramBound * 2002);
}

// Actor lists cost alias matching too: each position is tried once against
// the aliases that can start with its word, each alias program from there
// visiting at most its instructions x 3 pairs (no alias is longer than two
// words). The German aliases of spec_rules.yaml compile to 44 instructions
// (25 words, 11 splits, 8 ends), so alias work <= 44 * 3 = 132 per token.
// The rule: three ...30 (180), @DEMAND (15), two captures, a word and the
// match: 199, bound 200. So work <= (200 + 132) * (T + 1).
TEST_CASE("match: actor lists over 2,000 tokens: bounded work") {
  Engine e(DeRule("{actor} ...30 @DEMAND ...30 {target} ...30 Waffenruhe"));
  CHECK(e.compiled->impl().rules[0].program.code.size() <= 200);
  size_t alias_instructions = 0;
  const ActorAliases& aliases = *e.compiled->impl().For(Language::kGerman).aliases;
  for (size_t a = 0; a < e.rule_set.actors.size(); ++a) alias_instructions += aliases.program(a).code.size();
  CHECK(alias_instructions <= 44);
  const std::string block = "Polen, Rumänien und Litauen fordern von Russland und der Ukraine ";
  uint64_t work[2] = {0, 0};
  for (int doubled : {0, 1}) {
    std::string text = "Waffenruhe: ";  // before every actor: never matches
    for (int i = 0; i < 200 * (doubled + 1); ++i) text += block;  // 10 tokens each
    const uint64_t before = e.extractor->work();
    CHECK(e.Run(Language::kGerman, text + "Ende.", false).empty());
    work[doubled] = e.extractor->work() - before;
    const uint64_t tokens = e.extractor->segmentation().sentences.at(0).token_count;
    CHECK(tokens == 2 + 2000 * static_cast<uint64_t>(doubled + 1));
    CHECK(work[doubled] > tokens);
    CHECK(work[doubled] <= (200 + 132) * (tokens + 1));
  }
  CHECK(static_cast<double>(work[1]) >= 1.6 * static_cast<double>(work[0]));
  CHECK(static_cast<double>(work[1]) <= 2.4 * static_cast<double>(work[0]));
}
