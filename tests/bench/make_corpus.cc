// Writes a deterministic corpus of German and English news-like text for the
// segmentation benchmark (tests/bench/segment_bench.cc).
//
//   parley_make_corpus OUT_DIR MEGABYTES [--seed N]
//
// OUT_DIR must not exist or be empty. The corpus is MEGABYTES * 10^6 bytes or
// a little more, as files of 5–20 KB named NNNNNN-de.txt / NNNNNN-en.txt
// (even numbers German, odd numbers English). About 60% of the files start
// with front matter, 30% with a date line, and the rest with neither (their
// language is left to detection). Paragraphs are one line each, separated by
// blank lines; about a third of the files are hard-wrapped at 72 columns.
//
// The sentences are built from templates and word lists written for this
// benchmark; they contain the cases a news segmenter has to get right:
// ordinals and dates ("am 16. Mai", "zum 3. Mal"), abbreviations ("z. B.",
// "u. a.", "Dr.", "U.S.", "e.g."), German quotes („…“), hyphenated numbers
// ("30-tägige"), grouped numbers ("1.000", "1,000"), clitics ("Ukraine's",
// "didn't") and headlines without final punctuation.
//
// The output depends only on the arguments: randomness is std::mt19937 with
// an explicit seed, whose output the C++ standard fixes, and the
// distributions are written here (the std:: distributions differ between
// standard libraries). The program prints a checksum of everything written so
// that two machines can be compared.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------
// Randomness: the raw mt19937 stream and distributions that are the same on
// every standard library.

class Random {
 public:
  explicit Random(uint32_t seed) : engine_(seed) {}

  // Uniform in [0, n), n > 0, by rejection sampling (no modulo bias).
  uint32_t Below(uint32_t n) {
    const uint64_t range = uint64_t{1} << 32;
    const uint64_t limit = range - range % n;
    while (true) {
      const uint64_t r = static_cast<uint32_t>(engine_());
      if (r < limit) return static_cast<uint32_t>(r % n);
    }
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint32_t>(hi - lo + 1))); }
  // True with probability percent/100.
  bool Chance(int percent) { return static_cast<int>(Below(100)) < percent; }

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(static_cast<uint32_t>(items.size()))];
  }

 private:
  std::mt19937 engine_;
};

// ---------------------------------------------------------------------------
// Text helpers.

std::string Capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "1.000" (German) or "1,000" (English).
std::string Grouped(int n, char separator) {
  std::string digits = std::to_string(n);
  std::string out;
  const int size = static_cast<int>(digits.size());
  for (int i = 0; i < size; ++i) {
    if (i > 0 && (size - i) % 3 == 0) out += separator;
    out += digits[static_cast<size_t>(i)];
  }
  return out;
}

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Number of UTF-8 characters.
size_t Columns(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Greedy wrap at `width` columns; words longer than a line stay whole.
std::string Wrap(const std::string& paragraph, size_t width) {
  std::string out;
  size_t line_columns = 0;
  size_t pos = 0;
  while (pos < paragraph.size()) {
    size_t end = paragraph.find(' ', pos);
    if (end == std::string::npos) end = paragraph.size();
    const std::string_view word(paragraph.data() + pos, end - pos);
    const size_t columns = Columns(word);
    if (line_columns == 0) {
      out += word;
      line_columns = columns;
    } else if (line_columns + 1 + columns <= width) {
      out += ' ';
      out += word;
      line_columns += 1 + columns;
    } else {
      out += '\n';
      out += word;
      line_columns = columns;
    }
    pos = end + 1;
  }
  return out;
}

// Joins non-empty parts with single spaces.
std::string Join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

// Concatenates parts; a braced list is evaluated left to right.
std::string Cat(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) out += part;
  return out;
}

