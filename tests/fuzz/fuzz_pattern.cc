// Fuzz target: the pattern compiler (pattern string in).
//
// The input is parsed on its own in every role a pattern has (rule pattern,
// lexicon entry, alias) and language. Then it takes each role in turn in a
// small fixed rule set — a rule's pattern, an `unless`, an entry of a list
// that rules name, an actor's alias — and where the set passes the loader's
// checks, the set is compiled and matched against a few fixed sentences. So
// the parser, the checks, the compiler (lists expanded into programs, actor
// alias programs) and the matcher all see the fuzzer's patterns.
#include <cstdio>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "rules/pattern.h"
#include "rules/rule_checks.h"
#include "test_support.h"

namespace parley::fuzz {
namespace {

constexpr const char* kTemplateFile = "template.yaml";

// Every role names placeholders that the input replaces.
constexpr const char* kTemplate = R"yaml(parley: 1
actors:
  - id: UKR
    aliases: {de: [Ukraine, Kiew, "ukrainisch* Seite"], en: [Ukraine, Kyiv, "Ukrainian side"]}
  - id: RUS
    aliases: {de: ["Russland*", Moskau, Kreml], en: ["Russia*", Moscow, Kremlin]}
  - id: PARTIES
    members: [UKR, RUS]
    aliases: {de: [beide Seiten], en: [both sides]}
  - id: FUZZ
    aliases: {de: [Fuzzland], en: [Fuzzland]}
topics:
  - id: ceasefire
    exclusive: true
    positions:
      - id: ceasefire.unconditional
      - id: ceasefire.conditional
lexicon:
  DEMAND: {de: ["forder*", "verlang*", "pocht* auf"], en: ["demand*", "call* for"]}
  NEGATION: {de: [nicht, "kein*"], en: [not, "n't", never]}
  FUZZ: {de: [Platzhalter], en: [placeholder]}
rules:
  - {id: de.role.pattern, lang: de, stance: demand, position: ceasefire.unconditional, pattern: "{actor} ... @DEMAND"}
  - {id: en.role.pattern, lang: en, stance: demand, position: ceasefire.unconditional, pattern: "{actor} ... @DEMAND"}
  - id: de.role.unless
    lang: de
    stance: reject
    position: ceasefire.conditional
    negation: flip
    pattern: "{actor} ...12 @DEMAND ...12 [{days:duration}] (Waffenruhe | Feuerpause) [{n:number}] [{w:word}]"
    unless: [Platzhalter]
  - id: en.role.unless
    lang: en
    stance: reject
    position: ceasefire.conditional
    negation: flip
    pattern: "{actor} ...12 @DEMAND ...12 [{days:duration}] ceasefire [{n:number}] [{w:word}]"
    unless: [placeholder]
  - {id: de.role.lexicon, lang: de, stance: propose, position: ceasefire.conditional, pattern: "{actor} ...8 @FUZZ ...8 [{target}]"}
  - {id: en.role.lexicon, lang: en, stance: propose, position: ceasefire.conditional, pattern: "{actor} ...8 @FUZZ ...8 [{target}]"}
  - {id: de.role.context, lang: de, stance: support, position: ceasefire.unconditional, actor: context, pattern: "(Waffenruhe | Feuerpause)"}
  - {id: en.role.context, lang: en, stance: support, position: ceasefire.unconditional, actor: context, pattern: "ceasefire"}
)yaml";

// Sentences for the set to match: its actors, lists, numbers, durations
// and negations, in each language, written for this target.
constexpr const char* kGermanText =
    "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe, sagte Kiew am 16. Mai. "
    "Russland verlangt keine Feuerpause von dreißig Tagen. Fuzzland, Moskau und beide Seiten "
    "pochen auf z. B. zwei Wochen Waffenruhe.\n\nDer Kreml fordert 1.000 Gefangene. "
    "Die ukrainische Seite nennt das eine Waffenruhe.";
constexpr const char* kEnglishText =
    "Ukraine's side demands an unconditional 30-day ceasefire, Kyiv said on 16 May. Moscow "
    "didn't call for a ceasefire of thirty days. Fuzzland, the Kremlin and both sides call for "
    "e.g. two weeks of ceasefire.\n\nRussia demands 1,000 prisoners. The U.S. calls it a "
    "ceasefire, the Ukrainian side said.";

struct Fixture {
  RuleSet rules;
  std::unique_ptr<Segmenter> segmenters[2];
  Document documents[2];
};

const Fixture& TheFixture() {
  static const Fixture* const fixture = [] {
    auto* made = new Fixture();
    testing::MemoryFileSystem fs;
    fs.files[kTemplateFile] = kTemplate;
    Diagnostics diagnostics;
    const bool ok = LoadRuleSet({kTemplateFile}, fs, &made->rules, diagnostics);
    for (const Diagnostic& diagnostic : diagnostics.items())
      std::fprintf(stderr, "%s\n", diagnostic.ToString().c_str());
    Require(ok, "the pattern target's template rule set must load");
    for (Language language : {Language::kGerman, Language::kEnglish}) {
      Status status;
      made->segmenters[LanguageIndex(language)] = Segmenter::Create(language, &status);
      Require(made->segmenters[LanguageIndex(language)] != nullptr, "segmenters need ICU data");
      Document& document = made->documents[LanguageIndex(language)];
      document.id = std::string("fuzz-") + std::string(LanguageCode(language));
      document.lang = language;
      document.text = language == Language::kGerman ? kGermanText : kEnglishText;
    }
    return made;
  }();
  return *fixture;
}

RuleDef* FindRule(RuleSet& rules, std::string_view id) {
  for (RuleDef& rule : rules.rules)
    if (rule.id == id) return &rule;
  Require(false, "the template names every rule the target fills in");
  return nullptr;
}

// Whether the pattern parsed without a syntax error in both languages, per
// role: where it did not, the rule set's checks refuse it and there is
// nothing to compile (the loader target covers how they report it).
struct CleanRoles {
  bool rule = true;
  bool lexicon_entry = true;
  bool alias = true;
};

// The parser alone: it must take any text, and every error must point
// inside the pattern (the caret goes under that column).
CleanRoles ParseInEveryRole(std::string_view pattern, const Fixture& fixture) {
  CleanRoles clean;
  int characters = 0;
  for (char c : pattern) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  for (const auto& segmenter : fixture.segmenters) {
    for (PatternUse use : {PatternUse::kRule, PatternUse::kLexiconEntry, PatternUse::kAlias}) {
      std::vector<PatternError> errors;
      PatternNode tree = ParsePattern(pattern, use, *segmenter, &errors);
      for (const PatternError& error : errors) {
        Require(!error.message.empty(), "a pattern error says what is wrong");
        Require(error.column >= 1 && error.column <= characters + 1,
                "a pattern error's column lies inside the pattern");
      }
      (void)MatchesEmpty(tree);
      std::vector<const PatternNode*> lexicons, actors;
      CollectReferences(tree, &lexicons, &actors);
      bool& role_clean = use == PatternUse::kRule           ? clean.rule
                         : use == PatternUse::kLexiconEntry ? clean.lexicon_entry
                                                            : clean.alias;
      role_clean = role_clean && errors.empty();
    }
  }
  return clean;
}

// Checks `rules` as the loader does; if they pass, compiles and matches.
void CheckCompileMatch(const RuleSet& rules, const Fixture& fixture) {
  Diagnostics diagnostics;
  CheckRuleSet(rules, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.items()) (void)diagnostic.ToString();
  if (diagnostics.has_errors()) return;
  Status status;
  std::shared_ptr<const CompiledRules> compiled = CompiledRules::Compile(rules, &status);
  Require(compiled != nullptr, "a rule set that passes the checks compiles");
  std::unique_ptr<Extractor> extractor = MakeExtractor(compiled);
  for (const Document& document : fixture.documents) {
    std::vector<Claim> claims;
    std::vector<SentenceExplanation> explanation;
    extractor->Extract(document, &claims, &explanation);
    Require(explanation.size() == extractor->segmentation().sentences.size(),
            "one explanation per sentence");
    for (const Claim& claim : claims)
      Require(claim.start <= claim.end && claim.end <= document.text.size(),
              "a claim's offsets lie inside its document");
  }
}

}  // namespace

