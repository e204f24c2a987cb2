// The `dot` format: the actor–position graph (report/export_graph.h) for
// Graphviz (`dot -Tsvg report.dot > graph.svg`).
//
// Drawing: actors are ellipses (groups with a double outline), positions
// rounded boxes clustered by topic (one `cluster_<topic>` subgraph each);
// actor → position edges are labelled with the stance and, above one, the
// number of claims ("demand (3)"), blue for a stance that holds the position,
// vermillion with a bar ("tee") for reject/oppose (colour-blind-safe colours,
// each told apart by its line as well); conflicts are dashed vermillion
// undirected lines between positions, conditions dotted purple arrows from
// the condition to the position it is attached to, group → member edges grey
// with hollow arrowheads. Nodes carry an `id` ("actor-UKR", "position-nato.join"), which
// becomes the SVG element id, and a tooltip; stance edges' tooltips cite the
// evidence (doc:line).
//
// Written with Boost's write_graphviz for boost::subgraph, the writer that
// can express clusters; its node names are vertex numbers, so names appear
// only in labels.
#ifndef PARLEY_REPORT_DOT_EXPORT_H_
#define PARLEY_REPORT_DOT_EXPORT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "parley/comparison.h"

namespace parley {

void WriteDotExport(const Comparison& comparison, std::ostream& out);

// `text` prepared for Boost's DOT writer, which quotes a value and escapes
// its double quotes but leaves two gaps closed here: backslashes are doubled
// (Graphviz would read "\n" or "\N" in a name as an escape, and a trailing
// backslash would swallow the closing quote), and a value that is a DOT
// keyword ("node", "Graph", …), which Boost would write unquoted and break
// the file, gets an escaped line break appended, which forces quoting and
// which Graphviz drops when reading the string.
std::string DotText(std::string_view text);

}  // namespace parley

#endif  // PARLEY_REPORT_DOT_EXPORT_H_
