#include "report/report_support.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>
#include <set>
#include <unordered_set>

namespace parley::report {
namespace {

// A continuation byte of a UTF-8 sequence: never the start of a code point.
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte offset after the first `count` code points of `text` (its size if shorter).
size_t AfterCodePoints(std::string_view text, size_t count) {
  size_t i = 0;
  for (size_t seen = 0; i < text.size(); ++i) {
    if (IsContinuation(text[i])) continue;
    if (seen++ == count) return i;
  }
  return text.size();
}

size_t CountCodePoints(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !IsContinuation(c); }));
}

}  // namespace

std::string ActorName(const Comparison& comparison, std::string_view id) {
  const ActorDef* actor = comparison.rule_set ? comparison.rule_set->FindActor(id) : nullptr;
  return actor && !actor->name.empty() ? actor->name : std::string(id);
}

std::string TopicName(const Comparison& comparison, std::string_view id) {
  const TopicDef* topic = comparison.rule_set ? comparison.rule_set->FindTopic(id) : nullptr;
  return topic && !topic->name.empty() ? topic->name : std::string(id);
}

std::string PositionName(const Comparison& comparison, std::string_view id) {
  const PositionDef* position = comparison.rule_set ? comparison.rule_set->FindPosition(id) : nullptr;
  return position && !position->name.empty() ? position->name : std::string(id);
}

std::string PositionTopic(const Comparison& comparison, std::string_view position) {
  const PositionDef* def = comparison.rule_set ? comparison.rule_set->FindPosition(position) : nullptr;
  if (def) return def->topic;
  // Claims read back against a rule set that lacks the position still say its topic.
  for (const Holding& holding : comparison.holdings)
    if (holding.position == position) return holding.topic;
  return "";
}

bool IsGroup(const Comparison& comparison, std::string_view actor) {
  const ActorDef* def = comparison.rule_set ? comparison.rule_set->FindActor(actor) : nullptr;
  return def && !def->members.empty();
}

std::vector<std::string> ListedActors(const Comparison& comparison) {
  std::vector<std::string> actors;
  std::unordered_set<std::string> seen;
  for (const std::string& actor : comparison.actors)
    if (seen.insert(actor).second) actors.push_back(actor);
  for (const Holding& holding : comparison.holdings)
    if (seen.insert(holding.actor).second) actors.push_back(holding.actor);
  return actors;
}

std::vector<std::string> ListedTopics(const Comparison& comparison) {
  std::set<std::string, std::less<>> used;
  for (const Holding& holding : comparison.holdings) used.insert(holding.topic);
  std::vector<std::string> topics;
  if (comparison.rule_set) {
    for (const TopicDef& topic : comparison.rule_set->topics) {
      if (used.erase(topic.id)) topics.push_back(topic.id);
    }
  }
  for (const Holding& holding : comparison.holdings)
    if (used.erase(holding.topic)) topics.push_back(holding.topic);
  return topics;
}

bool PositionsConflict(const RuleSet* rule_set, std::string_view first, std::string_view second) {
  if (!rule_set || first == second) return false;
  for (const ConflictDef& conflict : rule_set->conflicts) {
    if ((conflict.first == first && conflict.second == second) ||
        (conflict.first == second && conflict.second == first))
      return true;
  }
  const PositionDef* a = rule_set->FindPosition(first);
  const PositionDef* b = rule_set->FindPosition(second);
  if (!a || !b || a->topic != b->topic) return false;
  const TopicDef* topic = rule_set->FindTopic(a->topic);
  return topic && topic->exclusive;
}

std::string AttributesText(const Attributes& attributes, std::string_view separator) {
  std::string text;
  for (const auto& [name, value] : attributes) {
    if (!text.empty()) text.append(separator);
    text.append(name).append("=").append(AttributeText(value));
  }
  return text;
}

std::string EvidenceRef(const Claim& claim) {
  return std::string(claim.doc).append(":").append(std::to_string(claim.line));
}

