// Writes a deterministic rule set (SPEC §2) of N rules for the speed
// benchmark (speed.sh):
//
//   parley_make_rules OUT_DIR N_RULES [--seed S]
//
// OUT_DIR (missing or empty) receives ontology.yaml (actors with German and
// English aliases, two groups, the lexicon and the core topics) and
// rules-NNN.yaml files of 500 rules each with the topics they introduce.
//
// The first 134 rules are the core, written like a researcher's: 16 positions
// the benchmark corpus (make_corpus.cc) talks about, with demand, reject,
// propose and support rules in its own words, and rules with negation flip,
// condition_of and actor: context. Rules 0-99, in every set, are the rules
// that the corpus's planted sentences (corpus_planted.h) are written for.
// Every later rule belongs to a further topic of three positions (aspects
// such as "Einrichtung", "Verlängerung") with four stances in both languages:
// a compound noun ("Getreideabkommen", "grain agreement") or a corpus noun
// narrowed by a qualifier ("Waffenruhe ... Ostern"), from topics.h. The
// corpus's filler names them with the aspect's word after the topic, never
// before it, so these rules are tried and fail.
//
// Rules alternate German and English. The output depends on the seed alone,
// cut after N rules, so the 100-rule set is a prefix of the 1,000-rule set and
// that of the 10,000-rule set. Randomness is std::mt19937 with distributions
// written here, as in make_corpus.cc; a checksum of the output is printed.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "rules_core.h"
#include "topics.h"

namespace {

using bench::kNouns;
using bench::kPrefixes;
using bench::kQualifiers;
using bench::kSuffixes;
using bench::Term;
using namespace bench;  // rules_core.h

class Random {
 public:
  explicit Random(uint32_t seed) : engine_(seed) {}
  uint32_t Below(uint32_t n) {  // uniform in [0, n) by rejection sampling
    const uint64_t range = uint64_t{1} << 32;
    const uint64_t limit = range - range % n;
    while (true) {
      const uint64_t r = static_cast<uint32_t>(engine_());
      if (r < limit) return static_cast<uint32_t>(r % n);
    }
  }
  template <typename T>
  void Shuffle(std::vector<T>& items) {  // Fisher-Yates
    for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Below(static_cast<uint32_t>(i))]);
  }

 private:
  std::mt19937 engine_;
};

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Plain scalars stay plain, as a person writes them: {actor: UKR, days: 30}.
std::string Scalar(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'))
      return Quote(s);
  return s.empty() ? "\"\"" : std::string(s);
}

std::string FlowMap(const Pairs& pairs) {
  std::string out = "{";
  for (const auto& [key, value] : pairs) out += (out.size() > 1 ? ", " : "") + key + ": " + Scalar(value);
  return out + "}";
}

void WriteTopic(std::string& out, const Topic& topic) {
  out += "  - id: " + topic.id + "\n    name: " + Quote(topic.name) + "\n";
  if (topic.exclusive) out += "    exclusive: true\n";
  out += "    positions:\n";
  for (const auto& [id, name] : topic.positions) out += "      - id: " + id + "\n        name: " + Quote(name) + "\n";
  if (topic.conflicts.empty()) return;
  out += "    conflicts:\n";
  for (const auto& [a, b] : topic.conflicts) out += "      - [" + a + ", " + b + "]\n";
}

void WriteRule(std::string& out, const Rule& r) {
  out += "  - id: " + r.id + "\n    lang: " + r.lang + "\n    stance: " + r.stance + "\n    position: " + r.position +
         "\n    pattern: " + Quote(r.pattern) + "\n";
  if (!r.unless.empty()) {
    out += "    unless:\n";
    for (const std::string& u : r.unless) out += "      - " + Quote(u) + "\n";
  }
  if (!r.negation.empty()) out += "    negation: " + r.negation + "\n";
  if (!r.actor.empty()) out += "    actor: " + r.actor + "\n";
  if (!r.condition_of.empty()) out += "    condition_of: " + r.condition_of + "\n";
  if (!r.attributes.empty()) out += "    attributes: " + FlowMap(r.attributes) + "\n";
  if (!r.test.empty()) {
    out += "    tests:\n      match:\n        - text: " + Quote(r.test) + "\n";
    if (!r.expect.empty()) out += "          expect: " + FlowMap(r.expect) + "\n";
  }
}

// ---------------------------------------------------------------------------
// Generation.

