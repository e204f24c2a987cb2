// German filler text for the benchmark corpus (make_corpus.cc): sentences
// that name actors, stance verbs and the things negotiated, so that every
// generated rule set (make_rules.cc) tries its rules on them, but that never
// complete a rule: see "Planted claims and filler" in README.md.
#ifndef PARLEY_TESTS_BENCH_CORPUS_DE_H_
#define PARLEY_TESTS_BENCH_CORPUS_DE_H_

#include <string>
#include <utility>
#include <vector>

#include "corpus_text.h"
#include "topics.h"

namespace bench {

// ---------------------------------------------------------------------------
// German.
//
// Evaluation order matters for determinism: the operands of `a() + b()` and
// the arguments of `f(a(), b())` may be evaluated in any order, so every
// expression below that draws more than one random value draws them inside a
// braced list (Cat, Join), whose elements are evaluated left to right.

struct DeActor {
  std::string name;        // nominative, lower-case article ("die Ukraine")
  bool plural;
  std::string apposition;  // a relative clause that agrees with it, or empty
};

struct DeVerb {
  std::string present_sg, present_pl, past_sg, past_pl;
  std::string particle;     // separable prefix, sent to the end ("ab", "vor")
  std::string preposition;  // before the object ("auf")
  std::string participle;   // for the pluperfect ("abgelehnt")
};

class German {
 public:
  explicit German(Random& random) : r_(random) {}

  std::string Headline() {
    static const std::vector<std::string> subjects = {"Ukraine", "Russland", "Kiew", "Moskau", "USA", "Kreml",
                                                      "Selenskyj", "Putin", "EU", "Türkei"};
    static const std::vector<std::string> verbs = {"fordert", "verlangt", "kritisiert", "begrüßt", "prüft"};
    static const std::vector<std::string> objects = {
        "Waffenruhe ohne Vorbedingungen", "Gespräche in Istanbul", "Sicherheitsgarantien",
        "Austausch von Gefangenen", "Abzug der Truppen", "US-Vorschlag", "Feuerpause über Ostern",
        "Verhandlungen auf Ebene der Staatschefs"};
    switch (r_.Below(6)) {
      case 0:
        return Join({r_.Pick(subjects), r_.Pick(verbs), r_.Pick(objects)});
      case 1:
        return Join({r_.Pick(subjects), "lehnt", r_.Pick(objects), "ab"});
      case 2:
        return Join({"Gespräche in", City(), "ohne Ergebnis"});
      case 3:
        return Join({"Neue Verhandlungsrunde", Date()});
      case 4:
        return Join({"Austausch von Gefangenen:", Grouped(r_.Between(2, 12) * 100, '.'), "Soldaten kommen frei"});
      default:
        return Join({std::to_string(Days()) + "-tägige", "Waffenruhe im Gespräch"});
    }
  }

  std::string ListItem() { return Capitalize(Object()); }
  std::string ListIntro() { return Join({"Die Forderungen von", Short(), "im Überblick:"}); }

  std::string Sentence() {
    switch (r_.Below(10)) {
      case 0:
      case 1:
        return Plain();
      case 2:
        return Inverted();
      case 3:
        return WithApposition();
      case 4:
        return Quote();
      case 5:
        return Subordinate();
      case 6:
        return Figures();
      case 7:
        return Analyst();
      case 8:
        return r_.Chance(50) ? Negated() : TopicMention();
      default:
        return r_.Chance(30) ? Question() : Plain();
    }
  }

 private:
  int Days() {
    static const std::vector<int> days = {14, 20, 30, 30, 30, 45, 50, 60, 90};
    return r_.Pick(days);
  }
  std::string Number(int lo, int hi) { return std::to_string(r_.Between(lo, hi)); }
  // "16. Mai", after "bis zum", "seit dem", "vor dem".
  std::string DateNoun() { return Cat({Number(1, 28), ". ", r_.Pick(kMonthsDe)}); }
  std::string Date() { return "am " + DateNoun(); }
  std::string City() {
    static const std::vector<std::string> cities = {"Istanbul", "Genf", "Riad", "Wien", "Dschidda", "Helsinki",
                                                    "Rom", "Doha"};
    return r_.Pick(cities);
  }
  std::string Region() {
    static const std::vector<std::string> regions = {"Saporischschja", "Cherson", "Charkiw", "Donezk", "Sumy",
                                                     "Odessa"};
    return r_.Pick(regions);
  }
  std::string Person() {
    static const std::vector<std::string> people = {
        "Dr. Olena Hrytsenko, Beraterin des Präsidenten,", "ein Sprecher des Kremls",
        "Außenminister Dr. Markus Feldhaus", "die Sprecherin der ukrainischen Delegation",
        "der Unterhändler Dr. Pavel Orlow", "eine Sprecherin des Auswärtigen Amts",
        "Prof. Dr. Jana Weller von der Universität Kiel"};
    return r_.Pick(people);
  }
  std::string Short() {
    static const std::vector<std::string> names = {"Kiew", "Moskau", "Washington", "Brüssel", "Ankara"};
    return r_.Pick(names);
  }
  std::string Thousands() {
    static const std::vector<int> values = {1000, 1000, 1200, 2500, 3000, 10000, 12500, 150000};
    return Grouped(r_.Pick(values), '.');
  }

