// Compiling a checked rule set: patterns, lexicon lists, aliases, index.
#include "claims/compiled_rules.h"

#include <algorithm>
#include <functional>
#include <tuple>

#include "rules/pattern.h"

namespace parley {
namespace {

constexpr std::array<Language, 2> kLanguages = {Language::kGerman, Language::kEnglish};

PatternNode Parse(const std::string& text, PatternUse use, Segmenter& segmenter) {
  std::vector<PatternError> errors;  // none: the rule set was checked when loaded
  return ParsePattern(text, use, segmenter, &errors);
}

// Every actor each group contains, through nested groups (cycles were refused).
std::vector<std::vector<int32_t>> MemberClosure(const RuleSet& rules, const ActorIds& ids) {
  std::vector<std::vector<int32_t>> closure(rules.actors.size());
  std::function<void(size_t, size_t, int)> add = [&](size_t group, size_t from, int depth) {
    if (depth > 64) return;
    for (const std::string& member : rules.actors[from].members) {
      auto it = ids.find(member);
      if (it == ids.end()) continue;
      closure[group].push_back(it->second);
      add(group, static_cast<size_t>(it->second), depth + 1);
    }
  };
  for (size_t actor = 0; actor < rules.actors.size(); ++actor) add(actor, actor, 0);
  return closure;
}

// Indexes each rule by the one group of words whose words the fewest other
// rules need: a rule set's own vocabulary tells which words are common
// ("international", "Waffenruhe") and which pick out a rule ("Sumy").
void IndexRules(const std::vector<std::vector<std::vector<Literal>>>& groups_of,
                std::vector<CompiledRule>* rules, LanguageRules* language) {
  std::vector<size_t> users;
  for (size_t i = 0; i < groups_of.size(); ++i) {
    CompiledRule& rule = (*rules)[language->rules[i]];
    for (const auto& group : groups_of[i]) {
      std::vector<uint32_t>& ids = rule.required.emplace_back();
      for (const Literal& literal : group) {
        ids.push_back(language->index.Intern(literal));
        if (users.size() <= ids.back()) users.resize(ids.back() + 1, 0);
        ++users[ids.back()];
      }
    }
  }
  for (size_t i = 0; i < groups_of.size(); ++i) {
    const uint32_t index = language->rules[i];
    auto& required = (*rules)[index].required;
    if (required.empty()) {
      language->index.AddAlways(index);
      continue;
    }
    // Cost: short words, then how many rules share the words, then fewer
    // and longer words; then the group's place in the pattern.
    std::vector<std::tuple<bool, size_t, size_t, size_t, size_t>> order;
    for (size_t g = 0; g < required.size(); ++g) {
      size_t sum = 0;
      size_t shortest = SIZE_MAX;
      for (uint32_t id : required[g]) sum += users[id];
      for (const Literal& literal : groups_of[i][g]) shortest = std::min(shortest, literal.text.size());
      order.emplace_back(HasShortWord(groups_of[i][g]), sum, required[g].size(), SIZE_MAX - shortest, g);
    }
    // Rarest first: the index takes the first group, and the check of the
    // others before matching fails soonest on the rarer ones.
    std::stable_sort(order.begin(), order.end());
    std::vector<std::vector<uint32_t>> sorted;
    for (const auto& entry : order) sorted.push_back(std::move(required[std::get<4>(entry)]));
    required = std::move(sorted);
    for (uint32_t id : required.front()) language->index.Post(id, index);
  }
}

}  // namespace

CompiledRules::CompiledRules(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CompiledRules::~CompiledRules() = default;
const RuleSet& CompiledRules::rule_set() const { return impl_->rule_set; }

std::shared_ptr<const CompiledRules> CompiledRules::Compile(const RuleSet& rule_set,
                                                            Status* status) {
  auto impl = std::make_unique<Impl>();
  impl->rule_set = rule_set;
  const RuleSet& rules = impl->rule_set;
  ActorIds actor_ids;
  for (size_t i = 0; i < rules.actors.size(); ++i)
    actor_ids.emplace(rules.actors[i].id, static_cast<int32_t>(i));
  const std::vector<std::vector<int32_t>> members = MemberClosure(rules, actor_ids);

  std::array<LexiconTrees, 2> lexicon;
  impl->rules.resize(rules.rules.size());
  for (Language language : kLanguages) {
    std::unique_ptr<Segmenter> segmenter = Segmenter::Create(language, status);
    if (!segmenter) return nullptr;
    const size_t l = LanguageIndex(language);
    for (const LexiconDef& list : rules.lexicon) {
      std::vector<PatternNode>& entries = lexicon[l][list.name];
      for (const std::string& entry : list.entries[l])
        entries.push_back(Parse(entry, PatternUse::kLexiconEntry, *segmenter));
    }
    std::vector<std::vector<PatternNode>> aliases(rules.actors.size());
    for (size_t a = 0; a < rules.actors.size(); ++a)
      for (const std::string& alias : rules.actors[a].aliases[l])
        aliases[a].push_back(Parse(alias, PatternUse::kAlias, *segmenter));
    LanguageRules& language_rules = impl->languages[l];
    language_rules.aliases = std::make_unique<ActorAliases>(language, aliases, members);
    if (auto negation = lexicon[l].find("NEGATION"); negation != lexicon[l].end()) {
      std::vector<const PatternNode*> entries;
      for (const PatternNode& entry : negation->second) entries.push_back(&entry);
      language_rules.negation = CompileAlternatives(entries, lexicon[l], actor_ids);
    }
    std::vector<std::vector<std::vector<Literal>>> groups_of;  // per rule of the language
    RequiredLiterals required(lexicon[l]);
    for (size_t r = 0; r < rules.rules.size(); ++r) {
      const RuleDef& def = rules.rules[r];
      if (def.lang != language) continue;
      CompiledRule& rule = impl->rules[r];
      rule.def = &def;
      rule.index = static_cast<uint32_t>(r);
      const PatternNode pattern = Parse(def.pattern, PatternUse::kRule, *segmenter);
      rule.program = CompilePattern(pattern, lexicon[l], actor_ids);
      for (const std::string& unless : def.unless)
        rule.unless.push_back(
            CompilePattern(Parse(unless, PatternUse::kRule, *segmenter), lexicon[l], actor_ids));
      if (const PositionDef* position = rules.FindPosition(def.position)) rule.topic = position->topic;
      rule.context_actor = def.actor == "context";
      if (auto it = actor_ids.find(def.actor); it != actor_ids.end()) rule.fixed_actor = it->second;
      language_rules.rules.push_back(rule.index);
      groups_of.push_back(required.Of(pattern));
    }
    IndexRules(groups_of, &impl->rules, &language_rules);
  }
  *status = Status::Ok();
  return std::shared_ptr<const CompiledRules>(new CompiledRules(std::move(impl)));
}

}  // namespace parley