void FuzzPattern(std::string_view pattern) {
  const Fixture& fixture = TheFixture();
  const CleanRoles clean = ParseInEveryRole(pattern, fixture);
  const std::string text(pattern);

  if (clean.rule) {
    RuleSet as_rule = fixture.rules;
    FindRule(as_rule, "de.role.pattern")->pattern = text;
    FindRule(as_rule, "en.role.pattern")->pattern = text;
    CheckCompileMatch(as_rule, fixture);

    RuleSet as_unless = fixture.rules;
    FindRule(as_unless, "de.role.unless")->unless = {text};
    FindRule(as_unless, "en.role.unless")->unless = {text};
    CheckCompileMatch(as_unless, fixture);
  }
  if (clean.lexicon_entry) {
    RuleSet as_entry = fixture.rules;
    for (LexiconDef& list : as_entry.lexicon)
      if (list.name == "FUZZ") list.entries = {{{text}, {text}}};
    CheckCompileMatch(as_entry, fixture);
  }
  if (clean.alias) {
    RuleSet as_alias = fixture.rules;
    for (ActorDef& actor : as_alias.actors)
      if (actor.id == "FUZZ") actor.aliases = {{{text}, {text}}};
    CheckCompileMatch(as_alias, fixture);
  }
}

}  // namespace parley::fuzz
