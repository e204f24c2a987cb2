// Names of stances, and lookups in a rule set.
#include <algorithm>

#include "parley/rule_set.h"

namespace parley {
namespace {

constexpr std::pair<std::string_view, Stance> kStances[] = {
    {"demand", Stance::kDemand}, {"propose", Stance::kPropose},   {"support", Stance::kSupport},
    {"agree", Stance::kAgree},   {"accept", Stance::kAccept},     {"threaten", Stance::kThreaten},
    {"reject", Stance::kReject}, {"oppose", Stance::kOppose}};

template <typename Item>
const Item* FindById(const std::vector<Item>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::optional<Stance> ParseStance(std::string_view name) {
  for (const auto& [text, stance] : kStances)
    if (text == name) return stance;
  return std::nullopt;
}

std::string_view StanceName(Stance stance) {
  for (const auto& [text, value] : kStances)
    if (value == stance) return text;
  return "demand";
}

const ActorDef* RuleSet::FindActor(std::string_view id) const { return FindById(actors, id); }
const PositionDef* RuleSet::FindPosition(std::string_view id) const { return FindById(positions, id); }
const TopicDef* RuleSet::FindTopic(std::string_view id) const { return FindById(topics, id); }

const LexiconDef* RuleSet::FindLexicon(std::string_view name) const {
  auto it = std::find_if(lexicon.begin(), lexicon.end(),
                         [&](const LexiconDef& list) { return list.name == name; });
  return it == lexicon.end() ? nullptr : &*it;
}

}  // namespace parley
