// The sections of the `html` report (report/html_report.h), each a
// <section id="…"> with an <h2>; a section without findings says so in one
// line instead of vanishing. Sections whose findings the filters can hide
// carry a <p class="no-match" hidden> that the script shows when all are.
#ifndef PARLEY_REPORT_HTML_SECTIONS_H_
#define PARLEY_REPORT_HTML_SECTIONS_H_

#include <ostream>

#include "parley/comparison.h"

namespace parley::report {

// html_findings.cc
void WriteHtmlDivergences(const Comparison& comparison, std::ostream& out);
void WriteHtmlConditions(const Comparison& comparison, std::ostream& out);
void WriteHtmlCommonGround(const Comparison& comparison, std::ostream& out);
void WriteHtmlCoalitions(const Comparison& comparison, std::ostream& out);
void WriteHtmlBrokers(const Comparison& comparison, std::ostream& out);
void WriteHtmlShifts(const Comparison& comparison, std::ostream& out);
void WriteHtmlContradictions(const Comparison& comparison, std::ostream& out);

// html_tables.cc
void WriteHtmlMatrix(const Comparison& comparison, std::ostream& out);
void WriteHtmlHeatmap(const Comparison& comparison, std::ostream& out);
void WriteHtmlTimeline(const Comparison& comparison, std::ostream& out);

// html_graph.cc
void WriteHtmlGraph(const Comparison& comparison, std::ostream& out);

}  // namespace parley::report

#endif  // PARLEY_REPORT_HTML_SECTIONS_H_
