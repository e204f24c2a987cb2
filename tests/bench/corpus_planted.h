// Planted claims for the benchmark corpus (make_corpus.cc): sentences that
// the core rules of every generated rule set (rules 0-99 of make_rules.cc,
// which every set begins with) turn into exactly one claim each, with the
// claim they must give. The corpus writer starts a paragraph with one now and
// then and lists it in the manifest.
//
// A planted sentence is "ACTOR VERB [ADJUNCT] OBJECT [PARTICLE].": the actor
// first, a verb of the rule's lexicon list (@DEMAND, @REJECT, @PROPOSE), an
// adjunct without actor, place or aspect words, and the object exactly as the
// core rule writes it (the filler only ever writes near misses of it), with
// nothing after it that a rule on a generated topic could take as its
// qualifier. A few are the flipped `accept` rules ("Russland will keinesfalls
// … akzeptieren": reject) and the German `condition_of` rule.
#ifndef PARLEY_TESTS_BENCH_CORPUS_PLANTED_H_
#define PARLEY_TESTS_BENCH_CORPUS_PLANTED_H_

#include <string>
#include <utility>
#include <vector>

#include "corpus_text.h"

namespace bench {

struct Planted {
  std::string sentence;
  std::string actor, stance, position;
  std::vector<std::pair<std::string, std::string>> attributes;  // name, JSON value
};

class Planter {
 public:
  explicit Planter(Random& random) : r_(random) {}

  Planted Make(bool german) {
    const uint32_t kind = r_.Below(100);
    if (kind < 4) return german ? GermanAccept() : EnglishAccept();
    if (kind < 6 && german) return GermanCondition();
    return german ? German() : English();
  }

 private:
  struct Actor {
    const char* name;
    const char* id;
    bool plural;
  };
  struct Verb {
    const char* stance;
    const char *singular, *plural, *particle;  // particle: German, sent to the end
  };

  static int Days(Random& r) {
    static const int days[] = {14, 20, 30, 45, 50, 60, 90};
    return days[r.Below(7)];
  }

