#include "report/dot_export.h"

#include "report/export_graph.h"  // first: it includes the Boost graph headers

#include <cctype>
#include <map>
#include <vector>

#include "report/report_support.h"

namespace parley {
namespace {

using report::ExportEdge;
using report::ExportGraph;
using report::ExportNode;

// Attribute name → value, as boost::write_graphviz reads them from a subgraph.
using DotAttributes = std::map<std::string, std::string>;
using DotGraph = boost::subgraph<boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS,
    boost::property<boost::vertex_attribute_t, DotAttributes>,
    boost::property<boost::edge_index_t, int, boost::property<boost::edge_attribute_t, DotAttributes>>,
    boost::property<boost::graph_name_t, std::string,
                    boost::property<boost::graph_graph_attribute_t, DotAttributes,
                                    boost::property<boost::graph_vertex_attribute_t, DotAttributes,
                                                    boost::property<boost::graph_edge_attribute_t,
                                                                    DotAttributes>>>>>>;
using DotVertex = boost::graph_traits<DotGraph>::vertex_descriptor;

constexpr const char* kHoldColor = "#2e7d32";
constexpr const char* kAgainstColor = "#c62828";
constexpr const char* kConditionColor = "#6a1b9a";
constexpr const char* kMemberColor = "#757575";
constexpr const char* kClusterColor = "#9e9e9e";

// "3 claims", "1 claim".
std::string Claims(int count) {
  return std::to_string(count).append(count == 1 ? " claim" : " claims");
}

DotAttributes NodeAttributes(const ExportNode& node) {
  DotAttributes attributes;
  attributes["label"] = DotText(node.name);
  // SVG ids "actor-UKR", "position-nato.join": a group is an actor too.
  const std::string kind = node.kind == "group" ? "actor" : node.kind;
  attributes["id"] = DotText(std::string(kind).append("-").append(node.id));
  if (node.kind == "position") {
    attributes["shape"] = "box";
    attributes["style"] = "rounded";
    attributes["tooltip"] = DotText(std::string(node.id).append(": ").append(Claims(node.claims))
                                        .append(", held by ").append(std::to_string(node.holders))
                                        .append(", rejected by ").append(std::to_string(node.opponents)));
  } else {
    attributes["shape"] = "ellipse";
    if (node.kind == "group") attributes["peripheries"] = "2";
    attributes["tooltip"] = DotText(std::string(node.id).append(": ").append(Claims(node.claims)));
  }
  return attributes;
}

DotAttributes EdgeAttributes(const ExportEdge& edge, const Comparison& comparison) {
  DotAttributes attributes;
  if (edge.kind == "stance") {
    const bool holds = edge.stance != "reject" && edge.stance != "oppose";
    std::string label = edge.stance;
    if (edge.count > 1) label.append(" (").append(std::to_string(edge.count)).append(")");
    attributes["label"] = DotText(label);
    attributes["color"] = holds ? kHoldColor : kAgainstColor;
    attributes["fontcolor"] = holds ? kHoldColor : kAgainstColor;
    if (!holds) attributes["style"] = "dashed";
    std::string tooltip = edge.evidence;
    if (!edge.attributes.empty()) tooltip = std::string(edge.attributes).append(" — ").append(tooltip);
    attributes["tooltip"] = DotText(tooltip);
  } else if (edge.kind == "conflict") {
    attributes["color"] = kAgainstColor;
    attributes["dir"] = "none";
    attributes["penwidth"] = "2";
    // Conflicts join positions side by side; letting them rank the layout
    // would stretch each topic's cluster into a chain.
    attributes["constraint"] = "false";
    attributes["tooltip"] = "conflict";
  } else if (edge.kind == "condition") {
    attributes["label"] =
        DotText(std::string("condition: ").append(report::ActorName(comparison, edge.actor)));
    attributes["style"] = "dotted";
    attributes["color"] = kConditionColor;
    attributes["fontcolor"] = kConditionColor;
    attributes["constraint"] = "false";
    attributes["tooltip"] = DotText(edge.evidence);
  } else {  // member
    attributes["color"] = kMemberColor;
    attributes["arrowhead"] = "empty";
    attributes["tooltip"] = "member";
  }
  return attributes;
}

}  // namespace

std::string DotText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') out += '\\';
    out += c;
  }
  static const char* const kKeywords[] = {"node", "edge", "graph", "digraph", "subgraph", "strict"};
  for (const char* keyword : kKeywords) {
    const std::string_view word = keyword;
    if (out.size() != word.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size(); ++i)
      same = same && std::tolower(static_cast<unsigned char>(out[i])) == word[i];
    if (same) return out.append("\\\n");
  }
  return out;
}

void WriteDotExport(const Comparison& comparison, std::ostream& out) {
  ExportGraph graph;
  report::BuildExportGraph(comparison, &graph);
  // Topics are drawn as clusters, not as vertices: every other vertex of the
  // export graph becomes a DOT node, numbered in export order.
  DotGraph dot;
  std::vector<long> dot_vertex(boost::num_vertices(graph), -1);
  std::map<std::string, DotGraph*> clusters;  // topic id → its cluster
  std::vector<std::string> topics;            // in export order
  for (auto [it, end] = boost::vertices(graph); it != end; ++it)
    if (graph[*it].kind == "topic") topics.push_back(graph[*it].id);

  boost::get_property(dot, boost::graph_name) = "parley";
  boost::get_property(dot, boost::graph_graph_attribute)["rankdir"] = "LR";
  for (const std::string& topic : topics) {
    DotGraph& cluster = dot.create_subgraph();
    boost::get_property(cluster, boost::graph_name) = DotText(std::string("cluster_").append(topic));
    DotAttributes& attributes = boost::get_property(cluster, boost::graph_graph_attribute);
    attributes["label"] = DotText(report::TopicName(comparison, topic));
    attributes["id"] = DotText(std::string("topic-").append(topic));
    attributes["style"] = "rounded";
    attributes["color"] = kClusterColor;
    clusters[topic] = &cluster;
  }
  for (auto [it, end] = boost::vertices(graph); it != end; ++it) {
    const ExportNode& node = graph[*it];
    if (node.kind == "topic") continue;
    const DotVertex vertex = boost::add_vertex(dot);
    boost::put(boost::vertex_attribute, dot, vertex, NodeAttributes(node));
    dot_vertex[*it] = static_cast<long>(vertex);
    auto cluster = clusters.find(node.topic);
    if (node.kind == "position" && cluster != clusters.end()) boost::add_vertex(vertex, *cluster->second);
  }
  // Edges last: boost::subgraph gives an edge added to the root to every
  // cluster that holds both its ends, and the writer then draws it there.
  // (Out-edges vertex by vertex rather than boost::edges: GCC 12 warns
  // falsely about the latter's iterator under -Werror.)
  for (auto [vertex, vertices_end] = boost::vertices(graph); vertex != vertices_end; ++vertex) {
    for (auto [it, end] = boost::out_edges(*vertex, graph); it != end; ++it) {
      const ExportEdge& edge = graph[*it];
      const long from = dot_vertex[*vertex];
      const long to = dot_vertex[boost::target(*it, graph)];
      if (edge.kind == "topic" || from < 0 || to < 0) continue;
      auto added = boost::add_edge(static_cast<DotVertex>(from), static_cast<DotVertex>(to), dot);
      boost::put(boost::edge_attribute, dot, added.first, EdgeAttributes(edge, comparison));
    }
  }
  boost::write_graphviz(out, dot);
}

}  // namespace parley
