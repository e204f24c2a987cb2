// The actor–position graph as the `dot` and `graphml` exports show it: a
// Boost.Graph built from a Comparison, with every attribute as plain text or
// a count, so that the writers only choose how to draw or declare them.
//
// Vertices, in this order (each order deterministic):
//   actor / group  every listed actor (report::ListedActors); "group" when it
//                  has members
//   position       every position with a holding or named by a condition,
//                  in rule-set order
//   topic          the topics of those positions, in rule-set order
// Edges, in this order:
//   stance     actor → position, one per Holding (stance, count, dates,
//              attributes of the latest claim, evidence)
//   conflict   position → position, once per conflicting pair of vertices
//              (declared under `conflicts`, or both of an `exclusive` topic),
//              the earlier position of the rule set as source
//   condition  condition → the position it is attached to, one per Condition
//              (`actor` says who attaches it)
//   member     group → member, when both are vertices
//   topic      position → its topic
#ifndef PARLEY_REPORT_EXPORT_GRAPH_H_
#define PARLEY_REPORT_EXPORT_GRAPH_H_

#include <string>

// GCC 12 at -O2 reports boost::optional's storage inside Boost.Graph as
// uninitialized — in the iterator of boost::edges(), which Boost's GraphML
// and DOT writers use, and (with the sanitizers) in add_vertex — false
// positives that are errors under -Werror. The warnings are silenced for
// the Boost graph headers only, and only here, before any other header of
// this file's includers pulls them in.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/graph/subgraph.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "parley/comparison.h"

namespace parley::report {

struct ExportNode {
  std::string kind;   // "actor", "group", "position", "topic"
  std::string id;     // the rule set's id
  std::string name;   // the rule set's name (the id when unknown)
  std::string topic;  // a position's topic, a topic's own id; "" for actors
  int claims = 0;     // claims naming it (an actor's own claims, not its groups')
  int holders = 0;    // positions: actors holding it (group members counted)
  int opponents = 0;  // positions: actors rejecting or opposing it
};

struct ExportEdge {
  std::string kind;        // "stance", "conflict", "condition", "member", "topic"
  std::string stance;      // stance edges: "demand", "reject", …
  std::string actor;       // condition edges: the actor attaching the condition
  int count = 0;           // claims behind it (stance and condition edges)
  std::string first_date;  // earliest and latest dated claim behind it
  std::string last_date;
  std::string attributes;  // "days=30; monitored=international"
  std::string evidence;    // "doc:line; doc:line" (the first kMaxEvidence)
};

// At most this many references in ExportEdge::evidence, then "; … (N more)":
// a graph file stays small whatever the corpus.
inline constexpr size_t kMaxEvidence = 10;

using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                          ExportNode, ExportEdge>;

// Builds the graph into `graph` (empty before); text is cleaned of control
// characters, which neither GraphML (XML 1.0) nor DOT can carry. An out
// parameter, as returning an adjacency_list copies it edge by edge.
void BuildExportGraph(const Comparison& comparison, ExportGraph* graph);

}  // namespace parley::report

#endif  // PARLEY_REPORT_EXPORT_GRAPH_H_
