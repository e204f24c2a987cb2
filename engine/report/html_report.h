// The `html` format: one self-contained page a researcher can open in any
// browser or mail as it is — the actor–position graph drawn by Graphviz as
// inline SVG, where the parties diverge with their evidence, the actor ×
// topic matrix as a coloured table, conditions, common ground, coalitions,
// the agreement index as a heat map, brokers, a timeline of claims per actor
// that shows shifts, contradictions and coverage.
//
// Self-contained: styles and the small filter script are inline, and nothing
// refers to a network resource (no URL in any src, href or CSS url()).
// Accessible: headings and tables are semantic (captions, scoped headers),
// the picture has a text alternative that says every stance in words, no
// colour is the only sign of anything, and it prints. Filters (actor, topic,
// dates) work without a server; with script off the page shows everything.
// Deterministic: the same comparison gives the same bytes (no timestamps,
// no paths beyond the documents' ids).
#ifndef PARLEY_REPORT_HTML_REPORT_H_
#define PARLEY_REPORT_HTML_REPORT_H_

#include <ostream>

#include "parley/comparison.h"

namespace parley {

void WriteHtmlReport(const Comparison& comparison, std::ostream& out);

}  // namespace parley

#endif  // PARLEY_REPORT_HTML_REPORT_H_
