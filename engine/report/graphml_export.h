// The `graphml` format: the actor–position graph (report/export_graph.h) as
// plain GraphML, which Gephi, Cytoscape, igraph and networkx open as it is.
//
// Written by boost::write_graphml from boost::dynamic_properties, so every
// attribute is declared as a <key> with its type, once, before the graph:
//
//   node  kind       string  actor, group, position or topic
//         label      string  the parley id (UKR, ceasefire.unconditional):
//                            short, unique, and what Gephi shows as the label
//         name       string  the rule set's name (Ukraine)
//         topic      string  a position's topic id; a topic's own id; "" for actors
//         claims     int     claims naming it (an actor's own, a position's, a topic's)
//         holders    int     positions: actors holding it
//         opponents  int     positions: actors rejecting or opposing it
//   edge  kind       string  stance (actor → position), conflict (position →
//                            position), condition (condition → position it is
//                            attached to), member (group → member), topic
//                            (position → topic)
//         stance     string  stance edges: demand, reject, …
//         actor      string  condition edges: who attaches the condition
//         count      int     claims behind a stance or condition edge
//         first_date string  earliest and latest dated claim behind it
//         last_date  string
//         attributes string  "days=30; monitored=international"
//         evidence   string  "doc:line; doc:line" (the first ten)
//
// The graph is directed; node ids are n0, n1, … in export order (actors,
// positions, topics), edge ids e0, e1, …. Keys are named key0, key1, … in
// attribute-name order, as Boost writes them.
#ifndef PARLEY_REPORT_GRAPHML_EXPORT_H_
#define PARLEY_REPORT_GRAPHML_EXPORT_H_

#include <ostream>

#include "parley/comparison.h"

namespace parley {

void WriteGraphmlExport(const Comparison& comparison, std::ostream& out);

}  // namespace parley

#endif  // PARLEY_REPORT_GRAPHML_EXPORT_H_
