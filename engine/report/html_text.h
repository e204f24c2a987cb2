// The building blocks of the `html` report: escaping, id lists for the
// filter script, and findings' evidence as HTML. Everything written is text
// from the comparison, escaped: a quoted sentence holding "<script>" or a
// URL is shown as text, never becomes markup or a link.
#ifndef PARLEY_REPORT_HTML_TEXT_H_
#define PARLEY_REPORT_HTML_TEXT_H_

#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parley/comparison.h"

namespace parley::report {

// `text` escaped for element content and for quoted attribute values (& < >
// " '); control characters other than tab and line feed, which HTML does
// not allow, become spaces.
std::string HtmlEscape(std::string_view text);

// Ids joined by spaces, escaped, for data-actors / data-topics attributes.
std::string IdList(const std::vector<std::string>& ids);

// At most this many claims of one finding are quoted, as in Markdown; up to
// kHtmlMaxCited more are listed as references (each whole, so the filter
// script can quote the first ones within a date range instead).
inline constexpr size_t kHtmlMaxQuoted = 3;
inline constexpr size_t kHtmlMaxCited = 20;

// What a holding or claim holds, as inline HTML:
//   <span class="stance hold">demands</span> <strong>Unconditional ceasefire</strong>
//   <span class="attributes">days=30, <mark>monitored=international</mark></span>
// Attributes named in `marked` are highlighted: those that differ from the
// other side's in a divergence.
std::string HtmlHolds(const Comparison& comparison, Stance stance, const std::string& position,
                      const Attributes& attributes, const std::set<std::string>& marked = {});

// The evidence for a finding as <ol class="evidence">, one <li data-date>
// per quoted sentence (a sentence once however many of the claims it holds):
//   <li data-date="2025-05-16"><cite>doc:6</cite> <time>2025-05-16</time> <q>…</q></li>
// With `show_claim`, each item first says what its claim holds (shifts,
// contradictions). Beyond kHtmlMaxQuoted, items have class "cited" and show
// only their reference (<cite>); past kHtmlMaxCited more, a last item counts
// the rest.
void WriteHtmlEvidence(const Comparison& comparison, const std::vector<ClaimIndex>& claims,
                       std::ostream& out, bool show_claim = false);

// <section id="ID" aria-labelledby="ID-title"><h2 id="ID-title">TITLE</h2>;
// `title` is markup (already escaped).
void OpenSection(const char* id, const char* title, std::ostream& out);
// <p class="none">TEXT</p>: what a section without findings says instead.
void Nothing(const char* text, std::ostream& out);

// "Ukraine, Russia and Poland", escaped.
std::string HtmlNameList(const Comparison& comparison, const std::vector<std::string>& actors);

}  // namespace parley::report

#endif  // PARLEY_REPORT_HTML_TEXT_H_