  const DeActor& Actor() {
    static const std::vector<DeActor> actors = {
        {"die Ukraine", false, "die seit mehr als drei Jahren eine Invasion Russlands abwehrt"},
        {"Russland", false, "das weiterhin große Teile der Ostukraine besetzt hält"},
        {"Kiew", false, ""},
        {"Moskau", false, ""},
        {"die USA", true, "die seit Monaten zwischen beiden Seiten vermitteln"},
        {"der Kreml", false, "der sich bislang nur schriftlich geäußert hat"},
        {"die ukrainische Delegation", false, "die am Vorabend in Istanbul eingetroffen war"},
        {"die russische Seite", false, ""},
        {"Präsident Selenskyj", false, "der seit 2019 im Amt ist"},
        {"Kremlchef Putin", false, "der an den Gesprächen nicht persönlich teilnimmt"},
        {"die Europäische Union", false, ""},
        {"die Türkei", false, "die sich als Vermittlerin anbietet"},
        {"beide Seiten", true, ""},
        {"die Bundesregierung", false, ""},
        {"der ukrainische Außenminister", false, ""}};
    return r_.Pick(actors);
  }

  const DeVerb& Verb() {
    static const std::vector<DeVerb> verbs = {
        {"fordert", "fordern", "forderte", "forderten", "", "", "gefordert"},
        {"verlangt", "verlangen", "verlangte", "verlangten", "", "", "verlangt"},
        {"lehnt", "lehnen", "lehnte", "lehnten", "ab", "", "abgelehnt"},
        {"schlägt", "schlagen", "schlug", "schlugen", "vor", "", "vorgeschlagen"},
        {"weist", "weisen", "wies", "wiesen", "zurück", "", "zurückgewiesen"},
        {"unterstützt", "unterstützen", "unterstützte", "unterstützten", "", "", "unterstützt"},
        {"pocht", "pochen", "pochte", "pochten", "", "auf", "gepocht"},
        {"drängt", "drängen", "drängte", "drängten", "", "auf", "gedrängt"},
        {"bietet", "bieten", "bot", "boten", "an", "", "angeboten"},
        {"kritisiert", "kritisieren", "kritisierte", "kritisierten", "", "", "kritisiert"},
        {"begrüßt", "begrüßen", "begrüßte", "begrüßten", "", "", "begrüßt"}};
    return r_.Pick(verbs);
  }

  // The things negotiated, each a near miss of a core rule's object
  // (make_rules.cc): the same words, with one word between two that the
  // pattern needs side by side, or in another order.
  std::string Object() {
    switch (r_.Below(16)) {
      case 0:
        return Cat({"eine bedingungslose, sofortige ", std::to_string(Days()), "-tägige Waffenruhe"});
      case 1:
        return "eine Feuerpause, die international überwacht wird";
      case 2:
        return Cat({"einen Austausch von ", Thousands(), " verwundeten Gefangenen"});
      case 3:
        return Cat({"den Rückzug aller russischen Truppen innerhalb von ", std::to_string(Days()), " Tagen"});
      case 4:
        return Cat({"neue Verhandlungen auf Ministerebene in ", City()});
      case 5:
        return "Sicherheitsgarantien für die Ukraine, die verbindlich sind";
      case 6:
        return "den Verzicht auf einen wie auch immer gearteten NATO-Beitritt";
      case 7:
        return "die Anerkennung der seit 2022 besetzten Gebiete";
      case 8:
        return Cat({"ein Treffen der beiden Staatschefs noch vor dem ", DateNoun()});
      case 9:
        return "eine schrittweise Lockerung der westlichen Sanktionen";
      case 10:
        return Cat({"einen Waffenstillstand für die Dauer von zunächst ", std::to_string(Days()), " Tagen"});
      case 11:
        return "den Plan von Dr. Weber für eine entmilitarisierte, 20 Kilometer breite Zone";
      case 12:
        return Cat({"eine Obergrenze von ", Thousands(), " stationierten Soldaten entlang der Front"});
      case 13:
        return Cat({"die Freilassung von ", Thousands(), " inhaftierten Zivilisten"});
      case 14:
        return "den Schutz der zivilen Energieinfrastruktur wie z. B. Kraftwerke und Häfen";
      default:
        return Cat({"humanitäre und sichere Korridore u. a. für die Region ", Region()});
    }
  }