struct Aspect {
  const char *id, *name;  // %s: the topic's English name
  const char *de, *en;    // %s: the topic's key words
};
constexpr Aspect kAspects[] = {
    {"establish", "Establish the %s", "(Einrichtung|Schaffung|Aufbau) ...4 %s", "(establish*|creat*|set* up) ...4 %s"},
    {"extend", "Extend the %s", "(Verlängerung|Ausweitung) ...4 %s [um {days:duration}]",
     "(extension|extend*|expan*) ...4 %s [by {days:duration}]"},
    {"suspend", "Suspend the %s", "(Aussetzung|Stopp|Ende) ...4 %s", "(suspen*|halt*|end) ...4 %s"},
    {"monitor", "International monitoring of the %s", "international* überwacht* ...2 %s",
     "international* monitor* ...2 %s"},
    {"binding", "A binding %s", "verbindlich* ...2 %s", "binding ...2 %s"},
    {"review", "Review the %s", "(Überprüfung|Neuverhandlung) ...4 %s", "(review*|renegotiat*) ...4 %s"},
};

std::string Format(const char* format, const std::string& text) {
  char out[400];
  std::snprintf(out, sizeof out, format, text.c_str());
  return out;
}

std::string Slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

class Generator {
 public:
  Generator(uint32_t seed, size_t n) : random_(seed), n_(n) {
    for (uint32_t i = 0; i < kPrefixes.size(); ++i)
      for (uint32_t j = 0; j < kSuffixes.size(); ++j) compounds_.push_back({i, j});
    for (uint32_t i = 0; i < kNouns.size(); ++i)
      for (uint32_t j = 0; j < kQualifiers.size(); ++j) shared_.push_back({i, j});
    random_.Shuffle(compounds_);
    random_.Shuffle(shared_);
  }

  // Every rule, each with the topics to define before it.
  void Run() {
    Core();
    for (size_t t = 0; rules_.size() < n_; ++t) ExtraTopic(t);
    rules_.resize(n_);
    topics_before_.resize(n_);
  }

  std::vector<Rule> rules_;
  std::vector<std::vector<Topic>> topics_before_;

 private:
  void Pair(Rule de, Rule en, std::vector<Topic> topics = {}) {
    de.lang = "de";
    en.lang = "en";
    rules_.push_back(std::move(de));
    rules_.push_back(std::move(en));
    topics_before_.push_back(std::move(topics));
    topics_before_.emplace_back();
  }

  void Core() {
    auto core = [&](const StanceWords& s) {
      const std::string list = std::string("@") + s.list;
      for (const CorePosition& p : CorePositions()) {
        Rule de = MakeRule("de." + std::string(p.id) + "." + s.stance, s.stance, p.id,
                           "({actor} ...12 " + list + "|" + list + " ...2 {actor}) ...12 " + p.de);
        Rule en = MakeRule("en." + std::string(p.id) + "." + s.stance, s.stance, p.id,
                           "{actor} ...12 " + list + " ...12 " + p.en);
        de.test = std::string(s.de_actor) + " " + s.de_verb + " " + p.de_text + s.de_particle + ".";
        en.test = std::string(s.en_actor) + " " + s.en_verb + " " + p.en_text + ".";
        de.expect = en.expect = p.expect;
        de.expect.insert(de.expect.begin(), {"actor", s.actor_id});
        en.expect.insert(en.expect.begin(), {"actor", s.actor_id});
        if (std::string_view(p.id) == "ceasefire.monitored")
          de.attributes = en.attributes = {{"monitored", "international"}};
        Pair(std::move(de), std::move(en));
      }
    };
    for (int s = 0; s < 3; ++s) core(kStances[s]);  // demand, reject, propose: rules 0-95
    // "Russland will keinesfalls eine bedingungslose Waffenruhe akzeptieren": accept, flipped to reject.
    Rule de = MakeRule("de.ceasefire.unconditional.accept", "accept", "ceasefire.unconditional",
                       "{actor} (will|wollen) ...10 bedingungslos* [{days:duration}] (Waffenruhe|Feuerpause) "
                       "akzeptieren");
    Rule en = MakeRule("en.ceasefire.unconditional.accept", "accept", "ceasefire.unconditional",
                       "{actor} ...4 (accept|support|agree to) ...4 unconditional [{days:duration}] (ceasefire|truce)");
    de.negation = en.negation = "flip";
    de.test = "Russland will keinesfalls eine bedingungslose 30-tägige Waffenruhe akzeptieren.";
    en.test = "Russia didn't accept an unconditional 30-day ceasefire.";
    de.expect = en.expect = {{"actor", "RUS"}, {"stance", "reject"}};
    Pair(std::move(de), std::move(en));
    // "..., solange Kiew nicht verbindliche Sicherheitsgarantien garantiert": a condition.
    de = MakeRule("de.security.guarantees.condition", "demand", "security.guarantees",
                  "{actor} (will|wollen) ...16 akzeptieren solange ...10 verbindlich* Sicherheitsgarantien");
    en = MakeRule("en.security.guarantees.condition", "demand", "security.guarantees",
                  "{actor} ...12 @DEMAND ...12 binding security guarantees ...8 (before|as a condition for) ...6 "
                  "(ceasefire|truce)");
    de.negation = "ignore";
    de.condition_of = en.condition_of = "ceasefire.unconditional";
    de.test = "Russland will keinesfalls eine Waffenruhe akzeptieren, solange Kiew nicht verbindliche "
              "Sicherheitsgarantien garantiert.";
    de.expect = {{"actor", "RUS"}, {"condition_of", "ceasefire.unconditional"}};
    Pair(std::move(de), std::move(en));  // rules 96-99
    de = MakeRule("de.sanctions.easing.context", "demand", "sanctions.easing",
                  "(Im Gegenzug|Dafür) ...8 (soll|sollen|müsse|müssten) ...12 Lockerung der Sanktionen");
    en = MakeRule("en.sanctions.easing.context", "demand", "sanctions.easing",
                  "(in return|in exchange) ...8 (must|should|would) ...12 easing of sanctions");
    de.actor = en.actor = "context";
    de.test = "Russland fordert eine bedingungslose Waffenruhe. Im Gegenzug sollen die USA eine Lockerung der "
              "Sanktionen zusagen.";
    de.expect = {{"actor", "RUS"}};
    Pair(std::move(de), std::move(en));
    core(kStances[3]);  // support
  }