  // The object as the core rule for `position` (CorePositions in
  // make_rules.cc) writes it, and the attributes its captures give.
  void Object(bool german, int position, Planted& out) {
    static const char* const cities_de[] = {"Istanbul", "Genf", "Riad", "Wien", "Helsinki", "Doha"};
    static const char* const cities_en[] = {"Istanbul", "Geneva", "Riyadh", "Vienna", "Helsinki", "Doha"};
    static const char* const regions_de[] = {"Saporischschja", "Cherson", "Charkiw", "Donezk", "Sumy"};
    static const char* const regions_en[] = {"Zaporizhzhia", "Kherson", "Kharkiv", "Donetsk", "Sumy"};
    static const int thousands[] = {1000, 1200, 2500, 3000, 10000};
    const int days = Days(r_);
    const int n = thousands[r_.Below(5)];
    const std::string d = std::to_string(days), g = Grouped(n, german ? '.' : ',');
    const uint32_t place = r_.Below(5);
    std::string& s = out.sentence;
    switch (position) {
      case 0:
        out.position = "ceasefire.unconditional";
        s += german ? Cat({"eine bedingungslose ", d, "-tägige Waffenruhe"}) : Cat({"an unconditional ", d, "-day ceasefire"});
        out.attributes = {{"days", d}};
        return;
      case 1:
        out.position = "ceasefire.monitored";
        s += german ? "eine international überwachte Feuerpause" : "an internationally monitored truce";
        out.attributes = {{"monitored", "\"international\""}};
        return;
      case 2:
        out.position = "ceasefire.limited";
        s += german ? Cat({"einen Waffenstillstand für die Dauer von ", d, " Tagen"}) : Cat({"a ceasefire lasting ", d, " days"});
        out.attributes = {{"days", d}};
        return;
      case 3:
        out.position = "prisoners.exchange";
        s += german ? Cat({"einen Austausch von ", g, " Gefangenen"}) : Cat({"a prisoner exchange of ", g, " soldiers"});
        out.attributes = {{"n", std::to_string(n)}};
        return;
      case 4:
        out.position = "prisoners.civilians";
        s += german ? Cat({"die Freilassung von ", g, " Zivilisten"}) : Cat({"the release of ", g, " civilians"});
        out.attributes = {{"n", std::to_string(n)}};
        return;
      case 5: {
        out.position = "withdrawal.troops";
        const std::string region = german ? regions_de[place] : regions_en[place];
        s += german ? Cat({"den Rückzug aller russischen Truppen aus ", region})
                    : Cat({"the withdrawal of all Russian troops from ", region});
        out.attributes = {{"region", Cat({"\"", region, "\""})}};
        return;
      }
      case 6: {
        out.position = "talks.new";
        const std::string city = german ? cities_de[place] : cities_en[place];
        s += german ? Cat({"neue Verhandlungen in ", city}) : Cat({"new talks in ", city});
        out.attributes = {{"city", Cat({"\"", city, "\""})}};
        return;
      }
      case 7:
        out.position = "talks.summit";
        s += german ? "ein Treffen der Staatschefs" : "a summit of heads of state";
        return;
      case 8:
        out.position = "security.guarantees";
        s += german ? "verbindliche Sicherheitsgarantien" : "binding security guarantees";
        return;
      case 9:
        out.position = "nato.renounce";
        s += german ? "den Verzicht auf einen NATO-Beitritt" : "a renunciation of NATO membership";
        return;
      case 10:
        out.position = "territory.recognition";
        s += german ? "die Anerkennung der besetzten Gebiete" : "recognition of the occupied territories";
        return;
      case 11:
        out.position = "sanctions.easing";
        s += german ? "eine Lockerung der Sanktionen" : "an easing of sanctions";
        return;
      case 12:
        out.position = "dmz.zone";
        s += german ? "eine entmilitarisierte Zone" : "a demilitarized zone";
        return;
      case 13:
        out.position = "troops.cap";
        s += german ? Cat({"eine Obergrenze von ", g, " Soldaten"}) : Cat({"a cap of ", g, " troops"});
        out.attributes = {{"n", std::to_string(n)}};
        return;
      case 14:
        out.position = "energy.protection";
        s += german ? "den Schutz der Energieinfrastruktur" : "protection for energy infrastructure";
        return;
      default:
        out.position = "humanitarian.corridors";
        s += german ? "humanitäre Korridore" : "humanitarian corridors";
        return;
    }
  }

  const Actor& PickActor(bool german) {
    static const std::vector<Actor> de = {
        {"die Ukraine", "UKR", false}, {"Kiew", "UKR", false}, {"Russland", "RUS", false},
        {"der Kreml", "RUS", false}, {"Moskau", "RUS", false}, {"die USA", "USA", true},
        {"Washington", "USA", false}, {"die Europäische Union", "EU", false}, {"die Türkei", "TUR", false},
        {"die Bundesregierung", "DEU", false}, {"Frankreich", "FRA", false}, {"Polen", "POL", false},
        {"beide Seiten", "PARTIES", true}, {"China", "CHN", false}, {"die Vereinten Nationen", "UN", true}};
    static const std::vector<Actor> en = {
        {"Ukraine", "UKR", false}, {"Kyiv", "UKR", false}, {"Russia", "RUS", false}, {"the Kremlin", "RUS", false},
        {"Moscow", "RUS", false}, {"the United States", "USA", false}, {"Washington", "USA", false},
        {"the European Union", "EU", false}, {"Turkey", "TUR", false}, {"Germany", "DEU", false},
        {"France", "FRA", false}, {"Poland", "POL", false}, {"both sides", "PARTIES", true},
        {"China", "CHN", false}, {"the United Nations", "UN", false}};
    return r_.Pick(german ? de : en);
  }

