// The finding sections of the `html` report: each finding an <article
// class="finding"> (or a list item) with the actors and topics it concerns
// in data-actors / data-topics for the filter script, and its evidence.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/html_sections.h"
#include "report/html_text.h"
#include "report/report_support.h"

namespace parley::report {
namespace {

constexpr const char* kNoMatch = "<p class=\"no-match none\" hidden>No finding here matches the filters.</p>\n";

std::string Topics(const Comparison& comparison, const std::vector<std::string>& positions) {
  std::vector<std::string> topics;
  for (const std::string& position : positions) {
    const std::string topic = PositionTopic(comparison, position);
    bool seen = false;
    for (const std::string& known : topics) seen = seen || known == topic;
    if (!seen && !topic.empty()) topics.push_back(topic);
  }
  return IdList(topics);
}

// Attribute names whose value no holding of the same position on the other
// side shares: what makes the two sides "differ" (days=30 against
// within_days=50), not what they have in common.
std::set<std::string> DifferingAttributes(const Comparison& comparison, const Holding& holding,
                                          const std::vector<size_t>& other_side) {
  std::set<std::string> marked;
  for (const auto& [name, value] : holding.attributes) {
    bool shared = false;
    for (size_t index : other_side) {
      if (index >= comparison.holdings.size()) continue;
      const Holding& other = comparison.holdings[index];
      if (other.position != holding.position) continue;
      auto found = other.attributes.find(name);
      shared = shared || (found != other.attributes.end() && AttributeText(found->second) == AttributeText(value));
    }
    if (!shared) marked.insert(name);
  }
  return marked;
}

// With `differ`, the attributes that make the sides differ are marked.
void WriteSide(const Comparison& comparison, const std::string& actor, const std::vector<size_t>& side,
               const std::vector<size_t>& other_side, bool differ, std::ostream& out) {
  out << "<div class=\"side\">\n<h4>" << HtmlEscape(ActorName(comparison, actor)) << "</h4>\n";
  out << "<ul class=\"holdings\">\n";
  for (size_t index : side) {
    if (index >= comparison.holdings.size()) continue;
    const Holding& holding = comparison.holdings[index];
    const std::set<std::string> marked =
        differ ? DifferingAttributes(comparison, holding, other_side) : std::set<std::string>();
    out << "<li>" << HtmlHolds(comparison, holding.stance, holding.position, holding.attributes, marked)
        << '\n';
    WriteHtmlEvidence(comparison, holding.claims, out);
    out << "</li>\n";
  }
  out << "</ul>\n</div>\n";
}

}  // namespace

void WriteHtmlDivergences(const Comparison& comparison, std::ostream& out) {
  OpenSection("divergences", "Where the parties diverge", out);
  const std::vector<ShownPair> pairs = ShownPairs(comparison);
  bool any = false;
  for (Relation wanted : {Relation::kConflict, Relation::kDiffer}) {
    const bool conflict = wanted == Relation::kConflict;
    for (const ShownPair& shown : pairs) {
      for (const TopicRelation& topic : shown.pair->topics) {
        if (topic.relation != wanted) continue;
        if (!any)
          out << "<p>Every pair of actors that conflicts or differs on a topic both addressed: "
                 "first the conflicts, then the differences, each side with its evidence.</p>\n";
        any = true;
        out << "<article class=\"finding " << (conflict ? "conflict" : "differ") << "\" data-actors=\""
            << IdList({shown.First(), shown.Second()}) << "\" data-topics=\"" << HtmlEscape(topic.topic)
            << "\">\n<h3>" << (conflict ? "Conflict" : "Differ") << ": "
            << HtmlEscape(ActorName(comparison, shown.First())) << " and "
            << HtmlEscape(ActorName(comparison, shown.Second())) << " on "
            << HtmlEscape(TopicName(comparison, topic.topic)) << "</h3>\n<div class=\"sides\">\n";
        WriteSide(comparison, shown.First(), shown.FirstSide(topic), shown.SecondSide(topic), !conflict, out);
        WriteSide(comparison, shown.Second(), shown.SecondSide(topic), shown.FirstSide(topic), !conflict, out);
        out << "</div>\n</article>\n";
      }
    }
  }
  if (any)
    out << kNoMatch;
  else
    Nothing("No divergences: no two actors conflict or differ on a topic both addressed.", out);
  out << "</section>\n";
}

void WriteHtmlConditions(const Comparison& comparison, std::ostream& out) {
  OpenSection("conditions", "Conditions", out);
  if (comparison.conditions.empty()) {
    Nothing("No conditions: no claim attaches a condition to a position.", out);
  } else {
    for (const Condition& condition : comparison.conditions) {
      out << "<article class=\"finding condition\" data-actors=\"" << IdList({condition.actor})
          << "\" data-topics=\"" << Topics(comparison, {condition.position, condition.condition})
          << "\">\n<p><strong>" << HtmlEscape(ActorName(comparison, condition.actor))
          << "</strong> attaches <strong>" << HtmlEscape(PositionName(comparison, condition.condition))
          << "</strong> as a condition to <strong>"
          << HtmlEscape(PositionName(comparison, condition.position)) << "</strong></p>\n";
      WriteHtmlEvidence(comparison, condition.claims, out);
      out << "</article>\n";
    }
    out << kNoMatch;
  }
  out << "</section>\n";
}

void WriteHtmlCommonGround(const Comparison& comparison, std::ostream& out) {
  OpenSection("common-ground", "Common ground", out);
  if (comparison.common_ground.empty()) {
    Nothing("No common ground: no position is held by several actors and rejected by none.", out);
  } else {
    for (const CommonGround& ground : comparison.common_ground) {
      out << "<article class=\"finding common\" data-actors=\"" << IdList(ground.actors)
          << "\" data-topics=\"" << Topics(comparison, {ground.position}) << "\">\n<p><strong>"
          << HtmlEscape(PositionName(comparison, ground.position)) << "</strong> ("
          << HtmlEscape(TopicName(comparison, PositionTopic(comparison, ground.position)))
          << "): held by " << HtmlNameList(comparison, ground.actors) << ", rejected by none</p>\n";
      WriteHtmlEvidence(comparison, ground.claims, out);
      out << "</article>\n";
    }
    out << kNoMatch;
  }
  out << "</section>\n";
}

void WriteHtmlCoalitions(const Comparison& comparison, std::ostream& out) {
  OpenSection("coalitions", "Coalitions", out);
  if (comparison.coalitions.empty()) {
    Nothing("No coalitions: no two actors have a positive agreement index.", out);
  } else {
    out << "<p>Actors connected by a positive agreement index (they agree on more topics than they "
           "conflict on), directly or through each other.</p>\n<ul class=\"plain\">\n";
    for (const Coalition& coalition : comparison.coalitions)
      out << "<li>" << HtmlNameList(comparison, coalition.actors) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void WriteHtmlBrokers(const Comparison& comparison, std::ostream& out) {
  OpenSection("brokers", "Brokers", out);
  if (comparison.brokers.empty()) {
    Nothing("No brokers: no actor stands between others in the agreement graph.", out);
    out << "</section>\n";
    return;
  }
  out << "<div class=\"table-scroll\"><table id=\"brokers-table\">\n<caption>Actors on the paths "
         "between others where they agree (normalised betweenness centrality, 0 to 1)</caption>\n"
         "<thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Betweenness</th></tr></thead>\n<tbody>\n";
  for (const Broker& broker : comparison.brokers) {
    const int width = static_cast<int>(broker.betweenness * 100 + 0.5);
    out << "<tr data-actor=\"" << HtmlEscape(broker.actor) << "\"><th scope=\"row\">"
        << HtmlEscape(ActorName(comparison, broker.actor)) << "</th><td><span class=\"bar\" style=\"width:"
        << width / 10 << '.' << width % 10 << "rem\"></span>" << TwoDecimals(broker.betweenness)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table></div>\n</section>\n";
}

void WriteHtmlShifts(const Comparison& comparison, std::ostream& out) {
  OpenSection("shifts", "Shifts", out);
  if (comparison.shifts.empty()) {
    Nothing("No shifts: no actor's positions on a topic changed between dates.", out);
  } else {
    for (const Shift& shift : comparison.shifts) {
      out << "<article class=\"finding shift\" data-actors=\"" << IdList({shift.actor})
          << "\" data-topics=\"" << HtmlEscape(shift.topic) << "\">\n<h3>"
          << HtmlEscape(ActorName(comparison, shift.actor)) << " on "
          << HtmlEscape(TopicName(comparison, shift.topic)) << ", " << HtmlEscape(shift.from_date)
          << " to " << HtmlEscape(shift.to_date) << "</h3>\n<div class=\"sides\">\n<div class=\"side\">"
          << "<h4>Before (" << HtmlEscape(shift.from_date) << ")</h4>\n";
      WriteHtmlEvidence(comparison, shift.before, out, /*show_claim=*/true);
      out << "</div>\n<div class=\"side\"><h4>After (" << HtmlEscape(shift.to_date) << ")</h4>\n";
      WriteHtmlEvidence(comparison, shift.after, out, /*show_claim=*/true);
      out << "</div>\n</div>\n</article>\n";
    }
    out << kNoMatch;
  }
  out << "</section>\n";
}

void WriteHtmlContradictions(const Comparison& comparison, std::ostream& out) {
  OpenSection("contradictions", "Contradictions", out);
  if (comparison.contradictions.empty()) {
    Nothing("No contradictions: no actor holds conflicting positions in the same period.", out);
  } else {
    for (const Contradiction& contradiction : comparison.contradictions) {
      out << "<article class=\"finding contradiction\" data-actors=\"" << IdList({contradiction.actor})
          << "\" data-topics=\""
          << Topics(comparison, {contradiction.first_position, contradiction.second_position})
          << "\">\n<p><strong>" << HtmlEscape(ActorName(comparison, contradiction.actor))
          << "</strong> holds both <strong>"
          << HtmlEscape(PositionName(comparison, contradiction.first_position)) << "</strong> and <strong>"
          << HtmlEscape(PositionName(comparison, contradiction.second_position)) << "</strong> "
          << (contradiction.period.empty() ? std::string("in undated claims")
                                           : std::string("in ").append(HtmlEscape(contradiction.period)))
          << "</p>\n";
      WriteHtmlEvidence(comparison, contradiction.claims, out, /*show_claim=*/true);
      out << "</article>\n";
    }
    out << kNoMatch;
  }
  out << "</section>\n";
}

}  // namespace parley::report