  // One further topic: three positions, four stances each, de and en.
  void ExtraTopic(size_t t) {
    const bool shared = t % 4 == 3;
    std::vector<std::pair<uint32_t, uint32_t>>& pool = shared ? shared_ : compounds_;
    const size_t index = shared ? t / 4 : t - t / 4;
    const auto [i, j] = pool[index % pool.size()];
    const size_t round = index / pool.size();  // past the word lists: the same words again
    std::string key_de, key_en, name;
    if (shared) {
      key_de = std::string(kNouns[i].de) + " ...6 " + kQualifiers[j].de;
      key_en = std::string(kNouns[i].en) + " ...6 " + kQualifiers[j].en;
      name = std::string(kNouns[i].name) + " (" + kQualifiers[j].en + ")";
    } else {
      key_de = std::string(kPrefixes[i].de) + kSuffixes[j].de + "*";
      key_en = std::string(kPrefixes[i].en) + " " + kSuffixes[j].en + "*";
      name = std::string(kPrefixes[i].en) + " " + kSuffixes[j].en;
    }
    Topic topic;
    topic.id = Slug(name) + (round > 0 ? "_" + std::to_string(round + 1) : "");
    topic.name = name;
    if (topic.name[0] >= 'a' && topic.name[0] <= 'z') topic.name[0] = static_cast<char>(topic.name[0] - 'a' + 'A');
    std::vector<size_t> aspects = {0, 1, 2, 3, 4, 5};
    random_.Shuffle(aspects);
    aspects.resize(3);
    topic.exclusive = random_.Below(4) == 0;
    bool establish = false, suspend = false;
    for (size_t a : aspects) {
      topic.positions.push_back({topic.id + "." + kAspects[a].id, Format(kAspects[a].name, name)});
      establish = establish || a == 0;
      suspend = suspend || a == 2;
    }
    if (establish && suspend) topic.conflicts.push_back({topic.id + ".establish", topic.id + ".suspend"});
    const std::string topic_id = topic.id;
    std::vector<Topic> pending = {std::move(topic)};
    for (size_t a : aspects) {
      const Aspect& aspect = kAspects[a];
      const std::string object_de = Format(aspect.de, key_de), object_en = Format(aspect.en, key_en);
      const std::string position = topic_id + "." + aspect.id;
      for (const StanceWords& s : kStances) {
        const std::string list = std::string("@") + s.list;
        const std::string_view stance = s.stance;
        Rule de = MakeRule("de." + position + "." + s.stance, s.stance, position,
                           "({actor} ...12 " + list + "|" + list + " ...2 {actor}) ...12 " + object_de);
        Rule en = MakeRule("en." + position + "." + s.stance, s.stance, position,
                           "{actor} ...12 " + list + " ...12 " + object_en);
        const uint32_t variant = random_.Below(100);
        if (variant < 8) {  // reports of rumours do not count
          de.unless = {"(Gerücht*|Spekulation*|angeblich*) ...8 " + key_de};
          en.unless = {"(rumo*|speculat*|alleged*) ...8 " + key_en};
        } else if (variant < 16 && stance == "support") {  // "unterstützt nicht": reject
          de.negation = en.negation = "flip";
        } else if (variant < 22 && stance == "demand") {  // demands addressed to someone
          de.pattern = "{actor} ...10 @DEMAND ...4 von {target} ...12 " + object_de;
          en.pattern = "{actor} ...10 @DEMAND ...12 " + object_en + " ...4 from {target}";
        } else if (variant < 26 && stance == "demand") {  // the actor of a sentence before
          de.pattern = "(Zudem|Außerdem|Dafür) ...6 @DEMAND ...12 " + object_de;
          en.pattern = "(also|moreover|in return) ...6 @DEMAND ...12 " + object_en;
          de.actor = en.actor = "context";
        }
        if (std::string_view(aspect.id) == "monitor") de.attributes = en.attributes = {{"monitored", "international"}};
        Pair(std::move(de), std::move(en), std::move(pending));
        pending.clear();
      }
    }
  }

