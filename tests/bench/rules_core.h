// The fixed part of a generated rule set (make_rules.cc): the rule and topic
// records, the actors, the lexicon, and the core positions and topics that
// the corpus's planted sentences (corpus_planted.h) are written for.
#ifndef PARLEY_TESTS_BENCH_RULES_CORE_H_
#define PARLEY_TESTS_BENCH_RULES_CORE_H_

#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace bench {

using Pairs = std::vector<std::pair<std::string, std::string>>;

struct Rule {
  std::string id, lang, stance, position, pattern, negation, actor, condition_of;
  std::vector<std::string> unless;
  Pairs attributes;
  std::string test;  // a match test, or empty
  Pairs expect;
};

inline Rule MakeRule(std::string id, std::string stance, std::string position, std::string pattern) {
  Rule rule;
  std::tie(rule.id, rule.stance, rule.position, rule.pattern) = std::tie(id, stance, position, pattern);
  return rule;
}

struct Topic {
  std::string id, name;
  bool exclusive = false;
  Pairs positions;  // id, name
  Pairs conflicts;
};

// YAML double-quoted scalar.

// ---------------------------------------------------------------------------
// The fixed part: actors, lexicon and the core topics.

inline constexpr std::string_view kActors = R"yaml(actors:
  - id: UKR
    name: Ukraine
    aliases:
      de: [Ukraine, Kiew, Kyjiw, "ukrainisch* Seite", "ukrainisch* Delegation", "ukrainisch* Außenminister", Selenskyj]
      en: [Ukraine, Kyiv, Kiev, "Ukrainian side", "Ukrainian delegation", Zelensky, Zelenskyy]
  - id: RUS
    name: Russia
    aliases:
      de: [Russland*, Moskau*, Kreml*, "russisch* Seite", "russisch* Delegation", Putin*]
      en: [Russia*, Moscow, Kremlin, "Russian side", "Russian delegation", Putin*]
  - id: USA
    name: United States
    aliases: {de: [USA, "Vereinigt* Staaten", Washington, Trump, "US-Regierung"],
              en: [U.S., "United States", Washington, Trump, "Trump administration"]}
  - id: EU
    name: European Union
    aliases: {de: ["Europäisch* Union", EU, Brüssel, "EU-Kommission"],
              en: ["European Union", EU, Brussels, "European Commission"]}
  - {id: TUR, name: Turkey, aliases: {de: [Türkei, Ankara, Erdoğan, Erdogan], en: [Turkey, Türkiye, Ankara, Erdogan]}}
  - {id: DEU, name: Germany, aliases: {de: [Bundesregierung, Deutschland, Berlin, "Bundeskanzler*"],
                                       en: [Germany, Berlin, "German government"]}}
  - {id: FRA, name: France, aliases: {de: [Frankreich, Paris, Macron], en: [France, Paris, Macron]}}
  - {id: GBR, name: United Kingdom, aliases: {de: [Großbritannien, London, "britisch* Regierung"],
                                              en: [Britain, "United Kingdom", London]}}
  - {id: POL, name: Poland, aliases: {de: [Polen, Warschau], en: [Poland, Warsaw]}}
  - {id: ROU, name: Romania, aliases: {de: [Rumänien, Bukarest], en: [Romania, Bucharest]}}
  - {id: LTU, name: Lithuania, aliases: {de: [Litauen, Vilnius], en: [Lithuania, Vilnius]}}
  - {id: BLR, name: Belarus, aliases: {de: [Belarus, Minsk, Lukaschenko], en: [Belarus, Minsk, Lukashenko]}}
  - {id: HUN, name: Hungary, aliases: {de: [Ungarn, Budapest, Orbán], en: [Hungary, Budapest, Orban]}}
  - {id: CHN, name: China, aliases: {de: [China, Peking], en: [China, Beijing]}}
  - {id: NATO, name: NATO, aliases: {de: [NATO, "Nato-Generalsekretär"], en: [NATO, "NATO secretary general"]}}
  - {id: UN, name: United Nations, aliases: {de: ["Vereint* Nationen", UN, UNO, Guterres],
                                             en: ["United Nations", U.N., UN, Guterres]}}
  - id: PARTIES
    name: Both parties
    members: [UKR, RUS]
    aliases: {de: ["beide Seiten", "beide Kriegsparteien"], en: ["both sides", "the two sides", "both parties"]}
  - id: EUROPEANS
    name: European allies
    members: [EU, DEU, FRA, GBR, POL]
    aliases: {de: [Europäer, "europäisch* Verbündet*"], en: [Europeans, "European allies"]}
)yaml";

