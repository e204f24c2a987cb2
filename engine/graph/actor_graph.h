// The actor–actor graphs derived from the pairwise relations, and what
// Boost.Graph's algorithms find in them:
//
//   coalitions  connected components of the graph whose edges are pairs with
//               a positive agreement index (components of two or more actors)
//   brokers     betweenness centrality (Brandes), normalised to [0, 1], on
//               the graph whose edges are pairs that addressed a topic
//               together (every pair Comparison::pairs lists)
#ifndef PARLEY_ENGINE_GRAPH_ACTOR_GRAPH_H_
#define PARLEY_ENGINE_GRAPH_ACTOR_GRAPH_H_

#include <string>
#include <vector>

#include "parley/comparison.h"

namespace parley {

// `actors` in the order findings list them (rule-set order); every pair's
// actors must be among them. Coalitions list their actors in that order and
// come in the order of their first actor.
std::vector<Coalition> FindCoalitions(const std::vector<std::string>& actors,
                                      const std::vector<ActorPair>& pairs);

// Actors with a betweenness above zero, highest first (ties in `actors`
// order). With fewer than three actors no one stands between two others.
std::vector<Broker> FindBrokers(const std::vector<std::string>& actors,
                                const std::vector<ActorPair>& pairs);

}  // namespace parley

#endif  // PARLEY_ENGINE_GRAPH_ACTOR_GRAPH_H_