  std::string Adjunct(bool german) {
    static const std::vector<std::string> de = {"", "", "erneut", "ausdrücklich", "am Freitag",
                                                 "in einer schriftlichen Erklärung", "nach Angaben von Diplomaten"};
    static const std::vector<std::string> en = {"", "", "again", "explicitly", "on Friday", "in a written statement",
                                                "according to diplomats"};
    return r_.Pick(german ? de : en);
  }

  Planted German() {
    static const std::vector<Verb> verbs = {
        {"demand", "fordert", "fordern", ""},      {"demand", "verlangt", "verlangen", ""},
        {"demand", "forderte", "forderten", ""},   {"reject", "lehnt", "lehnen", " ab"},
        {"reject", "weist", "weisen", " zurück"},  {"reject", "lehnte", "lehnten", " ab"},
        {"propose", "schlägt", "schlagen", " vor"}, {"propose", "bietet", "bieten", " an"},
        {"propose", "schlug", "schlugen", " vor"}};
    Planted out;
    const Actor& actor = PickActor(true);
    const Verb& verb = r_.Pick(verbs);
    out.actor = actor.id;
    out.stance = verb.stance;
    out.sentence = Capitalize(Join({actor.name, actor.plural ? verb.plural : verb.singular, Adjunct(true)})) + " ";
    Object(true, static_cast<int>(r_.Below(16)), out);
    out.sentence += std::string(verb.particle) + ".";
    return out;
  }

  Planted English() {
    static const std::vector<Verb> verbs = {
        {"demand", "demands", "demand", ""},       {"demand", "calls for", "call for", ""},
        {"demand", "insisted on", "insisted on", ""}, {"reject", "rejects", "reject", ""},
        {"reject", "dismissed", "dismissed", ""},   {"reject", "criticizes", "criticize", ""},
        {"propose", "proposes", "propose", ""},     {"propose", "offered", "offered", ""},
        {"propose", "suggests", "suggest", ""}};
    Planted out;
    const Actor& actor = PickActor(false);
    const Verb& verb = r_.Pick(verbs);
    out.actor = actor.id;
    out.stance = verb.stance;
    out.sentence = Capitalize(Join({actor.name, actor.plural ? verb.plural : verb.singular, Adjunct(false)})) + " ";
    Object(false, static_cast<int>(r_.Below(16)), out);
    out.sentence += ".";
    return out;
  }

  // de.ceasefire.unconditional.accept / en.…accept: negation flip gives reject.
  Planted GermanAccept() {
    const Actor& actor = PickActor(true);
    const int days = Days(r_);
    Planted out{Cat({Capitalize(actor.name), actor.plural ? " wollen" : " will", " keinesfalls eine bedingungslose ",
                     std::to_string(days), "-tägige Waffenruhe akzeptieren."}),
                actor.id, "reject", "ceasefire.unconditional", {{"days", std::to_string(days)}}};
    return out;
  }
  Planted EnglishAccept() {
    const Actor& actor = PickActor(false);
    const int days = Days(r_);
    Planted out{Cat({Capitalize(actor.name), " didn't accept an unconditional ", std::to_string(days), "-day ceasefire."}),
                actor.id, "reject", "ceasefire.unconditional", {{"days", std::to_string(days)}}};
    return out;
  }
  // de.security.guarantees.condition: a demand, the condition of a ceasefire.
  Planted GermanCondition() {
    const Actor& actor = PickActor(true);
    Planted out{Cat({Capitalize(actor.name), actor.plural ? " wollen" : " will",
                     " keinesfalls eine Waffenruhe akzeptieren, solange nicht verbindliche Sicherheitsgarantien "
                     "vorliegen."}),
                actor.id, "demand", "security.guarantees", {}};
    return out;
  }

  Random& r_;
};

}  // namespace bench

#endif  // PARLEY_TESTS_BENCH_CORPUS_PLANTED_H_
