// Building the actor–position graph from claims.
#include "graph/claim_graph.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace parley {
namespace {

size_t At(int index) { return static_cast<size_t>(index); }

// Claims in date, then claim order; undated claims come first.
void SortByDate(const std::vector<ClaimRefs>& refs, std::vector<ClaimIndex>* indices) {
  std::stable_sort(indices->begin(), indices->end(),
                   [&](ClaimIndex a, ClaimIndex b) { return refs[a].date < refs[b].date; });
}

}  // namespace

void CountedFor(const Ontology& ontology, int actor, const std::vector<bool>& counted,
                std::vector<int>* out) {
  // Members come in ascending order; the actor itself is merged in place.
  bool placed = !counted[At(actor)];
  for (int member : ontology.MembersOf(actor)) {
    if (!placed && actor < member) {
      out->push_back(actor);
      placed = true;
    }
    if (counted[At(member)]) out->push_back(member);
  }
  if (!placed) out->push_back(actor);
}

ClaimGraph::ClaimGraph(const Ontology& ontology, const std::vector<Claim>& claims,
                       const std::vector<ClaimRefs>& refs, const std::vector<bool>& counted)
    : ontology_(ontology),
      refs_(refs),
      graph_(At(ontology.actor_count() + ontology.position_count() + ontology.topic_count())) {
  for (int actor = 0; actor < ontology.actor_count(); ++actor)
    graph_[ActorVertex(actor)] = {GraphNode::Kind::kActor, actor};
  for (int position = 0; position < ontology.position_count(); ++position)
    graph_[PositionVertex(position)] = {GraphNode::Kind::kPosition, position};
  for (int topic = 0; topic < ontology.topic_count(); ++topic)
    graph_[TopicVertex(topic)] = {GraphNode::Kind::kTopic, topic};

  for (int position = 0; position < ontology.position_count(); ++position)
    if (int topic = ontology.TopicOf(position); topic >= 0)
      boost::add_edge(TopicVertex(topic), PositionVertex(position),
                      GraphLink{GraphLink::Kind::kTopic, 0}, graph_);
  for (int group = 0; group < ontology.actor_count(); ++group)
    for (const std::string& member : ontology.rule_set().actors[At(group)].members)
      if (int m = ontology.FindActor(member); m >= 0)
        boost::add_edge(ActorVertex(group), ActorVertex(m), GraphLink{GraphLink::Kind::kMember, 0},
                        graph_);
  const std::vector<Ontology::Conflict>& conflicts = ontology.conflicts();
  for (size_t i = 0; i < conflicts.size(); ++i) {
    const GraphLink link{GraphLink::Kind::kConflict, i};
    boost::add_edge(PositionVertex(conflicts[i].first), PositionVertex(conflicts[i].second), link,
                    graph_);
    boost::add_edge(PositionVertex(conflicts[i].second), PositionVertex(conflicts[i].first), link,
                    graph_);
  }
  conflicting_.resize(At(ontology.position_count()));
  for (int position = 0; position < ontology.position_count(); ++position) {
    std::vector<int>& rivals = conflicting_[At(position)];
    for (auto [it, end] = boost::out_edges(PositionVertex(position), graph_); it != end; ++it)
      if (graph_[*it].kind == GraphLink::Kind::kConflict)
        rivals.push_back(graph_[boost::target(*it, graph_)].index);
    std::sort(rivals.begin(), rivals.end());
  }
  AddHoldings(claims, counted);
  AddConditions(counted);
}

