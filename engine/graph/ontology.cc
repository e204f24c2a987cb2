// Index of a rule set: ids to indices, group members, conflicting pairs.
#include "graph/ontology.h"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>

namespace parley {
namespace {

using MemberGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using MemberVertex = boost::graph_traits<MemberGraph>::vertex_descriptor;

// Records every vertex a search discovers.
class Discoverer : public boost::default_bfs_visitor {
 public:
  explicit Discoverer(std::vector<int>* found) : found_(found) {}
  void discover_vertex(MemberVertex vertex, const MemberGraph&) const {
    found_->push_back(static_cast<int>(vertex));
  }

 private:
  std::vector<int>* found_;
};

}  // namespace

Ontology::Ontology(const RuleSet& rule_set) : rule_set_(rule_set) {
  for (size_t i = 0; i < rule_set.actors.size(); ++i)
    actors_.emplace(rule_set.actors[i].id, static_cast<int>(i));
  for (size_t i = 0; i < rule_set.positions.size(); ++i)
    positions_.emplace(rule_set.positions[i].id, static_cast<int>(i));
  for (size_t i = 0; i < rule_set.topics.size(); ++i)
    topics_.emplace(rule_set.topics[i].id, static_cast<int>(i));
  topic_of_.reserve(rule_set.positions.size());
  for (const PositionDef& position : rule_set.positions)
    topic_of_.push_back(FindTopic(position.topic));

  // Who a group contains, through nested groups: what a breadth-first search
  // of the group → member graph reaches (the loader refuses cycles; the
  // search would survive one anyway).
  MemberGraph membership(rule_set.actors.size());
  for (size_t group = 0; group < rule_set.actors.size(); ++group)
    for (const std::string& member : rule_set.actors[group].members)
      if (int m = FindActor(member); m >= 0) boost::add_edge(group, static_cast<size_t>(m), membership);
  members_.resize(rule_set.actors.size());
  for (size_t group = 0; group < rule_set.actors.size(); ++group) {
    if (rule_set.actors[group].members.empty()) continue;
    std::vector<int>& found = members_[group];
    boost::breadth_first_search(membership, group, boost::visitor(Discoverer(&found)));
    found.erase(std::remove(found.begin(), found.end(), static_cast<int>(group)), found.end());
    std::sort(found.begin(), found.end());
  }

  for (const ConflictDef& conflict : rule_set.conflicts) {
    int first = FindPosition(conflict.first);
    int second = FindPosition(conflict.second);
    if (first < 0 || second < 0 || first == second) continue;
    if (first > second) std::swap(first, second);
    conflicts_.push_back({first, second, true});
  }
  for (const TopicDef& topic : rule_set.topics) {
    if (!topic.exclusive) continue;
    for (size_t i = 0; i < topic.positions.size(); ++i)
      for (size_t j = i + 1; j < topic.positions.size(); ++j) {
        int first = FindPosition(topic.positions[i]);
        int second = FindPosition(topic.positions[j]);
        if (first < 0 || second < 0 || first == second) continue;
        if (first > second) std::swap(first, second);
        conflicts_.push_back({first, second, false});
      }
  }
  // Declared first for each pair, so that `unique` keeps the declared flag.
  std::sort(conflicts_.begin(), conflicts_.end(), [](const Conflict& a, const Conflict& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.second != b.second) return a.second < b.second;
    return a.declared > b.declared;
  });
  conflicts_.erase(std::unique(conflicts_.begin(), conflicts_.end(),
                               [](const Conflict& a, const Conflict& b) {
                                 return a.first == b.first && a.second == b.second;
                               }),
                   conflicts_.end());
}

bool Ontology::Contains(int group, int actor) const {
  const std::vector<int>& members = members_[Size(group)];
  return std::binary_search(members.begin(), members.end(), actor);
}

std::vector<std::string_view> Ontology::ActorIds() const {
  std::vector<std::string_view> ids;
  for (const ActorDef& actor : rule_set_.actors) ids.push_back(actor.id);
  return ids;
}

}  // namespace parley
