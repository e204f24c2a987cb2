// The words of the generated topics, shared by the rule set generator
// (make_rules.cc), which writes rules on them, and the corpus generator
// (corpus_de.h, corpus_en.h), which mentions them in filler sentences that
// make those rules candidates without completing them.
#ifndef PARLEY_TESTS_BENCH_TOPICS_H_
#define PARLEY_TESTS_BENCH_TOPICS_H_

#include <vector>

namespace bench {

struct Term {
  const char* de;
  const char* en;
  const char* name = nullptr;  // English name, where `en` is a pattern
};

// Compound topics: German prefix + suffix make one word, English two.
inline const std::vector<Term> kPrefixes = {
    {"Getreide", "grain"},     {"Energie", "energy"},      {"Wasser", "water"},       {"Hafen", "port"},
    {"Grenz", "border"},       {"Minen", "mine"},          {"Atom", "nuclear"},       {"Luftfahrt", "aviation"},
    {"Bahn", "rail"},          {"Strom", "power"},         {"Gas", "gas"},            {"Dünger", "fertilizer"},
    {"Schiffs", "shipping"},   {"Wiederaufbau", "reconstruction"}, {"Handels", "trade"}, {"Transit", "transit"},
    {"Flüchtlings", "refugee"}, {"Rüstungs", "arms"},      {"Export", "export"},      {"Öl", "oil"},
    {"Kohle", "coal"},         {"Daten", "data"},          {"Cyber", "cyber"},        {"Weltraum", "space"},
    {"Fluss", "river"},        {"Küsten", "coastal"},      {"Agrar", "farm"},         {"Lebensmittel", "food"},
    {"Medikamenten", "medicine"}, {"Zivilschutz", "civil defence"}, {"Visa", "visa"}, {"Zoll", "customs"},
    {"Finanz", "finance"},     {"Banken", "banking"},      {"Kultur", "heritage"},    {"Pipeline", "pipeline"},
};
inline const std::vector<Term> kSuffixes = {
    {"korridor", "corridor"},   {"abkommen", "agreement"},  {"kontrolle", "controls"}, {"garantie", "guarantee"},
    {"fonds", "fund"},          {"kommission", "commission"}, {"moratorium", "moratorium"}, {"zone", "zone"},
    {"vertrag", "treaty"},      {"mission", "mission"},     {"inspektionen", "inspections"},
    {"regelung", "arrangement"},
    {"embargo", "embargo"},     {"route", "route"},         {"quote", "quota"},        {"sperre", "ban"},
    {"hilfe", "aid"},           {"schutz", "protection"},   {"union", "union"},        {"dialog", "dialogue"},
    {"plan", "plan"},           {"konferenz", "conference"}, {"register", "register"}, {"lieferungen", "deliveries"},
};
// Topics on a corpus noun narrowed by a qualifier.
inline const std::vector<Term> kNouns = {
    {"(Waffenruhe|Feuerpause)", "(ceasefire|truce)", "ceasefire"},
    {"Gefangenenaustausch*", "prisoner (exchange|swap)", "prisoner exchange"},
    {"Sanktionen", "sanctions", "sanctions"},
    {"Sicherheitsgarantien", "security guarantees", "security guarantees"},
    {"Korridor*", "corridor*", "corridor"},       {"Verhandlungen", "talks", "talks"},
    {"Truppen", "troops", "troops"},              {"Zone", "zone", "zone"},
    {"Kraftwerk*", "power plant*", "power plants"}, {"Häfen", "ports", "ports"},
    {"Gefangenen", "prisoners", "prisoners"},
};
inline const std::vector<Term> kQualifiers = {
    {"Schwarz* Meer*", "Black Sea"}, {"Luftraum*", "airspace"},  {"Ostern", "Easter"},   {"Weihnacht*", "Christmas"},
    {"Winter*", "winter"},           {"Front", "front line"},    {"Cherson", "Kherson"},  {"Charkiw", "Kharkiv"},
    {"Saporischschja", "Zaporizhzhia"}, {"Sumy", "Sumy"},        {"Donezk", "Donetsk"},   {"Odessa", "Odesa"},
    {"Istanbul", "Istanbul"},        {"Genf", "Geneva"},         {"Dnipro", "Dnipro"},    {"Krim", "Crimea"},
    {"Asowsch* Meer*", "Sea of Azov"}, {"Kursk", "Kursk"},
};

// How the filler writes a noun of kNouns (index-aligned; nullptr: never, because
// the word alone completes a core rule, as "Gefangenenaustausch" does) and a
// qualifier of kQualifiers in German (the English patterns are plain words).
struct NounText {
  const char* de;
  const char* en;
};
inline const std::vector<NounText> kNounTexts = {
    {"Waffenruhe", "ceasefire"}, {nullptr, nullptr}, {"Sanktionen", "sanctions"},
    {"Sicherheitsgarantien", "security guarantees"}, {"Korridore", "corridors"}, {"Verhandlungen", "talks"},
    {"Truppen", "troops"}, {"Zone", "zone"}, {"Kraftwerke", "power plants"}, {"Häfen", "ports"},
    {"Gefangenen", "prisoners"},
};
inline const std::vector<const char*> kQualifierTextsDe = {
    "Schwarzen Meer", "Luftraum", "Ostern", "Weihnachten", "Winter", "Front", "Cherson", "Charkiw",
    "Saporischschja", "Sumy", "Donezk", "Odessa", "Istanbul", "Genf", "Dnipro", "Krim", "Asowschen Meer", "Kursk",
};

}  // namespace bench

#endif  // PARLEY_TESTS_BENCH_TOPICS_H_