void ClaimGraph::AddHoldings(const std::vector<Claim>& claims, const std::vector<bool>& counted) {
  // One slot per (actor, position, stance), found by a packed key.
  const uint64_t positions = static_cast<uint64_t>(ontology_.position_count());
  std::unordered_map<uint64_t, uint32_t> slot_of;
  std::vector<HoldingKey> slots;
  std::vector<std::vector<ClaimIndex>> cited;
  std::vector<int> counted_for;
  for (size_t i = 0; i < claims.size(); ++i) {
    const ClaimRefs& ref = refs_[i];
    const Stance stance = claims[i].stance;
    counted_for.clear();
    CountedFor(ontology_, ref.actor, counted, &counted_for);
    for (int actor : counted_for) {
      const uint64_t key = (static_cast<uint64_t>(actor) * positions + static_cast<uint64_t>(ref.position)) * 8 +
                           static_cast<uint64_t>(stance);
      auto [it, added] = slot_of.try_emplace(key, static_cast<uint32_t>(slots.size()));
      if (added) {
        slots.push_back({actor, ref.position, ontology_.TopicOf(ref.position), stance, 0});
        cited.emplace_back();
      }
      cited[it->second].push_back(static_cast<ClaimIndex>(i));
    }
  }

  std::vector<size_t> order(slots.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const HoldingKey& x = slots[a];
    const HoldingKey& y = slots[b];
    return std::tie(x.actor, x.topic, x.position, x.stance) <
           std::tie(y.actor, y.topic, y.position, y.stance);
  });
  holdings_.reserve(order.size());
  keys_.reserve(order.size());
  const RuleSet& rules = ontology_.rule_set();
  for (size_t slot : order) {
    HoldingKey key = slots[slot];
    std::vector<ClaimIndex>& indices = cited[slot];
    SortByDate(refs_, &indices);
    key.latest = indices.back();
    Holding holding;
    holding.actor = rules.actors[At(key.actor)].id;
    holding.position = rules.positions[At(key.position)].id;
    holding.topic = rules.positions[At(key.position)].topic;
    holding.stance = key.stance;
    holding.count = static_cast<int>(indices.size());
    for (ClaimIndex index : indices)
      if (!claims[index].date.empty()) {
        holding.first_date = claims[index].date;
        break;
      }
    holding.last_date = claims[key.latest].date;
    holding.attributes = claims[key.latest].attributes;
    holding.claims = std::move(indices);
    boost::add_edge(ActorVertex(key.actor), PositionVertex(key.position),
                    GraphLink{GraphLink::Kind::kHolding, holdings_.size()}, graph_);
    holdings_.push_back(std::move(holding));
    keys_.push_back(key);
  }
}

void ClaimGraph::AddConditions(const std::vector<bool>& counted) {
  // (actor, position conditioned, condition) -> claims, in claim order.
  std::map<std::tuple<int, int, int>, std::vector<ClaimIndex>> found;
  std::vector<int> counted_for;
  for (size_t i = 0; i < refs_.size(); ++i) {
    const ClaimRefs& ref = refs_[i];
    if (ref.condition_of < 0) continue;
    counted_for.clear();
    CountedFor(ontology_, ref.actor, counted, &counted_for);
    for (int actor : counted_for)
      found[{actor, ref.condition_of, ref.position}].push_back(static_cast<ClaimIndex>(i));
  }
  const RuleSet& rules = ontology_.rule_set();
  for (auto& [key, indices] : found) {
    const auto [actor, position, condition] = key;
    boost::add_edge(PositionVertex(condition), PositionVertex(position),
                    GraphLink{GraphLink::Kind::kCondition, conditions_.size()}, graph_);
    conditions_.push_back({rules.actors[At(actor)].id, rules.positions[At(position)].id,
                           rules.positions[At(condition)].id, std::move(indices)});
  }
}

bool ClaimGraph::Conflict(int first, int second) const {
  const std::vector<int>& rivals = ConflictingWith(first);
  return std::binary_search(rivals.begin(), rivals.end(), second);
}

std::vector<size_t> ClaimGraph::HoldingsOf(int actor) const {
  std::vector<size_t> found;
  for (auto [it, end] = boost::out_edges(ActorVertex(actor), graph_); it != end; ++it)
    if (graph_[*it].kind == GraphLink::Kind::kHolding) found.push_back(graph_[*it].index);
  return found;
}

std::vector<int> ClaimGraph::ActorsWithHoldings() const {
  std::vector<int> actors;
  for (int actor = 0; actor < ontology_.actor_count(); ++actor)
    if (!HoldingsOf(actor).empty()) actors.push_back(actor);
  return actors;
}

}  // namespace parley
