// The `md` format (the default): the comparison as a report a researcher
// reads top to bottom in a terminal — summary, where the parties diverge
// (the headline), conditions, common ground, the actor × topic matrix,
// coalitions, the agreement index, brokers, shifts, contradictions and
// coverage. Every finding quotes its evidence (doc:line and the sentence);
// a section without findings says so in one line instead of vanishing.
//
// The output is CommonMark with GFM pipe tables; text from documents and the
// rule set is escaped, so a quoted "|" or "*" never changes the layout.
// Deterministic: the same comparison always gives the same bytes.
#ifndef PARLEY_REPORT_MARKDOWN_REPORT_H_
#define PARLEY_REPORT_MARKDOWN_REPORT_H_

#include <ostream>

#include "parley/comparison.h"

namespace parley {

void WriteMarkdownReport(const Comparison& comparison, std::ostream& out);

}  // namespace parley

#endif  // PARLEY_REPORT_MARKDOWN_REPORT_H_