  // Adjuncts come in kinds (time, repetition, source, place, circumstance,
  // manner); one clause takes at most one of each kind.
  static constexpr int kAdjunctKinds = 6;

  std::string Adjunct(int kind) {
    const uint32_t variant = r_.Below(3);
    switch (kind) {
      case 0:
        return variant == 0 ? Cat({"bis zum ", DateNoun()}) : variant == 1 ? "bereits seit Wochen" : Date();
      case 1:
        return variant == 0 ? Cat({"zum ", Number(2, 9), ". Mal"}) : "erneut";
      case 2:
        return variant == 0   ? "nach Angaben von Diplomaten"
               : variant == 1 ? "laut einem Bericht der Nachrichtenagentur dpa"
                              : "in einer schriftlichen Erklärung";
      case 3:
        return variant == 0 ? Cat({"am Rande der Gespräche in ", City()}) : Cat({"in ", City()});
      case 4:
        return variant == 0   ? "auf der Grundlage eines US-Vorschlags"
               : variant == 1 ? "unter Vermittlung der Türkei"
                              : "u. a. mit Blick auf den Winter";
      default:
        return variant == 0 ? "überraschend deutlich" : "ausdrücklich";
    }
  }
  int AdjunctKind() { return static_cast<int>(r_.Below(kAdjunctKinds)); }

  // `n` adjuncts of different kinds, none of kind `except`.
  std::string Adjuncts(int n, int except = -1) {
    int kinds[kAdjunctKinds];
    int count = 0;
    for (int kind = 0; kind < kAdjunctKinds; ++kind) {
      if (kind != except) kinds[count++] = kind;
    }
    std::string out;
    for (int i = 0; i < n && i < count; ++i) {
      std::swap(kinds[i], kinds[i + static_cast<int>(r_.Below(static_cast<uint32_t>(count - i)))]);
      out = Join({out, Adjunct(kinds[i])});
    }
    return out;
  }

  static std::string Finite(const DeActor& a, const DeVerb& v, bool past) {
    if (past) return a.plural ? v.past_pl : v.past_sg;
    return a.plural ? v.present_pl : v.present_sg;
  }

  // The verb-second main clause after the subject.
  std::string Predicate(const DeActor& a, const DeVerb& v, bool past, int adjuncts) {
    return Join({Finite(a, v, past), Adjuncts(adjuncts), v.preposition, Object(), v.particle});
  }

  std::string Plain() {
    const DeActor& a = Actor();
    const DeVerb& v = Verb();
    const bool past = r_.Chance(50);
    const int adjuncts = r_.Between(1, 3);
    return Capitalize(Join({a.name, Predicate(a, v, past, adjuncts)})) + ".";
  }

  std::string Inverted() {
    const DeActor& a = Actor();
    const DeVerb& v = Verb();
    const int kind = AdjunctKind();
    return Join({Capitalize(Adjunct(kind)), Finite(a, v, true), a.name, Adjuncts(r_.Between(0, 2), kind),
                 v.preposition, Object(), v.particle}) +
           ".";
  }

  std::string WithApposition() {
    const DeActor* a = &Actor();
    for (int i = 0; i < 8 && a->apposition.empty(); ++i) a = &Actor();
    if (a->apposition.empty()) return Plain();
    const DeVerb& v = Verb();
    const bool past = r_.Chance(50);
    const int adjuncts = r_.Between(0, 2);
    return Cat({Capitalize(a->name), ", ", a->apposition, ", ", Predicate(*a, v, past, adjuncts), "."});
  }

  std::string Quote() {
    const DeVerb& v = Verb();
    const std::string quoted =
        Join({"Wir", v.present_pl, Adjuncts(r_.Between(0, 1)), v.preposition, Object(), v.particle});
    switch (r_.Below(3)) {
      case 0:
        return Cat({"„", quoted, "“, sagte ", Join({Person(), Date(), "in", City()}), "."});
      case 1:
        return Cat({Capitalize(Person()), " sagte ", Date(), ": „", quoted, ".“"});
      default:
        return Cat({"„Eine Waffenruhe ohne Bedingungen ist für uns nicht verhandelbar“, hieß es ", Date(), " aus ",
                    Short(), "."});
    }
  }

