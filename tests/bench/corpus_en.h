// English filler text for the benchmark corpus (make_corpus.cc): sentences
// that name actors, stance verbs and the things negotiated, so that every
// generated rule set (make_rules.cc) tries its rules on them, but that never
// complete a rule: see "Planted claims and filler" in README.md.
#ifndef PARLEY_TESTS_BENCH_CORPUS_EN_H_
#define PARLEY_TESTS_BENCH_CORPUS_EN_H_

#include <string>
#include <utility>
#include <vector>

#include "corpus_text.h"
#include "topics.h"

namespace bench {

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
        "ceasefire without conditions", "talks in Istanbul", "security guarantees", "swap of prisoners",
        "troop withdrawal", "U.S. peace plan", "Easter truce", "leaders' summit"};
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

  // Near misses of the core rules' objects, as in German (corpus_de.h).
  std::string Object() {
    switch (r_.Below(16)) {
      case 0:
        return Cat({"an unconditional, comprehensive ", std::to_string(Days()), "-day ceasefire"});
      case 1:
        return "a truce that is internationally monitored";
      case 2:
        return Cat({"an exchange of prisoner lists and of ", Thousands(), " soldiers"});
      case 3:
        return Cat({"the withdrawal of all Russian troops within ", std::to_string(Days()), " days"});
      case 4:
        return Cat({"new talks at ministerial level in ", City()});
      case 5:
        return "security guarantees for Ukraine that are binding";
      case 6:
        return "a renunciation of future NATO membership";
      case 7:
        return "recognition of the recently occupied territories";
      case 8:
        return Cat({"a summit of the heads of state before ", Day()});
      case 9:
        return "a gradual easing of Western sanctions";
      case 10:
        return Cat({"a ceasefire lasting at least ", std::to_string(Days()), " days"});
      case 11:
        return "Dr. Weber's plan for a demilitarized buffer zone";
      case 12:
        return Cat({"a cap of ", Thousands(), " deployed troops along the front line"});
      case 13:
        return Cat({"the release of ", Thousands(), " detained civilians"});
      case 14:
        return "protection for civilian energy infrastructure (e.g. power plants and ports)";
      default:
        return Cat({"humanitarian and safe corridors, i.e. routes for civilians from ", Region()});
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

  // A generated topic (topics.h), the aspect's word at the end (corpus_de.h).
  std::string TopicMention() {
    static const std::vector<std::string> tails = {
        "but its establishment is still disputed", "but an extension is still disputed",
        "but a suspension is still disputed", "but whether it will be internationally monitored is open",
        "but whether it will be binding is open", "but a review is likely"};
    std::string topic;
    if (r_.Chance(75)) {
      topic = Cat({"the ", kPrefixes[r_.Below(static_cast<uint32_t>(kPrefixes.size()))].en, " ",
                   kSuffixes[r_.Below(static_cast<uint32_t>(kSuffixes.size()))].en});
    } else {
      const NounText* noun = &kNounTexts[0];
      do noun = &kNounTexts[r_.Below(static_cast<uint32_t>(kNounTexts.size()))];
      while (noun->en == nullptr);
      topic = Cat({noun->en, " with regard to ", kQualifiers[r_.Below(static_cast<uint32_t>(kQualifiers.size()))].en});
    }
    const EnActor& a = Actor();
    const EnVerb& v = Verb();
    return Cat({Capitalize(Join({a.name, Finite(a, v, r_.Chance(50)), "talks on", topic})), ", ", r_.Pick(tails), "."});
  }

  std::string Question() {
    if (r_.Chance(50)) return Cat({"Is an agreement by ", Day(), " realistic at all?"});
    return Cat({"Why didn't ", Actor().name, " ", Verb().base, " ", Object(), " ", Adjuncts(1), "?"});
  }

  Random& r_;
};


}  // namespace bench

#endif  // PARLEY_TESTS_BENCH_CORPUS_EN_H_
