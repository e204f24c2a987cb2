// Coalitions and brokers with Boost.Graph's algorithms.
#include "graph/actor_graph.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>

namespace parley {
namespace {

using ActorGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The graph over `actors` (vertex i is actors[i]) with an edge for every
// pair that `keep` accepts.
template <typename Keep>
ActorGraph MakeActorGraph(const std::vector<std::string>& actors, const std::vector<ActorPair>& pairs,
                          Keep keep) {
  std::map<std::string, size_t, std::less<>> vertex;
  for (size_t i = 0; i < actors.size(); ++i) vertex.emplace(actors[i], i);
  ActorGraph graph(actors.size());
  for (const ActorPair& pair : pairs) {
    if (!keep(pair)) continue;
    auto first = vertex.find(pair.first);
    auto second = vertex.find(pair.second);
    if (first == vertex.end() || second == vertex.end()) continue;
    boost::add_edge(first->second, second->second, graph);
  }
  return graph;
}

}  // namespace

std::vector<Coalition> FindCoalitions(const std::vector<std::string>& actors,
                                      const std::vector<ActorPair>& pairs) {
  const ActorGraph graph =
      MakeActorGraph(actors, pairs, [](const ActorPair& pair) { return pair.agreement_index > 0; });
  std::vector<int> component(actors.size());
  const int count = actors.empty() ? 0 : boost::connected_components(graph, component.data());
  // Components are numbered in the order of their first vertex, so walking
  // the actors in order lists each coalition in order of its first actor.
  std::vector<Coalition> by_component(static_cast<size_t>(count));
  for (size_t i = 0; i < actors.size(); ++i)
    by_component[static_cast<size_t>(component[i])].actors.push_back(actors[i]);
  std::vector<Coalition> coalitions;
  for (Coalition& coalition : by_component)
    if (coalition.actors.size() >= 2) coalitions.push_back(std::move(coalition));
  return coalitions;
}

std::vector<Broker> FindBrokers(const std::vector<std::string>& actors,
                                const std::vector<ActorPair>& pairs) {
  std::vector<Broker> brokers;
  if (actors.size() < 3) return brokers;  // the normalisation divides by (n-1)(n-2)
  const ActorGraph graph = MakeActorGraph(actors, pairs, [](const ActorPair&) { return true; });
  std::vector<double> centrality(actors.size(), 0.0);
  auto centrality_map =
      boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph));
  boost::brandes_betweenness_centrality(graph, centrality_map);
  boost::relative_betweenness_centrality(graph, centrality_map);
  // Sums of path fractions are not exact: a centre that should be 0 may come
  // out as a rounding residue, which is not brokerage.
  constexpr double kEpsilon = 1e-12;
  // Rounded to 12 places, so that 6/10 reads 0.6 and not 0.6000000000000001.
  for (size_t i = 0; i < actors.size(); ++i)
    if (centrality[i] > kEpsilon)
      brokers.push_back({actors[i], std::round(centrality[i] * 1e12) / 1e12});
  std::stable_sort(brokers.begin(), brokers.end(),
                   [](const Broker& a, const Broker& b) { return a.betweenness > b.betweenness; });
  return brokers;
}

}  // namespace parley