  Random random_;
  size_t n_;
  std::vector<std::pair<uint32_t, uint32_t>> compounds_, shared_;
};

uint64_t Fnv1a(uint64_t hash, std::string_view bytes) {
  for (char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash;
}

int Fail(const char* message, const std::string& detail) {
  std::fprintf(stderr, "parley_make_rules: %s%s\n", message, detail.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  uint32_t seed = 20250516;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) seed = static_cast<uint32_t>(std::strtoul(argv[++i], nullptr, 10));
    else if (arg.empty() || arg[0] != '-') positional.push_back(arg);
    else positional.assign(3, "");  // -h, --help or unknown: usage
  }
  if (positional.size() != 2) {
    std::fprintf(stderr, "usage: parley_make_rules OUT_DIR N_RULES [--seed S]\n"
                         "Writes N_RULES rules (half de, half en) into OUT_DIR as ontology.yaml and\n"
                         "rules-NNN.yaml files of 500 rules each.\n");
    return 2;
  }
  const std::filesystem::path dir = positional[0];
  char* end = nullptr;
  const long n = std::strtol(positional[1].c_str(), &end, 10);
  if (end == positional[1].c_str() || *end != '\0' || n < 1 || n > 1000000)
    return Fail("N_RULES must be a number from 1 to 1000000, not ", "'" + positional[1] + "'");
  std::error_code error;
  if (std::filesystem::exists(dir, error) && !std::filesystem::is_empty(dir, error))
    return Fail("exists and is not empty: ", dir.string());
  std::filesystem::create_directories(dir, error);
  if (error) return Fail("cannot create ", dir.string() + ": " + error.message());

  Generator generator(seed, static_cast<size_t>(n));
  generator.Run();
  std::string ontology = "# Generated by parley_make_rules (tests/bench), seed " + std::to_string(seed) +
                         ".\nparley: 1\n\n" + std::string(kActors) + "\n" + std::string(kLexicon) + "\ntopics:\n";
  for (const Topic& topic : CoreTopics()) WriteTopic(ontology, topic);
  std::vector<std::pair<std::string, std::string>> files = {{"ontology.yaml", std::move(ontology)}};
  constexpr size_t kPerFile = 500;
  size_t topics = CoreTopics().size();
  const std::vector<Rule>& rules = generator.rules_;
  for (size_t first = 0; first < rules.size(); first += kPerFile) {
    const size_t last = std::min(rules.size(), first + kPerFile);
    std::string text = "parley: 1\n", topic_text;
    for (size_t r = first; r < last; ++r)
      for (const Topic& topic : generator.topics_before_[r]) {
        WriteTopic(topic_text, topic);
        ++topics;
      }
    if (!topic_text.empty()) text += "\ntopics:\n" + topic_text;
    text += "\nrules:\n";
    for (size_t r = first; r < last; ++r) WriteRule(text, rules[r]);
    char name[32];
    std::snprintf(name, sizeof name, "rules-%03zu.yaml", first / kPerFile);
    files.push_back({name, std::move(text)});
  }
  uint64_t checksum = 14695981039346656037ull, bytes = 0;
  for (const auto& [name, text] : files) {
    std::ofstream file(dir / name, std::ios::binary);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) return Fail("cannot write ", (dir / name).string());
    checksum = Fnv1a(Fnv1a(checksum, name), text);
    bytes += text.size();
  }
  std::printf("wrote %zu rules (%zu de, %zu en), %zu topics in %zu files, %llu bytes, to %s; seed %u, "
              "checksum %016llx\n",
              rules.size(), (rules.size() + 1) / 2, rules.size() / 2, topics, files.size(),
              static_cast<unsigned long long>(bytes), dir.c_str(), seed, static_cast<unsigned long long>(checksum));
  return 0;
}