inline constexpr std::string_view kLexicon = R"yaml(lexicon:
  DEMAND:
    de: ["forder*", "verlang*", "pocht* auf", "besteh* auf", "bestand* auf", "beharr* auf", "dräng* auf"]
    en: ["demand*", "call* for", "insist* on", "urge*", "push* for", "press* for"]
  REJECT:
    de: ["lehn*", "weist", "weisen", "wies*", "kritisier*", "verwirf*", "verwarf*"]
    en: ["reject*", "dismiss*", "refus*", "rul* out", "criticiz*", "criticis*"]
  PROPOSE:
    de: ["(schlägt|schlug|schlagen|schlugen)", "(bietet|bot|bieten|boten)", "regt* an", "bring* ins Spiel"]
    en: ["propos*", "offer*", "suggest*", "put* forward", "float*"]
  SUPPORT:
    de: ["unterstütz*", "begrüß*", "befürwort*", "stell* sich hinter", "steh* hinter"]
    en: ["support*", "welcom*", "back*", "endors*", "favor*", "favour*"]
  NEGATION:
    de: [nicht, "kein*", niemals, weder]
    en: [not, "n't", "no", never, neither]
)yaml";

struct CorePosition {
  const char *id, *de, *en;     // the object as a pattern
  const char *de_text, *en_text;  // the object in a test sentence
  Pairs expect;                   // the captures that sentence yields
};

inline const std::vector<CorePosition>& CorePositions() {
  static const std::vector<CorePosition> positions = {
      {"ceasefire.unconditional", "bedingungslos* [{days:duration}] (Waffenruhe|Feuerpause|Waffenstillstand)",
       "unconditional [{days:duration}] (ceasefire|truce)", "eine bedingungslose 30-tägige Waffenruhe",
       "an unconditional 30-day ceasefire", {{"days", "30"}}},
      {"ceasefire.monitored", "international* überwacht* (Feuerpause|Waffenruhe)",
       "international* monitored (truce|ceasefire)", "eine international überwachte Feuerpause",
       "an internationally monitored truce", {}},
      {"ceasefire.limited", "(Waffenstillstand|Waffenruhe) für die Dauer von {days:duration}",
       "(ceasefire|truce) lasting {days:duration}", "einen Waffenstillstand für die Dauer von 45 Tagen",
       "a ceasefire lasting 45 days", {{"days", "45"}}},
      {"prisoners.exchange", "(Austausch von {n:number} Gefangenen|Gefangenenaustausch*)",
       "(prisoner exchange of {n:number} (soldiers|prisoners)|prisoner (swap|exchange))",
       "einen Austausch von 1.000 Gefangenen", "a prisoner exchange of 1,000 soldiers", {{"n", "1000"}}},
      {"prisoners.civilians", "Freilassung von {n:number} Zivilist*", "release of {n:number} civilians",
       "die Freilassung von 2.500 Zivilisten", "the release of 2,500 civilians", {{"n", "2500"}}},
      {"withdrawal.troops", "Rückzug aller russischen Truppen aus {region:word}",
       "withdrawal of all Russian troops from {region:word}", "den Rückzug aller russischen Truppen aus Cherson",
       "the withdrawal of all Russian troops from Kherson", {}},
      {"talks.new", "neue* (Verhandlungen|Gespräche) in {city:word}", "new talks in {city:word}",
       "neue Verhandlungen in Istanbul", "new talks in Istanbul", {}},
      {"talks.summit", "Treffen der Staatschefs", "summit of heads of state", "ein Treffen der Staatschefs",
       "a summit of heads of state", {}},
      {"security.guarantees", "verbindlich* Sicherheitsgarantien", "binding security guarantees",
       "verbindliche Sicherheitsgarantien", "binding security guarantees", {}},
      {"nato.renounce", "Verzicht auf ...2 NATO-Beitritt*", "renunciation of NATO membership",
       "den Verzicht auf einen NATO-Beitritt", "a renunciation of NATO membership", {}},
      {"territory.recognition", "Anerkennung der besetzten Gebiete", "recognition of the occupied territories",
       "die Anerkennung der besetzten Gebiete", "recognition of the occupied territories", {}},
      {"sanctions.easing", "Lockerung der Sanktionen", "easing of sanctions",
       "eine schrittweise Lockerung der Sanktionen", "a gradual easing of sanctions", {}},
      {"dmz.zone", "entmilitarisiert* Zone", "demilitari* zone", "eine entmilitarisierte Zone",
       "a demilitarized zone", {}},
      {"troops.cap", "Obergrenze von {n:number} Soldaten", "cap of {n:number} troops",
       "eine Obergrenze von 3.000 Soldaten", "a cap of 3,000 troops", {{"n", "3000"}}},
      {"energy.protection", "Schutz der Energieinfrastruktur", "protection for energy infrastructure",
       "den Schutz der Energieinfrastruktur", "protection for energy infrastructure", {}},
      {"humanitarian.corridors", "humanitär* Korridor*", "humanitarian corridors", "humanitäre Korridore",
       "humanitarian corridors", {}},
  };
  return positions;
}

