#include "report/html_report.h"

#include <string>
#include <vector>

#include "report/html_assets.h"
#include "report/html_sections.h"
#include "report/html_text.h"
#include "report/report_support.h"

namespace parley {
namespace {

using report::HtmlEscape;

// At most this many unclaimed sentences are listed under Coverage.
constexpr size_t kMaxUnclaimed = 100;

std::string Count(size_t n, const char* singular, const char* plural) {
  return std::to_string(n).append(" ").append(n == 1 ? singular : plural);
}

std::string Period(const Comparison& comparison) {
  const report::DateRange dates = report::ClaimDates(comparison.claims);
  if (dates.first.empty()) return "no dated claims";
  if (dates.first == dates.last) return dates.first;
  return std::string(dates.first).append(" to ").append(dates.last);
}

// "5 read, 4 with claims" (analyze), or "4 with claims" (compare).
std::string Documents(const Comparison& comparison) {
  const Coverage& coverage = comparison.coverage;
  const size_t with_claims = coverage.documents ? coverage.documents : report::ClaimDocuments(comparison.claims);
  std::string text;
  if (coverage.has_unclaimed) text.append(std::to_string(coverage.documents_read)).append(" read, ");
  return text.append(std::to_string(with_claims)).append(" with claims");
}

void WriteHeader(const Comparison& comparison, std::ostream& out) {
  const std::vector<std::string> actors = report::ListedActors(comparison);
  const std::vector<std::string> topics = report::ListedTopics(comparison);
  out << "<header>\n<h1>parley report</h1>\n<p class=\"lede\">Where "
      << Count(actors.size(), "actor", "actors") << " diverge and agree on "
      << Count(topics.size(), "topic", "topics") << ", from " << Count(comparison.claims.size(), "claim", "claims")
      << " (" << HtmlEscape(Period(comparison)) << ").</p>\n";
  out << "<nav aria-label=\"Sections\"><ul>";
  const char* const kSections[][2] = {
      {"summary", "Summary"},         {"graph", "Graph"},           {"matrix", "Matrix"},
      {"divergences", "Divergences"}, {"conditions", "Conditions"}, {"common-ground", "Common ground"},
      {"coalitions", "Coalitions"},   {"agreement", "Agreement"},   {"brokers", "Brokers"},
      {"timeline", "Timeline"},       {"shifts", "Shifts"},         {"contradictions", "Contradictions"},
      {"coverage", "Coverage"}};
  for (const auto& section : kSections)
    out << "<li><a href=\"#" << section[0] << "\">" << section[1] << "</a></li>";
  out << "</ul></nav>\n";
  // Shown by the script; without it the page shows everything.
  out << "<form id=\"filters\" hidden aria-label=\"Filters\">\n<label>Actor <select id=\"filter-actor\">"
         "<option value=\"\">all actors</option>";
  for (const std::string& actor : actors)
    out << "<option value=\"" << HtmlEscape(actor) << "\">" << HtmlEscape(report::ActorName(comparison, actor))
        << "</option>";
  out << "</select></label>\n<label>Topic <select id=\"filter-topic\"><option value=\"\">all topics</option>";
  for (const std::string& topic : topics)
    out << "<option value=\"" << HtmlEscape(topic) << "\">" << HtmlEscape(report::TopicName(comparison, topic))
        << "</option>";
  out << "</select></label>\n"
         "<label>From <input id=\"filter-from\" placeholder=\"YYYY-MM-DD\" size=\"11\" inputmode=\"numeric\"></label>\n"
         "<label>To <input id=\"filter-to\" placeholder=\"YYYY-MM-DD\" size=\"11\" inputmode=\"numeric\"></label>\n"
         "<button type=\"reset\">Show all</button>\n"
         "<output id=\"filter-status\" aria-live=\"polite\"></output>\n</form>\n</header>\n";
}

void WriteSummary(const Comparison& comparison, std::ostream& out) {
  const std::vector<std::string> actors = report::ListedActors(comparison);
  const std::vector<std::string> topics = report::ListedTopics(comparison);
  size_t undated = 0;
  for (const Claim& claim : comparison.claims) undated += claim.date.empty();
  size_t conflicts = 0, differences = 0, agreements = 0;
  for (const ActorPair& pair : comparison.pairs) {
    conflicts += static_cast<size_t>(pair.conflict);
    differences += static_cast<size_t>(pair.differ);
    agreements += static_cast<size_t>(pair.agree);
  }
  report::OpenSection("summary", "Summary", out);
  out << "<dl class=\"summary\">\n<dt>Documents</dt><dd>" << Documents(comparison) << "</dd>\n"
      << "<dt>Claims</dt><dd>" << comparison.claims.size() << "</dd>\n"
      << "<dt>Actors</dt><dd>" << actors.size();
  if (!actors.empty()) out << ": " << report::HtmlNameList(comparison, actors);
  out << "</dd>\n<dt>Topics</dt><dd>" << topics.size();
  for (size_t i = 0; i < topics.size(); ++i)
    out << (i ? ", " : ": ") << HtmlEscape(report::TopicName(comparison, topics[i]));
  out << "</dd>\n<dt>Period</dt><dd>" << HtmlEscape(Period(comparison));
  if (undated > 0 && undated < comparison.claims.size())
    out << " (" << Count(undated, "claim", "claims") << " undated)";
  out << "</dd>\n<dt>Findings</dt><dd>" << Count(conflicts, "conflict", "conflicts") << ", "
      << Count(differences, "difference", "differences") << " and " << Count(agreements, "agreement", "agreements")
      << " between " << Count(comparison.pairs.size(), "pair", "pairs") << " of actors; "
      << Count(comparison.conditions.size(), "condition", "conditions") << "; common ground on "
      << Count(comparison.common_ground.size(), "position", "positions") << "; "
      << Count(comparison.shifts.size(), "shift", "shifts") << "; "
      << Count(comparison.contradictions.size(), "contradiction", "contradictions") << "</dd>\n</dl>\n</section>\n";
}

void WriteCoverage(const Comparison& comparison, std::ostream& out) {
  const Coverage& coverage = comparison.coverage;
  report::OpenSection("coverage", "Coverage", out);
  out << "<dl class=\"summary\">\n<dt>Documents</dt><dd>" << Documents(comparison) << "</dd>\n<dt>Sentences</dt><dd>";
  if (coverage.sentences || coverage.has_unclaimed)
    out << coverage.sentences;
  else
    out << "not known from claims";
  out << "</dd>\n<dt>Claims</dt><dd>" << comparison.claims.size()
      << "</dd>\n<dt>Sentences with an actor and a stance word but no claim</dt><dd>";
  if (!coverage.has_unclaimed) {
    out << "not known from claims (<code>parley analyze</code> on the documents lists them)</dd>\n</dl>\n</section>\n";
    return;
  }
  out << coverage.unclaimed.size() << "</dd>\n</dl>\n";
  if (!coverage.unclaimed.empty()) {
    out << "<p>Where rules can be improved (<code>parley explain</code> shows why a sentence yields "
           "no claim):</p>\n<ol class=\"evidence\">\n";
    const size_t listed = std::min(coverage.unclaimed.size(), kMaxUnclaimed);
    for (size_t i = 0; i < listed; ++i)
      out << "<li>" << HtmlEscape(report::ShortenSentence(coverage.unclaimed[i])) << "</li>\n";
    if (listed < coverage.unclaimed.size())
      out << "<li>… and " << coverage.unclaimed.size() - listed
          << " more (<code>--format json</code> lists them all)</li>\n";
    out << "</ol>\n";
  }
  out << "</section>\n";
}

}  // namespace

void WriteHtmlReport(const Comparison& comparison, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>parley report: "
      << Count(comparison.claims.size(), "claim", "claims") << ", " << HtmlEscape(Period(comparison))
      << "</title>\n<style>" << report::kHtmlStyle << "</style>\n</head>\n<body>\n";
  WriteHeader(comparison, out);
  out << "<main>\n";
  WriteSummary(comparison, out);
  report::WriteHtmlGraph(comparison, out);
  report::WriteHtmlMatrix(comparison, out);
  report::WriteHtmlDivergences(comparison, out);
  report::WriteHtmlConditions(comparison, out);
  report::WriteHtmlCommonGround(comparison, out);
  report::WriteHtmlCoalitions(comparison, out);
  report::WriteHtmlHeatmap(comparison, out);
  report::WriteHtmlBrokers(comparison, out);
  report::WriteHtmlTimeline(comparison, out);
  report::WriteHtmlShifts(comparison, out);
  report::WriteHtmlContradictions(comparison, out);
  WriteCoverage(comparison, out);
  out << "</main>\n<footer><p>Made by parley from " << Count(comparison.claims.size(), "claim", "claims")
      << ". Every finding cites its evidence as document:line.</p></footer>\n<script>" << report::kHtmlScript
      << "</script>\n</body>\n</html>\n";
}

}  // namespace parley
