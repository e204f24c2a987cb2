// The `html` report (report/html_report.h) on the hand-built comparison of
// report_fixture.h: its sections and findings with the attributes the
// filter script reads, the SVG drawn by Graphviz's library, escaping of
// hostile text, no network reference, and the same bytes on every run.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "parley/report.h"
#include "report/graph_svg.h"
#include "report/html_text.h"
#include "report_fixture.h"

using namespace parley;
using namespace parley::testing;

namespace {

std::string Html(const Comparison& comparison) {
  std::ostringstream out;
  REQUIRE(WriteReport(comparison, ReportOptions{ReportFormat::kHtml, CsvTable::kClaims}, out));
  return out.str();
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: escaping") {
  CHECK(report::HtmlEscape("<q a=\"b\">Tom & 'Jerry'</q>") ==
        "&lt;q a=&quot;b&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/q&gt;");
  CHECK(report::HtmlEscape(std::string("a\x01\x7f" "b\tc\n", 7)) == "a  b\tc\n");
  CHECK(report::IdList({"UKR", "R<S"}) == "UKR R&lt;S");
}

TEST_CASE("html: Graphviz's library draws DOT as SVG, and reports what it cannot read") {
  std::string svg, error;
  REQUIRE(report::RenderDotToSvg("digraph { a [id=\"actor-A\"]; a -> b [label=\"x\"] }", &svg, &error));
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("id=\"actor&#45;A\"") != std::string::npos);
  const std::string inline_svg = report::InlineSvg(svg);
  CHECK(inline_svg.rfind("<svg", 0) == 0);
  CHECK(inline_svg.find("<!--") == std::string::npos);
  CHECK(inline_svg.find("http") == std::string::npos);  // DOCTYPE and xmlns gone
  CHECK(inline_svg.substr(inline_svg.size() - 6) == "</svg>");

  svg.clear();
  CHECK_FALSE(report::RenderDotToSvg("digraph { a -> }", &svg, &error));
  CHECK(svg.empty());
  CHECK(error.find("syntax error") != std::string::npos);
  // A failed call leaves Graphviz usable.
  CHECK(report::RenderDotToSvg("graph { x }", &svg, &error));
}

TEST_CASE("html: sections, findings for the filters, the picture and its text alternative") {
  Fixture f;
  const std::string html = Html(f.comparison);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  for (const char* id : {"summary", "graph", "divergences", "matrix", "conditions", "common-ground",
                         "coalitions", "agreement", "brokers", "timeline", "shifts", "contradictions",
                         "coverage"})
    CHECK_MESSAGE(html.find(std::string("<section id=\"") + id + "\"") != std::string::npos, id);
  // Two conflicts (ceasefire, nato) and one difference, the pair in rule-set order.
  CHECK(Count(html, "<article class=\"finding conflict\" data-actors=\"UKR RUS\"") == 2);
  CHECK(html.find("<h3>Conflict: Ukraine and Russia on Ceasefire</h3>") != std::string::npos);
  CHECK(html.find("<article class=\"finding differ\" data-actors=\"UKR USA\" data-topics=\"ceasefire\">") !=
        std::string::npos);
  // In a difference, the attribute that differs is marked; in a conflict, none is.
  CHECK(html.find("<mark>days=30</mark>") != std::string::npos);
  CHECK(html.find("<mark>days=50</mark>") != std::string::npos);
  CHECK(html.find("<li data-date=\"2025-05-16\"><cite>de-istanbul:6</cite> <time datetime=\"2025-05-16\">"
                  "2025-05-16</time> <q>Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe.</q>") !=
        std::string::npos);
  // The matrix: Ukraine's ceasefire cell is in conflict (with Russia), the US's holds.
  CHECK(html.find("<td class=\"cell-conflict\" data-topic=\"ceasefire\">") != std::string::npos);
  CHECK(html.find("<span class=\"versus\">vs Russia</span>") != std::string::npos);
  // The heat map: Russia–Ukraine at −0.33, coloured towards vermillion.
  const size_t heat = html.find("\" title=\"1 agree, 0 differ, 2 conflict, of 3 topics\">-0.33</td>");
  REQUIRE(heat != std::string::npos);
  CHECK(html.compare(heat - 35, 29, "<td style=\"background-color:#") == 0);
  // The timeline marks Russia's shift in the column of its later date.
  CHECK(html.find("<td data-date=\"2025-07-14\" class=\"shift\"><span class=\"shift-mark\">shift on "
                  "Ceasefire</span>") != std::string::npos);
  // The picture, named and described for assistive technology.
  CHECK(html.find("role=\"img\" aria-labelledby=\"graph-svg-title graph-svg-desc\"") != std::string::npos);
  CHECK(html.find("Ukraine: demands Unconditional ceasefire; rejects Ukraine renounces NATO membership") !=
        std::string::npos);
  CHECK(html.find("<g id=\"actor&#45;UKR\" class=\"node a&#45;UKR actor t&#45;ceasefire") != std::string::npos);
  CHECK(html.find("<form id=\"filters\" hidden") != std::string::npos);
}

TEST_CASE("html: hostile text stays text, nothing refers to the network, same bytes every time") {
  Fixture f;
  f.comparison.claims[0].text = "<script>alert(1)</script> \"><img src=http://example.org/x.png> </q>";
  f.comparison.claims[0].doc = "<b>doc</b>";
  const std::string html = Html(f.comparison);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=http://example.org/x.png&gt;") !=
        std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>doc") == std::string::npos);
  CHECK(Count(html, "<script>") == 1);  // the filter script, inline
  // Every src/href attribute stays inside the page.
  for (const char* attribute : {" src=\"", " href=\"", " xlink:href=\"", " action=\""}) {
    for (size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1))
      CHECK_MESSAGE(html[at + std::string(attribute).size()] == '#', html.substr(at, 60));
  }
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(Html(f.comparison) == html);
}

TEST_CASE("html: an empty comparison says so in every section") {
  Comparison empty;
  const std::string html = Html(empty);
  for (const char* line : {"No stances: there is nothing to draw.", "No divergences: ",
                           "No positions held: the matrix is empty.", "No pairs: ", "No claims: the timeline is empty."})
    CHECK_MESSAGE(html.find(line) != std::string::npos, line);
  CHECK(html.find("<svg") == std::string::npos);
}
