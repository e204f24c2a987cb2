// A rule set's actors, topics and positions by index: what the comparison
// looks up once per claim and per pair, so that it never compares ids as
// strings in its inner loops. Indices are the rule set's own order, which is
// the order every finding is sorted in.
#ifndef PARLEY_ENGINE_GRAPH_ONTOLOGY_H_
#define PARLEY_ENGINE_GRAPH_ONTOLOGY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/rule_set.h"

namespace parley {

class Ontology {
 public:
  // `rule_set` must outlive the Ontology.
  explicit Ontology(const RuleSet& rule_set);

  const RuleSet& rule_set() const { return rule_set_; }
  int actor_count() const { return static_cast<int>(rule_set_.actors.size()); }
  int position_count() const { return static_cast<int>(rule_set_.positions.size()); }
  int topic_count() const { return static_cast<int>(rule_set_.topics.size()); }

  // Index of an id, or -1 when the rule set has none.
  int FindActor(std::string_view id) const { return Find(actors_, id); }
  int FindPosition(std::string_view id) const { return Find(positions_, id); }
  int FindTopic(std::string_view id) const { return Find(topics_, id); }

  const std::string& ActorId(int actor) const { return rule_set_.actors[Size(actor)].id; }
  const std::string& PositionId(int position) const { return rule_set_.positions[Size(position)].id; }
  const std::string& TopicId(int topic) const { return rule_set_.topics[Size(topic)].id; }
  int TopicOf(int position) const { return topic_of_[Size(position)]; }

  bool IsGroup(int actor) const { return !rule_set_.actors[Size(actor)].members.empty(); }
  // Every actor a group contains, through nested groups, sorted; empty for a
  // single actor.
  const std::vector<int>& MembersOf(int actor) const { return members_[Size(actor)]; }
  // Whether `group` contains `actor` (directly or through nested groups).
  bool Contains(int group, int actor) const;

  // Conflicting position pairs (first < second): declared ones and every two
  // positions of an exclusive topic, sorted, each pair once.
  struct Conflict {
    int first = 0;
    int second = 0;
    bool declared = false;
  };
  const std::vector<Conflict>& conflicts() const { return conflicts_; }

  // Every actor id, for "did you mean" suggestions.
  std::vector<std::string_view> ActorIds() const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Index = std::unordered_map<std::string, int, Hash, std::equal_to<>>;
  static int Find(const Index& index, std::string_view id) {
    auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
  }
  static size_t Size(int index) { return static_cast<size_t>(index); }

  const RuleSet& rule_set_;
  Index actors_;
  Index positions_;
  Index topics_;
  std::vector<int> topic_of_;
  std::vector<std::vector<int>> members_;
  std::vector<Conflict> conflicts_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_GRAPH_ONTOLOGY_H_