const std::vector<std::string> kMonthsDe = {"Januar", "Februar", "März",     "April",   "Mai",      "Juni",
                                            "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
const std::vector<std::string> kMonthsEn = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};

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
        "bedingungslose Waffenruhe", "neue Gespräche in Istanbul", "Sicherheitsgarantien",
        "Gefangenenaustausch", "Abzug der Truppen", "US-Vorschlag", "Feuerpause über Ostern",
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
        return Join({"Gefangenenaustausch:", Grouped(r_.Between(2, 12) * 100, '.'), "Soldaten kommen frei"});
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
        return Negated();
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

  std::string Object() {
    switch (r_.Below(16)) {
      case 0:
        return Cat({"eine bedingungslose ", std::to_string(Days()), "-tägige Waffenruhe"});
      case 1:
        return "eine international überwachte Feuerpause";
      case 2:
        return Cat({"einen Austausch von ", Thousands(), " Gefangenen"});
      case 3:
        return Cat({"den Rückzug aller russischen Truppen aus ", Region()});
      case 4:
        return Cat({"neue Verhandlungen in ", City()});
      case 5:
        return "verbindliche Sicherheitsgarantien für die Ukraine";
      case 6:
        return "den Verzicht auf einen NATO-Beitritt";
      case 7:
        return "die Anerkennung der besetzten Gebiete";
      case 8:
        return Cat({"ein Treffen der Staatschefs noch vor dem ", DateNoun()});
      case 9:
        return "eine schrittweise Lockerung der Sanktionen";
      case 10:
        return Cat({"einen Waffenstillstand für die Dauer von ", std::to_string(Days()), " Tagen"});
      case 11:
        return "den Plan von Dr. Weber für eine entmilitarisierte Zone";
      case 12:
        return Cat({"eine Obergrenze von ", Thousands(), " Soldaten entlang der Front"});
      case 13:
        return Cat({"die Freilassung von ", Thousands(), " Zivilisten"});
      case 14:
        return "den Schutz der Energieinfrastruktur wie z. B. Kraftwerke und Häfen";
      default:
        return Cat({"humanitäre Korridore u. a. für die Region ", Region()});
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

  std::string Question() {
    if (r_.Chance(50)) return Cat({"Ist eine Einigung bis zum ", DateNoun(), " überhaupt realistisch?"});
    const DeActor& a = Actor();
    const DeVerb& v = Verb();
    return Cat({"Ob ", Join({a.name, v.preposition, Object(), v.particle + (a.plural ? v.present_pl : v.present_sg)}),
                ", ist ", Date(), " weiterhin offen."});
  }

  Random& r_;
};

// ---------------------------------------------------------------------------
// English.

struct EnActor {
  std::string name;  // "the U.S.", "Ukraine's foreign minister"
  bool plural;
  std::string apposition;
};

struct EnVerb {
  std::string third, base, past;  // "calls for", "call for", "called for"
};

class English {
 public:
  explicit English(Random& random) : r_(random) {}

  std::string Headline() {
    static const std::vector<std::string> subjects = {"Ukraine", "Russia", "Kyiv", "Moscow", "U.S.", "Kremlin",
                                                      "Zelensky", "Putin", "EU", "Turkey"};
    static const std::vector<std::string> verbs = {"demands", "rejects", "proposes", "backs", "weighs"};
    static const std::vector<std::string> objects = {
        "unconditional ceasefire", "new talks in Istanbul", "security guarantees", "prisoner swap",
        "troop withdrawal", "U.S. peace plan", "Easter truce", "summit of heads of state"};
    switch (r_.Below(5)) {
      case 0:
      case 1:
        return Join({r_.Pick(subjects), r_.Pick(verbs), r_.Pick(objects)});
      case 2:
        return Join({"Talks in", City(), "end without a deal"});
      case 3:
        return Join({"Prisoner exchange:", Grouped(r_.Between(2, 12) * 100, ','), "soldiers released"});
      default:
        return Join({std::to_string(Days()) + "-day", "truce back on the table"});
    }
  }

  std::string ListItem() { return Capitalize(Object()); }
  std::string ListIntro() { return Join({Short() + "'s", "demands at a glance:"}); }

  std::string Sentence() {
    switch (r_.Below(10)) {
      case 0:
      case 1:
        return Plain();
      case 2:
        return Fronted();
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
        return Negated();
      default:
        return r_.Chance(30) ? Question() : Plain();
    }
  }

 private:
  int Days() {
    static const std::vector<int> days = {14, 20, 30, 30, 30, 45, 50, 60, 90};
    return r_.Pick(days);
  }
  std::string Day() { return Cat({r_.Pick(kMonthsEn), " ", std::to_string(r_.Between(1, 28))}); }
  std::string Date() { return "on " + Day(); }
  std::string Ordinal() {
    static const char* const suffixes[] = {"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"};
    const int n = r_.Between(2, 9);
    return std::to_string(n) + suffixes[n % 10];
  }
  std::string City() {
    static const std::vector<std::string> cities = {"Istanbul", "Geneva", "Riyadh", "Vienna", "Jeddah",
                                                    "Helsinki", "Rome", "Doha"};
    return r_.Pick(cities);
  }
  std::string Region() {
    static const std::vector<std::string> regions = {"Zaporizhzhia", "Kherson", "Kharkiv", "Donetsk", "Sumy",
                                                     "Odesa"};
    return r_.Pick(regions);
  }
  std::string Person() {
    static const std::vector<std::string> people = {
        "Dr. Olena Hrytsenko, an adviser to the president,", "a Kremlin spokesman",
        "Foreign Minister Dr. Mark Fielding", "a spokeswoman for the Ukrainian delegation",
        "chief negotiator Dr. Pavel Orlov", "a U.S. State Department official",
        "Prof. Jane Weller of King's College"};
    return r_.Pick(people);
  }
  std::string Short() {
    static const std::vector<std::string> names = {"Kyiv", "Moscow", "Washington", "Brussels", "Ankara"};
    return r_.Pick(names);
  }
  std::string Thousands() {
    static const std::vector<int> values = {1000, 1000, 1200, 2500, 3000, 10000, 12500, 150000};
    return Grouped(r_.Pick(values), ',');
  }

  const EnActor& Actor() {
    static const std::vector<EnActor> actors = {
        {"Ukraine", false, "which has been fighting off Russia's invasion for more than three years"},
        {"Russia", false, "which still occupies large parts of eastern Ukraine"},
        {"Kyiv", false, ""},
        {"Moscow", false, ""},
        {"the U.S.", false, "which has been mediating between the two sides for months"},
        {"the Kremlin", false, "which has so far only commented in writing"},
        {"the Ukrainian delegation", false, "which arrived in Istanbul the night before"},
        {"the Russian side", false, ""},
        {"President Zelensky", false, "who has been in office since 2019"},
        {"Vladimir Putin", false, "who isn't taking part in the talks in person"},
        {"the European Union", false, ""},
        {"Turkey", false, "which has offered itself as a mediator"},
        {"both sides", true, ""},
        {"Ukraine's foreign minister", false, ""},
        {"Russia's delegation", false, ""}};
    return r_.Pick(actors);
  }

  const EnVerb& Verb() {
    static const std::vector<EnVerb> verbs = {
        {"demands", "demand", "demanded"},          {"rejects", "reject", "rejected"},
        {"proposes", "propose", "proposed"},        {"calls for", "call for", "called for"},
        {"insists on", "insist on", "insisted on"}, {"supports", "support", "supported"},
        {"dismisses", "dismiss", "dismissed"},      {"offers", "offer", "offered"},
        {"welcomes", "welcome", "welcomed"},        {"pushes for", "push for", "pushed for"}};
    return r_.Pick(verbs);
  }

  std::string Object() {
    switch (r_.Below(16)) {
      case 0:
        return Cat({"an unconditional ", std::to_string(Days()), "-day ceasefire"});
      case 1:
        return "an internationally monitored truce";
      case 2:
        return Cat({"a prisoner exchange of ", Thousands(), " soldiers"});
      case 3:
        return Cat({"the withdrawal of all Russian troops from ", Region()});
      case 4:
        return Cat({"new talks in ", City()});
      case 5:
        return "binding security guarantees for Ukraine";
      case 6:
        return "a renunciation of NATO membership";
      case 7:
        return "recognition of the occupied territories";
      case 8:
        return Cat({"a summit of heads of state before ", Day()});
      case 9:
        return "a gradual easing of sanctions";
      case 10:
        return Cat({"a ceasefire lasting ", std::to_string(Days()), " days"});
      case 11:
        return "Dr. Weber's plan for a demilitarized zone";
      case 12:
        return Cat({"a cap of ", Thousands(), " troops along the front line"});
      case 13:
        return Cat({"the release of ", Thousands(), " civilians"});
      case 14:
        return "protection for energy infrastructure (e.g. power plants and ports)";
      default:
        return Cat({"humanitarian corridors, i.e. safe routes for civilians from ", Region()});
    }
  }

  static constexpr int kAdjunctKinds = 5;

  std::string Adjunct(int kind) {
    const uint32_t variant = r_.Below(3);
    switch (kind) {
      case 0:
        return variant == 0 ? Cat({"by ", Day()}) : variant == 1 ? "on Friday" : Date();
      case 1:
        return variant == 0 ? Cat({"for the ", Ordinal(), " time"}) : "again";
      case 2:
        return variant == 0   ? "according to diplomats"
               : variant == 1 ? "according to a Reuters report"
                              : "in a written statement";
      case 3:
        return variant == 0 ? Cat({"on the sidelines of the talks in ", City()}) : Cat({"in ", City()});
      default:
        return variant == 0   ? "on the basis of a U.S. proposal"
               : variant == 1 ? "with Turkey mediating"
                              : "in U.S.-brokered talks";
    }
  }
  int AdjunctKind() { return static_cast<int>(r_.Below(kAdjunctKinds)); }

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

  // "Ukraine's", "both sides'".
  static std::string Possessive(const EnActor& a) { return a.name + (a.name.back() == 's' ? "'" : "'s"); }

  static std::string Finite(const EnActor& a, const EnVerb& v, bool past) {
    if (past) return v.past;
    return a.plural ? v.base : v.third;
  }

  std::string Plain() {
    const EnActor& a = Actor();
    const EnVerb& v = Verb();
    const bool past = r_.Chance(50);
    return Capitalize(Join({a.name, Finite(a, v, past), Object(), Adjuncts(r_.Between(1, 3))})) + ".";
  }

  std::string Fronted() {
    const EnActor& a = Actor();
    const EnVerb& v = Verb();
    const int kind = AdjunctKind();
    return Cat({Capitalize(Adjunct(kind)), ", ", Join({a.name, v.past, Object(), Adjuncts(r_.Between(0, 2), kind)}),
                r_.Chance(25) ? ", a plan backed by the U.S." : "."});
  }

  std::string WithApposition() {
    const EnActor* a = &Actor();
    for (int i = 0; i < 8 && a->apposition.empty(); ++i) a = &Actor();
    if (a->apposition.empty()) return Plain();
    const EnVerb& v = Verb();
    const bool past = r_.Chance(50);
    return Cat({Capitalize(a->name), ", ", a->apposition, ", ",
                Join({Finite(*a, v, past), Object(), Adjuncts(r_.Between(0, 2))}), "."});
  }

  std::string Quote() {
    const EnVerb& v = Verb();
    const std::string quoted = Join({"We", v.base, Object(), Adjuncts(r_.Between(0, 1))});
    switch (r_.Below(4)) {
      case 0:
        return Cat({"\"", quoted, ",\" ", Join({Person(), "said", Date(), "in", City()}), "."});
      case 1:
        return Cat({Capitalize(Person()), " said ", Date(), ": \u201C", quoted, ".\u201D"});
      case 2:
        return Cat({"\u201CWe didn't come to ", City(), " to talk about ", Object(), ",\u201D ", Person(),
                    " told reporters."});
      default:
        return Cat({"\"A ceasefire without conditions isn't up for negotiation,\" ", Short(), "'s envoy said ",
                    Date(), "."});
    }
  }

  std::string Subordinate() {
    const EnActor& a = Actor();
    const EnVerb& v = Verb();
    const bool past = r_.Chance(50);
    const std::string main = Capitalize(Join({a.name, Finite(a, v, past), Object()}));
    const EnActor& b = Actor();
    const EnVerb& w = Verb();
    if (r_.Chance(50)) return Cat({main, " after ", Join({b.name, w.past, Object(), Adjuncts(1)}), "."});
    return Cat({main, ", although ", Join({b.name, "didn't rule out", Object(), Adjuncts(r_.Between(0, 1))}), "."});
  }

  std::string Figures() {
    switch (r_.Below(4)) {
      case 0:
        return Cat({"According to the U.N., more than ", Thousands(), " civilians in ", Region(),
                    " have been killed or injured since ", Day(), "."});
      case 1:
        return Cat({"Around ", Thousands(), " people have left the ", Region(),
                    " region since the fighting began, e.g. via humanitarian corridors."});
      case 2:
        return Cat({"The talks in ", City(), " lasted more than ", std::to_string(r_.Between(3, 14)), " hours ",
                    Date(), " and ended without a joint statement."});
      default:
        return Cat({"The delegations met ", Date(), " for the ", Ordinal(), " time this year, this time in ", City(),
                    "."});
    }
  }

  std::string Analyst() {
    static const std::vector<std::string> names = {"Laura Hoffman", "Tom Brandt", "Irina Sokolova"};
    static const std::vector<std::string> institutes = {"Center for Eastern European Studies",
                                                        "Institute for Security Policy", "Peace Research Forum"};
    return Cat({"Analysts such as Dr. ", r_.Pick(names), " of the ", r_.Pick(institutes), " consider a deal before ",
                Day(), " unlikely because the question of territory, e.g. in ", Region(), ", remains open."});
  }

  std::string Negated() {
    static const std::vector<std::string> singular = {"didn't accept", "doesn't support", "won't agree to",
                                                      "isn't ready to accept", "hasn't ruled out"};
    static const std::vector<std::string> plural = {"didn't accept", "don't support", "won't agree to",
                                                    "aren't ready to accept", "haven't ruled out"};
    const EnActor& a = Actor();
    return Cat({Capitalize(a.name), " ", r_.Pick(a.plural ? plural : singular), " ", Object(), " ", Adjuncts(1),
                ", and ", Possessive(Actor()), " negotiators say it's too early to talk about ", Object(), "."});
  }

  std::string Question() {
    if (r_.Chance(50)) return Cat({"Is an agreement by ", Day(), " realistic at all?"});
    return Cat({"Why didn't ", Actor().name, " ", Verb().base, " ", Object(), " ", Adjuncts(1), "?"});
  }

  Random& r_;
};

// ---------------------------------------------------------------------------
// Documents.

class CorpusWriter {
 public:
  explicit CorpusWriter(uint32_t seed) : random_(seed), german_(random_), english_(random_) {}

  // One document of 5–20 KB (the last paragraph may go a little past).
  std::string Document(int index, bool german) {
    std::string out;
    const char* lang = german ? "de" : "en";
    char date[16];
    const int month = random_.Between(1, 12);
    const int day = random_.Between(1, 28);
    std::snprintf(date, sizeof date, "2025-%02d-%02d", month, day);
    const int header = static_cast<int>(random_.Below(10));
    if (header < 6) {
      char id[32];
      std::snprintf(id, sizeof id, "%s-%06d", lang, index);
      out += "---\nid: ";
      out += id;
      out += "\ndate: ";
      out += date;
      out += "\nlang: ";
      out += lang;
      out += "\n---\n";
    } else if (header < 9) {
      out += date;
      out += "\n\n";
    }
    const bool wrapped = random_.Chance(35);
    const size_t target = static_cast<size_t>(random_.Between(5000, 20000));

    out += Headline(german);
    out += "\n\n";
    while (out.size() < target) {
      const int kind = static_cast<int>(random_.Below(100));
      if (kind < 6) {  // a subheading
        out += Headline(german);
      } else if (kind < 9) {  // a short list
        out += german ? german_.ListIntro() : english_.ListIntro();
        const int items = random_.Between(2, 4);
        for (int i = 0; i < items; ++i) {
          out += "\n- ";
          out += german ? german_.ListItem() : english_.ListItem();
        }
      } else {
        std::string paragraph;
        const int sentences = random_.Between(1, 5);
        for (int i = 0; i < sentences; ++i) {
          if (!paragraph.empty()) paragraph += ' ';
          paragraph += SentenceOfLength(german);
        }
        out += wrapped ? Wrap(paragraph, 72) : paragraph;
      }
      out += "\n\n";
    }
    out.pop_back();  // end with a single newline
    return out;
  }

 private:
  std::string Headline(bool german) { return german ? german_.Headline() : english_.Headline(); }

  // A sentence of 10–35 words, mostly 14–26.
  std::string SentenceOfLength(bool german) {
    std::string sentence;
    for (int attempt = 0; attempt < 50; ++attempt) {
      sentence = german ? german_.Sentence() : english_.Sentence();
      const int words = CountWords(sentence);
      if (words >= 10 && words <= 35) return sentence;
    }
    return sentence;
  }

  Random random_;
  German german_;
  English english_;
};

uint64_t Fnv1a(uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

int Usage() {
  std::fprintf(stderr,
               "usage: parley_make_corpus OUT_DIR MEGABYTES [--seed N]\n"
               "Writes MEGABYTES * 10^6 bytes (or slightly more) of German and English news-like\n"
               "text into OUT_DIR as NNNNNN-de.txt / NNNNNN-en.txt files of 5-20 KB.\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  uint32_t seed = 20250516;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) {
      seed = static_cast<uint32_t>(std::strtoul(argv[++i], nullptr, 10));
    } else if (arg == "-h" || arg == "--help") {
      Usage();
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      return Usage();
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) return Usage();
  const std::filesystem::path dir = positional[0];
  char* end = nullptr;
  const double megabytes = std::strtod(positional[1].c_str(), &end);
  if (end == positional[1].c_str() || *end != '\0' || !(megabytes > 0) || megabytes > 100000) {
    std::fprintf(stderr, "parley_make_corpus: MEGABYTES must be a positive number, got '%s'\n",
                 positional[1].c_str());
    return 2;
  }
  const uint64_t target = static_cast<uint64_t>(megabytes * 1e6);

  std::error_code error;
  if (std::filesystem::exists(dir, error) && !std::filesystem::is_empty(dir, error)) {
    std::fprintf(stderr, "parley_make_corpus: %s exists and is not empty; remove it or name another directory\n",
                 dir.c_str());
    return 2;
  }
  std::filesystem::create_directories(dir, error);
  if (error) {
    std::fprintf(stderr, "parley_make_corpus: cannot create %s: %s\n", dir.c_str(), error.message().c_str());
    return 2;
  }

  CorpusWriter writer(seed);
  uint64_t total = 0;
  uint64_t checksum = 14695981039346656037ull;
  int files = 0;
  int german_files = 0;
  for (int index = 0; total < target; ++index) {
    const bool german = index % 2 == 0;
    const std::string text = writer.Document(index, german);
    char name[32];
    std::snprintf(name, sizeof name, "%06d-%s.txt", index, german ? "de" : "en");
    const std::filesystem::path path = dir / name;
    std::ofstream file(path, std::ios::binary);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) {
      std::fprintf(stderr, "parley_make_corpus: cannot write %s\n", path.c_str());
      return 1;
    }
    checksum = Fnv1a(checksum, name);
    checksum = Fnv1a(checksum, text);
    total += text.size();
    ++files;
    if (german) ++german_files;
  }
  std::printf("wrote %d files (%d de, %d en), %llu bytes (%.2f MB) to %s; seed %u, checksum %016llx\n", files,
              german_files, files - german_files, static_cast<unsigned long long>(total), total / 1e6, dir.c_str(),
              seed, static_cast<unsigned long long>(checksum));
  return 0;
}