std::string ShortenSentence(std::string_view text, size_t max_chars) {
  if (CountCodePoints(text) <= max_chars) return std::string(text);
  const size_t head_chars = max_chars * 2 / 3;
  const size_t tail_chars = max_chars - head_chars;
  // The beginning, cut back to the last space (unless that loses most of it).
  size_t head_end = AfterCodePoints(text, head_chars);
  const size_t space = text.rfind(' ', head_end);
  if (space != std::string_view::npos && space > head_end / 2) head_end = space;
  // The end, cut forward to the next space.
  const size_t total = CountCodePoints(text);
  size_t tail_start = AfterCodePoints(text, total - tail_chars);
  const size_t next_space = text.find(' ', tail_start);
  if (next_space != std::string_view::npos && next_space < text.size() - 1 &&
      next_space - tail_start < tail_chars / 2)
    tail_start = next_space + 1;
  std::string shortened(text.substr(0, head_end));
  while (!shortened.empty() && shortened.back() == ' ') shortened.pop_back();
  return shortened.append(" … ").append(text.substr(tail_start));
}

DateRange ClaimDates(const std::vector<Claim>& claims) {
  DateRange range;
  for (const Claim& claim : claims) {
    if (claim.date.empty()) continue;
    if (range.first.empty() || claim.date < range.first) range.first = claim.date;
    if (range.last.empty() || claim.date > range.last) range.last = claim.date;
  }
  return range;
}

size_t ClaimDocuments(const std::vector<Claim>& claims) {
  std::unordered_set<std::string_view> documents;
  for (const Claim& claim : claims) documents.insert(claim.doc);
  return documents.size();
}

std::string TwoDecimals(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  if (text == "-0.00") text = "0.00";
  return text;
}

std::string_view StanceVerb(Stance stance) {
  switch (stance) {
    case Stance::kDemand: return "demands";
    case Stance::kPropose: return "proposes";
    case Stance::kSupport: return "supports";
    case Stance::kAgree: return "agrees on";
    case Stance::kAccept: return "accepts";
    case Stance::kThreaten: return "threatens";
    case Stance::kReject: return "rejects";
    case Stance::kOppose: return "opposes";
  }
  return "holds";
}

std::vector<const Claim*> DistinctEvidence(const Comparison& comparison,
                                           const std::vector<ClaimIndex>& claims, bool show_claim) {
  std::vector<const Claim*> distinct;
  std::set<std::tuple<std::string_view, int, Stance, std::string_view>> seen;
  for (ClaimIndex index : claims) {
    if (index >= comparison.claims.size()) continue;  // a broken index cites nothing
    const Claim& claim = comparison.claims[index];
    if (seen.insert({claim.doc, claim.sentence, show_claim ? claim.stance : Stance::kDemand,
                     show_claim ? std::string_view(claim.position) : std::string_view()})
            .second)
      distinct.push_back(&claim);
  }
  return distinct;
}

std::vector<ShownPair> ShownPairs(const Comparison& comparison) {
  const std::vector<std::string> actors = ListedActors(comparison);
  std::map<std::string, size_t, std::less<>> rank;
  for (size_t i = 0; i < actors.size(); ++i) rank.emplace(actors[i], i);
  auto rank_of = [&](const std::string& actor) {
    auto found = rank.find(actor);
    return found == rank.end() ? actors.size() : found->second;
  };
  std::vector<ShownPair> shown;
  for (const ActorPair& pair : comparison.pairs) {
    const size_t first = rank_of(pair.first), second = rank_of(pair.second);
    shown.push_back({&pair, second < first, std::min(first, second), std::max(first, second)});
  }
  std::stable_sort(shown.begin(), shown.end(), [](const ShownPair& a, const ShownPair& b) {
    return std::tie(a.first_rank, a.second_rank) < std::tie(b.first_rank, b.second_rank);
  });
  return shown;
}

}  // namespace parley::report
