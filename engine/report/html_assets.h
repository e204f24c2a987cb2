// The `html` report's style sheet and filter script, inlined into every
// report so that the file stands alone: no fonts, scripts or images are
// fetched, and a mailed report looks the same.
#ifndef PARLEY_REPORT_HTML_ASSETS_H_
#define PARLEY_REPORT_HTML_ASSETS_H_

namespace parley::report {

// Screen and print styles. Colours come from the Okabe–Ito palette (blue for
// holding, vermillion for rejecting, hatching for conflict) and every colour
// also has a sign (✓ ✗ ⚔) or a line style, so nothing is told by colour alone.
extern const char* const kHtmlStyle;

// The filters (actor, topic, date range) and their URL fragment
// (#actor=USA&topic=ceasefire&from=2025-06&to=2025-07). Filtered-out
// elements get the `hidden` attribute; without script the form stays hidden
// and the page shows everything. Contract with the markup:
//   .finding[data-actors][data-topics]  shown when the chosen actor is among
//                                       data-actors and the topic among data-topics
//   [data-date]                         shown when its date overlaps the range
//   .finding with [data-date] items     hidden when none of them is shown
//   tr[data-actor], [data-topic]        rows and columns of the tables
//   svg .node, svg .edge                dimmed unless they carry a-ACTOR / t-TOPIC
extern const char* const kHtmlScript;

}  // namespace parley::report

#endif  // PARLEY_REPORT_HTML_ASSETS_H_
