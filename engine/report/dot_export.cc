#include "report/dot_export.h"

#include "report/export_graph.h"  // first: it includes the Boost graph headers

#include <cctype>
#include <map>
#include <set>
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

// Colours from the Okabe–Ito and Tol palettes, which stay distinct under the
// common colour-vision deficiencies; every distinction also has a line style
// or arrowhead, so it survives greyscale printing too.
constexpr const char* kHoldColor = "#0072b2";     // blue
constexpr const char* kAgainstColor = "#d55e00";  // vermillion
constexpr const char* kConditionColor = "#aa4499";  // purple
constexpr const char* kMemberColor = "#777777";
constexpr const char* kClusterColor = "#999999";
// Helvetica's metrics are built into Graphviz, and Liberation Sans (installed
// with parley) matches them, so the layout does not depend on which fonts a
// machine has and labels fit their boxes when a browser draws them.
constexpr const char* kFont = "Helvetica";

// "3 claims", "1 claim".
std::string Claims(int count) {
  return std::to_string(count).append(count == 1 ? " claim" : " claims");
}

// A class name for an id ("a-UKR", "t-ceasefire"): ids hold no spaces, but
// a class list must not, whatever the rule set.
std::string ClassName(const char* prefix, const std::string& id) {
  std::string name = prefix;
  for (char c : id) name += std::isspace(static_cast<unsigned char>(c)) ? '_' : c;
  return name;
}

std::string ClassList(const std::set<std::string>& classes) {
  std::string list;
  for (const std::string& name : classes) list.append(list.empty() ? "" : " ").append(name);
  return list;
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
    // A bar for "blocks" tells a rejection apart without its colour.
    if (!holds) attributes["arrowhead"] = "tee";
    std::string tooltip = edge.evidence;
    if (!edge.attributes.empty()) tooltip = std::string(edge.attributes).append(" — ").append(tooltip);
    attributes["tooltip"] = DotText(tooltip);
  } else if (edge.kind == "conflict") {
    attributes["color"] = kAgainstColor;
    attributes["dir"] = "none";
    attributes["style"] = "dashed";
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
    // Not constraint=false like conflicts: Graphviz 2.42 frees a labelled
    // edge that does not rank its ends twice (a crash in gvFreeLayout), and
    // a condition drawn left of what it conditions reads well anyway.
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
  DotAttributes& graph_attributes = boost::get_property(dot, boost::graph_graph_attribute);
  graph_attributes["rankdir"] = "LR";
  graph_attributes["fontname"] = kFont;
  boost::get_property(dot, boost::graph_vertex_attribute)["fontname"] = kFont;
  boost::get_property(dot, boost::graph_edge_attribute)["fontname"] = kFont;
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
  // SVG classes that let a page pick out an actor's or a topic's part of the
  // picture: "a-UKR" on the actor, the positions it takes a stance on and
  // its edges; "t-ceasefire" on the topic's positions, the actors that take
  // a stance in it and their edges.
  std::vector<std::set<std::string>> node_classes(boost::num_vertices(graph));
  for (auto [it, end] = boost::vertices(graph); it != end; ++it) {
    const ExportNode& node = graph[*it];
    if (node.kind == "position") node_classes[*it] = {"position", ClassName("t-", node.topic)};
    else if (node.kind != "topic") node_classes[*it] = {"actor", ClassName("a-", node.id)};
  }
  for (auto [vertex, vertices_end] = boost::vertices(graph); vertex != vertices_end; ++vertex) {
    for (auto [it, end] = boost::out_edges(*vertex, graph); it != end; ++it) {
      if (graph[*it].kind != "stance") continue;
      const auto position = boost::target(*it, graph);
      node_classes[position].insert(ClassName("a-", graph[*vertex].id));
      node_classes[*vertex].insert(ClassName("t-", graph[position].topic));
    }
  }
  for (auto [it, end] = boost::vertices(graph); it != end; ++it) {
    const ExportNode& node = graph[*it];
    if (node.kind == "topic") continue;
    const DotVertex vertex = boost::add_vertex(dot);
    DotAttributes attributes = NodeAttributes(node);
    attributes["class"] = DotText(ClassList(node_classes[*it]));
    boost::put(boost::vertex_attribute, dot, vertex, std::move(attributes));
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
      DotAttributes attributes = EdgeAttributes(edge, comparison);
      std::set<std::string> classes{edge.kind};
      const ExportNode& source = graph[*vertex];
      const ExportNode& target = graph[boost::target(*it, graph)];
      if (edge.kind == "stance") {
        classes.insert(edge.stance == "reject" || edge.stance == "oppose" ? "against" : "hold");
        classes.insert(ClassName("a-", source.id));
      } else if (edge.kind == "member") {
        classes.insert(ClassName("a-", source.id));
        classes.insert(ClassName("a-", target.id));
      } else if (edge.kind == "condition") {
        classes.insert(ClassName("a-", edge.actor));
        classes.insert(ClassName("t-", source.topic));
      }
      if (!target.topic.empty()) classes.insert(ClassName("t-", target.topic));
      attributes["class"] = DotText(ClassList(classes));
      boost::put(boost::edge_attribute, dot, added.first, std::move(attributes));
    }
  }
  boost::write_graphviz(out, dot);
}

}  // namespace parley
