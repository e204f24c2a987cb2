// The building blocks of the Markdown report: escaping, tables and evidence
// lists. The output is CommonMark (tables in the GFM pipe-table form, which a
// plain CommonMark reader shows as readable text).
#ifndef PARLEY_REPORT_MARKDOWN_TEXT_H_
#define PARLEY_REPORT_MARKDOWN_TEXT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "parley/comparison.h"
#include "report/report_support.h"

namespace parley::report {

// `text` as inline Markdown that shows exactly that text: the characters that
// could start emphasis, code, links, HTML, entities, strikethrough or end a
// table cell are backslash-escaped, and line breaks become spaces (a quoted
// sentence stays on its list item's line).
std::string MdEscape(std::string_view text);

// A pipe table: `header` and each row must have the same number of cells,
// already escaped (MdEscape). An empty cell is written as "–" so that the
// row reads well in a terminal.
void WriteMdTable(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows, std::ostream& out);

// At most this many claims of one finding are quoted; the rest are cited by
// reference, and beyond kMaxCited only counted.
inline constexpr size_t kMaxQuoted = 3;
inline constexpr size_t kMaxCited = 10;

// The evidence for a finding as a nested list at `indent` spaces, each
// sentence quoted once however many of the claims it holds:
//   - de-istanbul:6 (2025-05-16): "Die Ukraine fordert …"
//   - … and 4 more: doc:12, doc:15, …
// With `show_claim`, each quoted line first says what the claim holds
// ("demands **Ceasefire only under conditions** — de-istanbul:7 …"), for
// findings whose claims differ (shifts, contradictions).
void WriteEvidence(const Comparison& comparison, const std::vector<ClaimIndex>& claims,
                   int indent, std::ostream& out, bool show_claim = false);

// One claim as a list item's text: `de-istanbul:6 (2025-05-16): "…"`.
std::string EvidenceText(const Claim& claim);
// What a claim holds: `demands **Unconditional ceasefire** (days=30)`.
std::string ClaimText(const Comparison& comparison, const Claim& claim);

}  // namespace parley::report

#endif  // PARLEY_REPORT_MARKDOWN_TEXT_H_
