// The `html` report's picture: the `dot` export (report/dot_export.h) laid
// out and drawn by Graphviz's library, inlined as SVG, with a legend and a
// text alternative that says in words what the picture shows.
#include <set>
#include <sstream>
#include <string>

#include "report/dot_export.h"
#include "report/graph_svg.h"
#include "report/html_sections.h"
#include "report/html_text.h"
#include "report/report_support.h"

namespace parley::report {
namespace {

// The picture in words, for readers who cannot see it: every actor's
// stances, then the conflicts and conditions drawn.
std::string Description(const Comparison& comparison) {
  std::string text;
  std::string actor;
  for (const Holding& holding : comparison.holdings) {
    if (holding.actor != actor) {
      text.append(actor.empty() ? "" : ". ").append(ActorName(comparison, holding.actor)).append(": ");
      actor = holding.actor;
    } else {
      text.append("; ");
    }
    text.append(StanceVerb(holding.stance)).append(" ").append(PositionName(comparison, holding.position));
  }
  if (!text.empty()) text.append(".");
  std::set<std::string> drawn;
  for (const Holding& holding : comparison.holdings) drawn.insert(holding.position);
  std::string conflicts;
  for (const PositionConflict& conflict : comparison.conflicts) {
    if (!drawn.count(conflict.first) || !drawn.count(conflict.second)) continue;
    conflicts.append(conflicts.empty() ? " Conflicting positions: " : "; ")
        .append(PositionName(comparison, conflict.first))
        .append(" against ")
        .append(PositionName(comparison, conflict.second));
  }
  if (!conflicts.empty()) text.append(conflicts).append(".");
  for (const Condition& condition : comparison.conditions)
    text.append(" ")
        .append(ActorName(comparison, condition.actor))
        .append(" attaches ")
        .append(PositionName(comparison, condition.condition))
        .append(" as a condition to ")
        .append(PositionName(comparison, condition.position))
        .append(".");
  return text;
}

// `svg` with the attributes and elements that name it for assistive
// technology, right after its opening tag.
std::string Labelled(const std::string& svg, const Comparison& comparison) {
  const size_t open_end = svg.find('>');
  if (open_end == std::string::npos) return svg;
  std::string labelled = svg.substr(0, open_end);
  labelled.append(" role=\"img\" aria-labelledby=\"graph-svg-title graph-svg-desc\">\n");
  labelled.append("<title id=\"graph-svg-title\">Actor–position graph</title>\n<desc id=\"graph-svg-desc\">")
      .append(HtmlEscape(Description(comparison)))
      .append("</desc>");
  return labelled.append(svg.substr(open_end + 1));
}

void WriteLegend(std::ostream& out) {
  out << "<ul class=\"legend\">"
         "<li><span class=\"key\"></span>holds (demands, proposes, supports, agrees on, accepts, "
         "threatens): arrow</li>"
         "<li><span class=\"key against\"></span>rejects or opposes: bar at the end</li>"
         "<li><span class=\"key conflict\"></span>positions that conflict: dashed</li>"
         "<li><span class=\"key condition\"></span>condition, from the condition to its position: dotted</li>"
         "<li><span class=\"key member\"></span>group to member: hollow arrow</li>"
         "</ul>\n";
}

}  // namespace

void WriteHtmlGraph(const Comparison& comparison, std::ostream& out) {
  OpenSection("graph", "The actor–position graph", out);
  if (comparison.holdings.empty()) {
    Nothing("No stances: there is nothing to draw.", out);
    out << "</section>\n";
    return;
  }
  std::ostringstream dot;
  WriteDotExport(comparison, dot);
  std::string svg, error;
  out << "<figure>\n";
  if (RenderDotToSvg(dot.str(), &svg, &error)) {
    out << "<div class=\"graph-view\">\n" << Labelled(InlineSvg(svg), comparison) << "\n</div>\n";
  } else {
    out << "<p class=\"none\">The graph could not be drawn (" << HtmlEscape(error)
        << "); the matrix below lists the same stances.</p>\n";
  }
  out << "<figcaption>Actors (ellipses; a group has a double outline) and the positions they take a "
         "stance on (rounded boxes, framed by topic). Point at a line to see its evidence. The "
         "matrix below lists the same stances as a table.\n";
  WriteLegend(out);
  out << "</figcaption>\n</figure>\n</section>\n";
}

}  // namespace parley::report
