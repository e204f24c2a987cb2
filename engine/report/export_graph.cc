#include "report/export_graph.h"

#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "report/report_support.h"

namespace parley::report {
namespace {

using Vertex = boost::graph_traits<ExportGraph>::vertex_descriptor;

// Control characters (a YAML name may hold one through an escape) become
// spaces: XML 1.0 forbids most of them, and a line break would split a DOT
// label unexpectedly.
std::string Clean(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

// "doc:line; doc:line; … (N more)" for the claims, in their order.
std::string EvidenceList(const Comparison& comparison, const std::vector<ClaimIndex>& claims) {
  std::string text;
  size_t cited = 0;
  for (ClaimIndex index : claims) {
    if (index >= comparison.claims.size()) continue;
    if (cited == kMaxEvidence) {
      text.append("; … (").append(std::to_string(claims.size() - cited)).append(" more)");
      break;
    }
    if (cited++ > 0) text.append("; ");
    text.append(EvidenceRef(comparison.claims[index]));
  }
  return Clean(text);
}

// The earliest and latest date of some claims.
std::pair<std::string, std::string> Dates(const Comparison& comparison,
                                          const std::vector<ClaimIndex>& claims) {
  std::pair<std::string, std::string> dates;
  for (ClaimIndex index : claims) {
    if (index >= comparison.claims.size()) continue;
    const std::string& date = comparison.claims[index].date;
    if (date.empty()) continue;
    if (dates.first.empty() || date < dates.first) dates.first = date;
    if (dates.second.empty() || date > dates.second) dates.second = date;
  }
  return dates;
}

class Builder {
 public:
  Builder(const Comparison& comparison, ExportGraph* graph) : comparison_(comparison), graph_(*graph) {}

  void Build() {
    AddActors();
    AddPositionsAndTopics();
    AddStanceEdges();
    AddConflictEdges();
    AddConditionEdges();
    AddMemberEdges();
    AddTopicEdges();
  }

 private:
  Vertex AddVertex(std::string kind, const std::string& id, std::string name, std::string topic) {
    ExportNode node;
    node.kind = std::move(kind);
    node.id = Clean(id);
    node.name = Clean(name);
    node.topic = Clean(topic);
    const Vertex vertex = boost::add_vertex(std::move(node), graph_);
    vertices_.emplace(id, vertex);  // ids are unique across a rule set's kinds
    return vertex;
  }

  // The vertex of an id, if it is one.
  const Vertex* Find(const std::string& id) const {
    auto found = vertices_.find(id);
    return found == vertices_.end() ? nullptr : &found->second;
  }

  void AddActors() {
    std::unordered_map<std::string_view, int> own_claims;
    for (const Claim& claim : comparison_.claims) ++own_claims[claim.actor];
    for (const std::string& actor : ListedActors(comparison_)) {
      const Vertex vertex = AddVertex(IsGroup(comparison_, actor) ? "group" : "actor", actor,
                                      ActorName(comparison_, actor), "");
      auto found = own_claims.find(actor);
      graph_[vertex].claims = found == own_claims.end() ? 0 : found->second;
    }
  }

  void AddPositionsAndTopics() {
    std::set<std::string, std::less<>> used;
    for (const Holding& holding : comparison_.holdings) used.insert(holding.position);
    for (const Condition& condition : comparison_.conditions) {
      used.insert(condition.position);
      used.insert(condition.condition);
    }
    std::vector<std::string> positions;
    if (comparison_.rule_set) {
      for (const PositionDef& position : comparison_.rule_set->positions)
        if (used.erase(position.id)) positions.push_back(position.id);
    }
    positions.insert(positions.end(), used.begin(), used.end());  // unknown ones, sorted

    std::vector<std::string> topics;
    std::set<std::string, std::less<>> topic_seen;
    for (const std::string& position : positions) {
      const std::string topic = PositionTopic(comparison_, position);
      AddVertex("position", position, PositionName(comparison_, position), topic);
      if (!topic.empty() && topic_seen.insert(topic).second) topics.push_back(topic);
    }
    if (comparison_.rule_set) {  // topics in rule-set order, unknown ones after
      std::vector<std::string> ordered;
      for (const TopicDef& topic : comparison_.rule_set->topics)
        if (topic_seen.erase(topic.id)) ordered.push_back(topic.id);
      for (const std::string& topic : topics)
        if (topic_seen.count(topic)) ordered.push_back(topic);
      topics = std::move(ordered);
    }
    for (const std::string& topic : topics) AddVertex("topic", topic, TopicName(comparison_, topic), topic);

    // Claim counts, and distinct holders and opponents of each position.
    std::unordered_map<std::string_view, int> claims;
    for (const Claim& claim : comparison_.claims) {
      ++claims[claim.position];
      ++claims[claim.topic];
    }
    std::set<std::pair<std::string_view, std::string_view>> holders, opponents;
    for (const Holding& holding : comparison_.holdings)
      (IsHolding(holding.stance) ? holders : opponents).insert({holding.position, holding.actor});
    for (auto [it, end] = boost::vertices(graph_); it != end; ++it) {
      ExportNode& node = graph_[*it];
      if (node.kind != "position" && node.kind != "topic") continue;
      auto found = claims.find(node.id);
      node.claims = found == claims.end() ? 0 : found->second;
      if (node.kind != "position") continue;
      for (const auto& [position, actor] : holders) node.holders += position == node.id;
      for (const auto& [position, actor] : opponents) node.opponents += position == node.id;
    }
  }

  void AddStanceEdges() {
    for (const Holding& holding : comparison_.holdings) {
      const Vertex* actor = Find(holding.actor);
      const Vertex* position = Find(holding.position);
      if (!actor || !position) continue;
      ExportEdge edge;
      edge.kind = "stance";
      edge.stance = std::string(StanceName(holding.stance));
      edge.count = holding.count;
      edge.first_date = Clean(holding.first_date);
      edge.last_date = Clean(holding.last_date);
      edge.attributes = Clean(AttributesText(holding.attributes, "; "));
      edge.evidence = EvidenceList(comparison_, holding.claims);
      boost::add_edge(*actor, *position, std::move(edge), graph_);
    }
  }

  void AddConflictEdges() {
    std::vector<Vertex> positions;
    for (auto [it, end] = boost::vertices(graph_); it != end; ++it)
      if (graph_[*it].kind == "position") positions.push_back(*it);
    for (size_t i = 0; i < positions.size(); ++i) {
      for (size_t j = i + 1; j < positions.size(); ++j) {
        if (!PositionsConflict(comparison_.rule_set, graph_[positions[i]].id, graph_[positions[j]].id))
          continue;
        ExportEdge edge;
        edge.kind = "conflict";
        boost::add_edge(positions[i], positions[j], std::move(edge), graph_);
      }
    }
  }

  void AddConditionEdges() {
    for (const Condition& condition : comparison_.conditions) {
      const Vertex* from = Find(condition.condition);
      const Vertex* to = Find(condition.position);
      if (!from || !to) continue;
      ExportEdge edge;
      edge.kind = "condition";
      edge.actor = Clean(condition.actor);
      edge.count = static_cast<int>(condition.claims.size());
      std::tie(edge.first_date, edge.last_date) = Dates(comparison_, condition.claims);
      edge.evidence = EvidenceList(comparison_, condition.claims);
      boost::add_edge(*from, *to, std::move(edge), graph_);
    }
  }

  void AddMemberEdges() {
    if (!comparison_.rule_set) return;
    for (auto [it, end] = boost::vertices(graph_); it != end; ++it) {
      if (graph_[*it].kind != "group") continue;
      const ActorDef* group = comparison_.rule_set->FindActor(graph_[*it].id);
      for (const std::string& member : group ? group->members : std::vector<std::string>{}) {
        const Vertex* vertex = Find(member);
        if (!vertex) continue;
        ExportEdge edge;
        edge.kind = "member";
        boost::add_edge(*it, *vertex, std::move(edge), graph_);
      }
    }
  }

  void AddTopicEdges() {
    for (auto [it, end] = boost::vertices(graph_); it != end; ++it) {
      if (graph_[*it].kind != "position" || graph_[*it].topic.empty()) continue;
      const Vertex* topic = Find(graph_[*it].topic);
      if (!topic || graph_[*topic].kind != "topic") continue;
      ExportEdge edge;
      edge.kind = "topic";
      boost::add_edge(*it, *topic, std::move(edge), graph_);
    }
  }

  const Comparison& comparison_;
  ExportGraph& graph_;
  std::map<std::string, Vertex> vertices_;
};

}  // namespace

void BuildExportGraph(const Comparison& comparison, ExportGraph* graph) {
  Builder(comparison, graph).Build();
}

}  // namespace parley::report