  std::string Subordinate() {
    const DeActor& a = Actor();
    const DeVerb& v = Verb();
    const bool past = r_.Chance(50);
    const int adjuncts = r_.Between(0, 1);
    const std::string main = Capitalize(Join({a.name, Predicate(a, v, past, adjuncts)}));
    const DeActor& b = Actor();
    const DeVerb& w = Verb();
    if (r_.Chance(50)) {
      return Cat({main, ", nachdem ",
                  Join({b.name, Adjuncts(1), w.preposition, Object(), w.participle, b.plural ? "hatten" : "hatte"}),
                  "."});
    }
    return Cat({main, ", weil ",
                Join({b.name, Adjuncts(r_.Between(0, 1)), w.preposition, Object(),
                      w.particle + (b.plural ? w.present_pl : w.present_sg)}),
                "."});
  }

  std::string Figures() {
    switch (r_.Below(4)) {
      case 0:
        return Cat({"Nach Angaben der Vereinten Nationen wurden seit dem ", DateNoun(), " mehr als ", Thousands(),
                    " Zivilisten in der Region ", Region(), " getötet oder verletzt."});
      case 1:
        return Cat({"Rund ", Thousands(), " Menschen haben die Region ", Region(),
                    " seit Beginn der Kämpfe u. a. über humanitäre Korridore verlassen."});
      case 2:
        return Cat({"Die Gespräche in ", City(), " dauerten ", Date(), " mehr als ", Number(3, 14),
                    " Stunden und endeten ohne gemeinsame Erklärung."});
      default:
        return Cat({"Die Delegationen trafen sich ", Date(), " zum ", Number(2, 9),
                    ". Mal seit Beginn des Jahres, diesmal in ", City(), "."});
    }
  }

  std::string Analyst() {
    static const std::vector<std::string> names = {"Lena Hofmann", "Tobias Brandt", "Irina Sokolowa"};
    static const std::vector<std::string> institutes = {"Zentrum für Osteuropastudien",
                                                        "Institut für Sicherheitspolitik",
                                                        "Forum für Friedensforschung"};
    return Cat({"Beobachter wie Dr. ", r_.Pick(names), " vom ", r_.Pick(institutes),
                " halten eine Einigung vor dem ", DateNoun(),
                " für unwahrscheinlich, weil z. B. die Frage der Gebiete ungeklärt bleibt."});
  }

  std::string Negated() {
    const DeActor& a = Actor();
    return Cat({Capitalize(a.name), " ", a.plural ? "wollen" : "will", " ", Adjuncts(1), " keinesfalls ", Object(),
                " akzeptieren, solange ", Actor().name, " nicht ", Object(), " garantiert."});
  }

  // A generated topic (topics.h) and, at the end of the sentence, the word of
  // an aspect: every word of a rule on it, but the aspect after the topic.
  std::string TopicMention() {
    static const std::vector<std::string> tails = {
        "doch über eine Einrichtung wird noch gestritten", "doch über eine Verlängerung wird noch gestritten",
        "doch über eine Aussetzung wird noch gestritten", "doch ob das international überwacht wird, ist offen",
        "doch ob das verbindlich wird, ist offen", "doch eine Überprüfung gilt als wahrscheinlich"};
    std::string topic;
    if (r_.Chance(75)) {
      topic = Cat({kPrefixes[r_.Below(static_cast<uint32_t>(kPrefixes.size()))].de,
                   kSuffixes[r_.Below(static_cast<uint32_t>(kSuffixes.size()))].de});
    } else {
      const NounText* noun = &kNounTexts[0];
      do noun = &kNounTexts[r_.Below(static_cast<uint32_t>(kNounTexts.size()))];
      while (noun->de == nullptr);
      topic = Cat({noun->de, " mit Blick auf ", kQualifierTextsDe[r_.Below(static_cast<uint32_t>(kQualifierTextsDe.size()))]});
    }
    const DeActor& a = Actor();
    const DeVerb& v = Verb();
    return Cat({Capitalize(Join({a.name, Finite(a, v, r_.Chance(50)), Adjuncts(r_.Between(0, 1)), v.preposition,
                                 "Gespräche zum Thema", topic, v.particle})),
                ", ", r_.Pick(tails), "."});
  }

  std::string Question() {
    if (r_.Chance(50)) return Cat({"Ist eine Einigung bis zum ", DateNoun(), " überhaupt realistisch?"});
    const DeActor& a = Actor();
    const DeVerb& v = Verb();
    return Cat({"Ob ", Join({a.name, v.preposition, Object(), v.particle + (a.plural ? v.present_pl : v.present_sg)}),
                ", ist ", Date(), " weiterhin offen."});
  }

  Random& r_;
};


}  // namespace bench

#endif  // PARLEY_TESTS_BENCH_CORPUS_DE_H_
