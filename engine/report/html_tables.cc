// The table sections of the `html` report: the actor × topic matrix, the
// agreement index as a heat map and the timeline of claims per actor. Rows
// carry data-actor and topic columns data-topic, date columns data-date, for
// the filter script; each table has a caption and scoped headers.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "report/html_sections.h"
#include "report/html_text.h"
#include "report/report_support.h"

namespace parley::report {
namespace {

// A cell's entries beyond this many are counted, not listed.
constexpr size_t kMaxCellEntries = 6;
// A timeline with more distinct dates than this shows months, then years.
constexpr size_t kMaxTimelineColumns = 16;

// "demands Unconditional ceasefire" once per stance and position.
struct CellEntries {
  std::vector<std::string> items;
  std::set<std::pair<Stance, std::string>> seen;

  void Add(const Comparison& comparison, Stance stance, const std::string& position) {
    if (seen.insert({stance, position}).second) items.push_back(HtmlHolds(comparison, stance, position, {}));
  }
  void Write(std::ostream& out) const {
    out << "<ul>";
    const size_t listed = std::min(items.size(), kMaxCellEntries);
    for (size_t i = 0; i < listed; ++i) out << "<li>" << items[i] << "</li>";
    if (listed < items.size()) out << "<li>… and " << items.size() - listed << " more</li>";
    out << "</ul>";
  }
};

// Opens the header row with the row headers' column.
void TableHead(const char* first, std::ostream& out) { out << "<thead><tr><th scope=\"col\">" << first << "</th>"; }

// "#rrggbb" between white (0) and the colour of the sign (1 or −1): blue for
// agreement, vermillion for conflict, the Okabe–Ito pair that stays apart
// for colour-blind readers; the number is printed in the cell as well.
std::string HeatColour(double index) {
  const double weight = std::min(1.0, std::fabs(index));
  const int target[3] = {index >= 0 ? 0x00 : 0xd5, index >= 0 ? 0x72 : 0x5e, index >= 0 ? 0xb2 : 0x00};
  char colour[8];
  int channel[3];
  for (int i = 0; i < 3; ++i)
    channel[i] = static_cast<int>(std::lround(255 + (target[i] - 255) * weight));
  std::snprintf(colour, sizeof colour, "#%02x%02x%02x", channel[0], channel[1], channel[2]);
  return colour;
}

// The timeline column a date falls in: the date itself, its month or its
// year, whichever keeps the columns few.
std::string Bucket(const std::string& date, size_t precision) { return date.substr(0, precision); }

size_t TimelinePrecision(const std::vector<Claim>& claims) {
  for (size_t precision : {size_t{10}, size_t{7}}) {
    std::set<std::string> columns;
    for (const Claim& claim : claims)
      if (!claim.date.empty()) columns.insert(Bucket(claim.date, precision));
    if (columns.size() <= kMaxTimelineColumns) return precision;
  }
  return 4;
}

}  // namespace

void WriteHtmlMatrix(const Comparison& comparison, std::ostream& out) {
  OpenSection("matrix", "Actor × topic matrix", out);
  const std::vector<std::string> actors = ListedActors(comparison);
  const std::vector<std::string> topics = ListedTopics(comparison);
  if (comparison.holdings.empty()) {
    Nothing("No positions held: the matrix is empty.", out);
    out << "</section>\n";
    return;
  }
  std::map<std::pair<std::string, std::string>, CellEntries> cells;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> opponents;
  std::map<std::pair<std::string, std::string>, bool> holds;
  for (const Holding& holding : comparison.holdings) {
    cells[{holding.actor, holding.topic}].Add(comparison, holding.stance, holding.position);
    holds[{holding.actor, holding.topic}] |= IsHolding(holding.stance);
  }
  for (const ShownPair& shown : ShownPairs(comparison)) {
    for (const TopicRelation& topic : shown.pair->topics) {
      if (topic.relation != Relation::kConflict) continue;
      opponents[{shown.First(), topic.topic}].push_back(shown.Second());
      opponents[{shown.Second(), topic.topic}].push_back(shown.First());
    }
  }
  out << "<ul class=\"legend\" aria-label=\"Cell colours\">"
         "<li><span class=\"swatch cell-hold\"></span>holds a position</li>"
         "<li><span class=\"swatch cell-reject\"></span>only rejects or opposes</li>"
         "<li><span class=\"swatch cell-conflict\"></span>in conflict with another actor (⚔ names it)</li>"
         "<li><span class=\"swatch cell-none\"></span>no position</li></ul>\n";
  out << "<div class=\"table-scroll\"><table id=\"matrix-table\">\n<caption>What each actor holds on "
         "each topic: ✓ holds, ✗ rejects or opposes, ⚔ in conflict with</caption>\n";
  TableHead("Actor", out);
  for (const std::string& topic : topics)
    out << "<th scope=\"col\" data-topic=\"" << HtmlEscape(topic) << "\">" << HtmlEscape(TopicName(comparison, topic))
        << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const std::string& actor : actors) {
    out << "<tr data-actor=\"" << HtmlEscape(actor) << "\"><th scope=\"row\">"
        << HtmlEscape(ActorName(comparison, actor)) << "</th>";
    for (const std::string& topic : topics) {
      const auto key = std::make_pair(actor, topic);
      auto cell = cells.find(key);
      auto against = opponents.find(key);
      const char* kind = cell == cells.end()            ? "cell-none"
                         : against != opponents.end()   ? "cell-conflict"
                         : holds[key]                   ? "cell-hold"
                                                        : "cell-reject";
      out << "<td class=\"" << kind << "\" data-topic=\"" << HtmlEscape(topic) << "\">";
      if (cell != cells.end()) cell->second.Write(out);
      if (against != opponents.end())
        out << "<span class=\"versus\">vs " << HtmlNameList(comparison, against->second) << "</span>";
      out << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table></div>\n</section>\n";
}

void WriteHtmlHeatmap(const Comparison& comparison, std::ostream& out) {
  OpenSection("agreement", "Agreement index", out);
  if (comparison.pairs.empty()) {
    Nothing("No pairs: no two actors addressed the same topic.", out);
    out << "</section>\n";
    return;
  }
  std::map<std::pair<std::string, std::string>, const ActorPair*> pairs;
  std::set<std::string> paired;
  for (const ActorPair& pair : comparison.pairs) {
    pairs[{pair.first, pair.second}] = &pair;
    pairs[{pair.second, pair.first}] = &pair;
    paired.insert(pair.first);
    paired.insert(pair.second);
  }
  std::vector<std::string> actors;
  for (const std::string& actor : ListedActors(comparison))
    if (paired.count(actor)) actors.push_back(actor);
  out << "<p>(agree − conflict) / topics both addressed: <span aria-hidden=\"true\">−1</span>"
         "<span class=\"scale\" role=\"img\" aria-label=\"from vermillion at −1 through white at 0 "
         "to blue at 1\"></span><span aria-hidden=\"true\">1</span>. An empty cell: the two "
         "addressed no topic in common.</p>\n";
  out << "<div class=\"table-scroll\"><table id=\"agreement-heatmap\">\n<caption>Agreement index of "
         "each pair of actors, from −1 (conflict on every topic) to 1 (agreement on every topic)"
         "</caption>\n";
  TableHead("Actor", out);
  for (const std::string& actor : actors)
    out << "<th scope=\"col\">" << HtmlEscape(ActorName(comparison, actor)) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const std::string& row : actors) {
    out << "<tr data-actor=\"" << HtmlEscape(row) << "\"><th scope=\"row\">"
        << HtmlEscape(ActorName(comparison, row)) << "</th>";
    for (const std::string& column : actors) {
      if (row == column) {
        out << "<td class=\"self\">—</td>";
        continue;
      }
      auto found = pairs.find({row, column});
      if (found == pairs.end()) {
        out << "<td></td>";
        continue;
      }
      const ActorPair& pair = *found->second;
      const double index = pair.agreement_index;
      out << "<td style=\"background-color:" << HeatColour(index)
          << (std::fabs(index) >= 0.55 ? ";color:#fff" : "") << "\" title=\"" << pair.agree << " agree, "
          << pair.differ << " differ, " << pair.conflict << " conflict, of " << pair.topics.size()
          << (pair.topics.size() == 1 ? " topic" : " topics") << "\">" << TwoDecimals(index) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table></div>\n</section>\n";
}

void WriteHtmlTimeline(const Comparison& comparison, std::ostream& out) {
  OpenSection("timeline", "Timeline", out);
  if (comparison.claims.empty()) {
    Nothing("No claims: the timeline is empty.", out);
    out << "</section>\n";
    return;
  }
  const size_t precision = TimelinePrecision(comparison.claims);
  std::set<std::string> columns;
  bool undated = false;
  std::map<std::pair<std::string, std::string>, CellEntries> cells;  // (actor, column)
  for (const Claim& claim : comparison.claims) {
    const std::string column = Bucket(claim.date, precision);
    if (claim.date.empty()) undated = true;
    else columns.insert(column);
    cells[{claim.actor, column}].Add(comparison, claim.stance, claim.position);
  }
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> shifts;  // topics
  for (const Shift& shift : comparison.shifts)
    shifts[{shift.actor, Bucket(shift.to_date, precision)}].push_back(TopicName(comparison, shift.topic));
  std::vector<std::string> order(columns.begin(), columns.end());
  if (undated) order.push_back("");

  out << "<p>Each actor's own claims by " << (precision == 10 ? "date" : precision == 7 ? "month" : "year")
      << "; a framed cell with ↻ marks a shift: the actor's positions on that topic changed since its "
         "previous claims.</p>\n";
  out << "<div class=\"table-scroll\"><table id=\"timeline-table\">\n<caption>Claims per actor over time"
         "</caption>\n";
  TableHead("Actor", out);
  for (const std::string& column : order)
    out << "<th scope=\"col\" data-date=\"" << HtmlEscape(column) << "\">"
        << (column.empty() ? std::string("undated") : HtmlEscape(column)) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const std::string& actor : ListedActors(comparison)) {
    bool any = false;
    for (const std::string& column : order) any = any || cells.count({actor, column});
    if (!any) continue;  // a group member with no claims of its own
    out << "<tr data-actor=\"" << HtmlEscape(actor) << "\"><th scope=\"row\">"
        << HtmlEscape(ActorName(comparison, actor)) << "</th>";
    for (const std::string& column : order) {
      auto shift = shifts.find({actor, column});
      out << "<td data-date=\"" << HtmlEscape(column) << '"' << (shift != shifts.end() ? " class=\"shift\"" : "")
          << '>';
      if (shift != shifts.end()) {
        std::vector<std::string> topics;
        for (const std::string& topic : shift->second)
          if (std::find(topics.begin(), topics.end(), topic) == topics.end()) topics.push_back(topic);
        out << "<span class=\"shift-mark\">shift on ";
        for (size_t i = 0; i < topics.size(); ++i) out << (i ? ", " : "") << HtmlEscape(topics[i]);
        out << "</span>";
      }
      auto cell = cells.find({actor, column});
      if (cell != cells.end()) cell->second.Write(out);
      out << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table></div>\n</section>\n";
}

}  // namespace parley::report