inline std::vector<Topic> CoreTopics() {
  return {
      {"ceasefire", "Ceasefire", false,
       {{"ceasefire.unconditional", "Unconditional ceasefire"},
        {"ceasefire.conditional", "Ceasefire only under conditions"},
        {"ceasefire.monitored", "Internationally monitored ceasefire"},
        {"ceasefire.limited", "Ceasefire for a limited time"}},
       {{"ceasefire.unconditional", "ceasefire.conditional"}}},
      {"prisoners", "Prisoners", false,
       {{"prisoners.exchange", "Exchange of prisoners"}, {"prisoners.civilians", "Release of civilians"}}, {}},
      {"withdrawal", "Troop withdrawal", false, {{"withdrawal.troops", "Russian troops withdraw"}}, {}},
      {"talks", "Talks", false,
       {{"talks.new", "New round of talks"}, {"talks.summit", "Summit of heads of state"}}, {}},
      {"security", "Security guarantees", false, {{"security.guarantees", "Binding security guarantees"}}, {}},
      {"nato", "NATO membership of Ukraine", false,
       {{"nato.join", "Ukraine joins NATO"}, {"nato.renounce", "Ukraine renounces NATO membership"}},
       {{"nato.join", "nato.renounce"}}},
      {"territory", "Occupied territory", true,
       {{"territory.recognition", "Recognition of the occupied territories"},
        {"territory.return", "Return of the occupied territories"}}, {}},
      {"sanctions", "Sanctions", true,
       {{"sanctions.easing", "Easing of sanctions"}, {"sanctions.tightening", "Tighter sanctions"}}, {}},
      {"dmz", "Demilitarized zone", false, {{"dmz.zone", "A demilitarized zone"}}, {}},
      {"troops", "Troop levels", false, {{"troops.cap", "A cap on troops along the front"}}, {}},
      {"energy", "Energy infrastructure", false, {{"energy.protection", "Protection of energy infrastructure"}}, {}},
      {"humanitarian", "Humanitarian access", false, {{"humanitarian.corridors", "Humanitarian corridors"}}, {}},
  };
}

struct StanceWords {  // the stance's lexicon list and a test sentence's words
  const char *stance, *list, *de_actor, *de_verb, *de_particle, *en_actor, *en_verb, *actor_id;
};

inline constexpr StanceWords kStances[] = {
    {"demand", "DEMAND", "Die Ukraine", "fordert", "", "Ukraine", "demands", "UKR"},
    {"reject", "REJECT", "Russland", "lehnt", " ab", "Russia", "rejects", "RUS"},
    {"propose", "PROPOSE", "Die USA", "schlagen", " vor", "The U.S.", "proposes", "USA"},
    {"support", "SUPPORT", "Die Europäische Union", "unterstützt", "", "The European Union", "supports", "EU"},
};


}  // namespace bench

#endif  // PARLEY_TESTS_BENCH_RULES_CORE_H_
