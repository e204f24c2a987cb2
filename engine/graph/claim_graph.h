// The actor–position graph (issue 5), a Boost.Graph adjacency list:
//
//   actor ──holding──▶ position     one edge per actor, position and stance,
//                                   carrying a Holding (claims, dates, attributes)
//   position ◀─conflict─▶ position  declared conflicts and exclusive topics
//                                   (an edge each way, so either end finds it)
//   position ──condition──▶ position  the condition an actor attaches to a
//                                   position (condition_of), per actor
//   group ──member──▶ actor         a group's direct members
//   topic ──topic──▶ position       the positions of a topic
//
// A group's claim is one claim but counts for the group and for every
// member (through nested groups): it lands on each of their holding edges.
// Edges carry indices into the holdings and conditions held beside the
// graph, so a claim's evidence stays in Comparison::claims, cited by index.
#ifndef PARLEY_ENGINE_GRAPH_CLAIM_GRAPH_H_
#define PARLEY_ENGINE_GRAPH_CLAIM_GRAPH_H_

#include <cstdint>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/ontology.h"
#include "parley/comparison.h"

namespace parley {

struct GraphNode {
  enum class Kind { kActor, kPosition, kTopic };
  Kind kind = Kind::kActor;
  int index = 0;  // into the ontology's actors, positions or topics
};

struct GraphLink {
  enum class Kind { kHolding, kConflict, kCondition, kMember, kTopic };
  Kind kind = Kind::kHolding;
  size_t index = 0;  // kHolding: into holdings(); kCondition: into conditions();
                     // kConflict: into Ontology::conflicts()
};

using PositionGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                            GraphNode, GraphLink>;
using GraphVertex = boost::graph_traits<PositionGraph>::vertex_descriptor;

// The ids of a claim as ontology indices (-1 for one the rule set lacks),
// and its date and period as ranks among the claims' distinct dates and
// periods (0: undated), so that ordering by time compares integers.
struct ClaimRefs {
  int actor = -1;
  int position = -1;
  int condition_of = -1;  // -1 also when the claim has none
  uint32_t date = 0;      // rank of Claim::date; ranks follow date order
  uint32_t period = 0;    // rank of PeriodOf(Claim::date)
};

// What the comparison needs to know of a holding beside the Holding itself.
struct HoldingKey {
  int actor = 0;
  int position = 0;
  int topic = 0;
  Stance stance = Stance::kDemand;
  ClaimIndex latest = 0;  // its last claim in date, then claim order
};

class ClaimGraph {
 public:
  // `claims` and `refs` are parallel and must outlive the graph; every ref
  // must be known. A claim
  // counts for its actor and, for a group, every member, each only when
  // `counted[actor]` (the --actors scope).
  ClaimGraph(const Ontology& ontology, const std::vector<Claim>& claims,
             const std::vector<ClaimRefs>& refs, const std::vector<bool>& counted);

  const PositionGraph& graph() const { return graph_; }
  const Ontology& ontology() const { return ontology_; }
  const std::vector<ClaimRefs>& refs() const { return refs_; }
  GraphVertex ActorVertex(int actor) const { return static_cast<GraphVertex>(actor); }
  GraphVertex PositionVertex(int position) const {
    return static_cast<GraphVertex>(ontology_.actor_count() + position);
  }
  GraphVertex TopicVertex(int topic) const {
    return static_cast<GraphVertex>(ontology_.actor_count() + ontology_.position_count() + topic);
  }

  // Whether two positions conflict: a conflict edge joins them.
  bool Conflict(int first, int second) const;
  // The positions a conflict edge joins to `position`, ascending (read off
  // the graph once, when it is built: pairs ask this for every two holdings).
  const std::vector<int>& ConflictingWith(int position) const {
    return conflicting_[static_cast<size_t>(position)];
  }

  // Holdings by actor, topic, position and stance (rule-set order), with
  // their keys; conditions by actor, position and condition.
  const std::vector<Holding>& holdings() const { return holdings_; }
  const std::vector<HoldingKey>& keys() const { return keys_; }
  const std::vector<Condition>& conditions() const { return conditions_; }
  // Indices of an actor's holdings, in holding order: its holding edges.
  std::vector<size_t> HoldingsOf(int actor) const;
  // Actors with at least one holding, in rule-set order.
  std::vector<int> ActorsWithHoldings() const;

  // Moves the holdings and conditions out, for the Comparison; the graph's
  // edges keep their indices and keys() stays.
  std::vector<Holding> TakeHoldings() { return std::move(holdings_); }
  std::vector<Condition> TakeConditions() { return std::move(conditions_); }

 private:
  void AddHoldings(const std::vector<Claim>& claims, const std::vector<bool>& counted);
  void AddConditions(const std::vector<bool>& counted);

  const Ontology& ontology_;
  const std::vector<ClaimRefs>& refs_;
  PositionGraph graph_;
  std::vector<Holding> holdings_;
  std::vector<HoldingKey> keys_;
  std::vector<Condition> conditions_;
  std::vector<std::vector<int>> conflicting_;  // per position
};

// The actors a claim counts for: its own actor and, for a group, every
// member, each only when counted. Appends to `out` in ascending index order.
void CountedFor(const Ontology& ontology, int actor, const std::vector<bool>& counted,
                std::vector<int>* out);

}  // namespace parley

#endif  // PARLEY_ENGINE_GRAPH_CLAIM_GRAPH_H_
