#include "report/markdown_report.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "report/markdown_text.h"
#include "report/report_support.h"

namespace parley {
namespace {

using report::ActorName;
using report::MdEscape;
using report::PositionName;
using report::TopicName;
using report::ShownPair;
using report::ShownPairs;
using report::WriteEvidence;

// At most this many unclaimed sentences are listed under Coverage.
constexpr size_t kMaxUnclaimed = 100;

// "**Ukraine**": an actor as the subject of a finding.
std::string Actor(const Comparison& comparison, const std::string& id) {
  return std::string("**").append(MdEscape(ActorName(comparison, id))).append("**");
}
std::string Position(const Comparison& comparison, const std::string& id) {
  return std::string("**").append(MdEscape(PositionName(comparison, id))).append("**");
}

// "3 conflicts", "1 conflict".
std::string Count(size_t n, const char* singular, const char* plural) {
  return std::to_string(n).append(" ").append(n == 1 ? singular : plural);
}

// "Ukraine, Russia and Poland".
std::string NameList(const Comparison& comparison, const std::vector<std::string>& actors) {
  std::string text;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (i > 0) text.append(i + 1 == actors.size() ? " and " : ", ");
    text.append(MdEscape(ActorName(comparison, actors[i])));
  }
  return text;
}

// "5 read, 4 with claims" (analyze knows the documents read), or "4 with
// claims" (compare knows only the claims).
std::string Documents(const Comparison& comparison) {
  const Coverage& coverage = comparison.coverage;
  const size_t with_claims =
      coverage.documents ? coverage.documents : report::ClaimDocuments(comparison.claims);
  std::string text;
  if (coverage.has_unclaimed) text.append(std::to_string(coverage.documents_read)).append(" read, ");
  return text.append(std::to_string(with_claims)).append(" with claims");
}

// A holding with its evidence:
//   - **Ukraine** demands **Unconditional ceasefire** (days=30, monitored=international)
//     - de-istanbul:6 (2025-05-16): "Die Ukraine fordert …"
void WriteHolding(const Comparison& comparison, size_t index, std::ostream& out) {
  if (index >= comparison.holdings.size()) return;
  const Holding& holding = comparison.holdings[index];
  out << "- " << Actor(comparison, holding.actor) << ' ' << report::StanceVerb(holding.stance) << ' '
      << Position(comparison, holding.position);
  const std::string attributes = report::AttributesText(holding.attributes);
  if (!attributes.empty()) out << " (" << MdEscape(attributes) << ')';
  out << '\n';
  WriteEvidence(comparison, holding.claims, 2, out);
}

void WriteSummary(const Comparison& comparison, std::ostream& out) {
  const std::vector<std::string> actors = report::ListedActors(comparison);
  const std::vector<std::string> topics = report::ListedTopics(comparison);
  const report::DateRange dates = report::ClaimDates(comparison.claims);
  size_t undated = 0;
  for (const Claim& claim : comparison.claims) undated += claim.date.empty();

  out << "## Summary\n\n";
  out << "- Documents: " << Documents(comparison) << '\n';
  out << "- Claims: " << comparison.claims.size() << '\n';
  out << "- Actors: " << actors.size();
  if (!actors.empty()) out << " (" << NameList(comparison, actors) << ')';
  out << '\n';
  out << "- Topics: " << topics.size();
  for (size_t i = 0; i < topics.size(); ++i)
    out << (i ? ", " : " (") << MdEscape(TopicName(comparison, topics[i]));
  out << (topics.empty() ? "" : ")") << '\n';
  out << "- Period: ";
  if (dates.first.empty())
    out << "no dated claims";
  else if (dates.first == dates.last)
    out << dates.first;
  else
    out << dates.first << " to " << dates.last;
  if (undated > 0 && !dates.first.empty()) out << " (" << Count(undated, "claim", "claims") << " undated)";
  out << '\n';

  size_t conflicts = 0, differences = 0, agreements = 0;
  for (const ActorPair& pair : comparison.pairs) {
    conflicts += static_cast<size_t>(pair.conflict);
    differences += static_cast<size_t>(pair.differ);
    agreements += static_cast<size_t>(pair.agree);
  }
  out << "- Findings: " << Count(conflicts, "conflict", "conflicts") << ", "
      << Count(differences, "difference", "differences") << " and "
      << Count(agreements, "agreement", "agreements") << " between "
      << Count(comparison.pairs.size(), "pair", "pairs") << " of actors; "
      << Count(comparison.conditions.size(), "condition", "conditions") << "; common ground on "
      << Count(comparison.common_ground.size(), "position", "positions") << "; "
      << Count(comparison.shifts.size(), "shift", "shifts") << "; "
      << Count(comparison.contradictions.size(), "contradiction", "contradictions") << "\n\n";
}

// The headline: every pair-topic in conflict, then every one that differs,
// pairs in the rule set's order of their actors, topics in its topic order.
void WriteDivergences(const Comparison& comparison, std::ostream& out) {
  out << "## Where the parties diverge\n\n";
  const std::vector<ShownPair> pairs = ShownPairs(comparison);
  bool any = false;
  for (Relation wanted : {Relation::kConflict, Relation::kDiffer}) {
    for (const ShownPair& shown : pairs) {
      for (const TopicRelation& topic : shown.pair->topics) {
        if (topic.relation != wanted) continue;
        any = true;
        out << "### " << (wanted == Relation::kConflict ? "Conflict" : "Differ") << ": "
            << MdEscape(ActorName(comparison, shown.First())) << " and "
            << MdEscape(ActorName(comparison, shown.Second())) << " on "
            << MdEscape(TopicName(comparison, topic.topic)) << "\n\n";
        for (size_t index : shown.FirstSide(topic)) WriteHolding(comparison, index, out);
        for (size_t index : shown.SecondSide(topic)) WriteHolding(comparison, index, out);
        out << '\n';
      }
    }
  }
  if (!any) out << "No divergences: no two actors conflict or differ on a topic both addressed.\n\n";
}

void WriteConditions(const Comparison& comparison, std::ostream& out) {
  out << "## Conditions\n\n";
  if (comparison.conditions.empty()) {
    out << "No conditions: no claim attaches a condition to a position.\n\n";
    return;
  }
  for (const Condition& condition : comparison.conditions) {
    out << "- " << Actor(comparison, condition.actor) << " attaches "
        << Position(comparison, condition.condition) << " as a condition to "
        << Position(comparison, condition.position) << '\n';
    WriteEvidence(comparison, condition.claims, 2, out);
  }
  out << '\n';
}

void WriteCommonGround(const Comparison& comparison, std::ostream& out) {
  out << "## Common ground\n\n";
  if (comparison.common_ground.empty()) {
    out << "No common ground: no position is held by several actors and rejected by none.\n\n";
    return;
  }
  for (const CommonGround& ground : comparison.common_ground) {
    out << "- " << Position(comparison, ground.position) << " ("
        << MdEscape(TopicName(comparison, report::PositionTopic(comparison, ground.position)))
        << "): held by " << NameList(comparison, ground.actors) << '\n';
    WriteEvidence(comparison, ground.claims, 2, out);
  }
  out << '\n';
}

// Rows actors, columns topics, cells the positions held; ✗ marks a position
// rejected or opposed.
void WriteMatrix(const Comparison& comparison, std::ostream& out) {
  out << "## Actor × topic matrix\n\n";
  const std::vector<std::string> actors = report::ListedActors(comparison);
  const std::vector<std::string> topics = report::ListedTopics(comparison);
  if (comparison.holdings.empty()) {
    out << "No positions held: the matrix is empty.\n\n";
    return;
  }
  out << "Positions each actor holds on each topic; ✗ marks a position it rejects or opposes.\n\n";
  // (actor, topic) → cell entries, each once, in holding order.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> cells;
  for (const Holding& holding : comparison.holdings) {
    std::string entry = IsHolding(holding.stance) ? "" : "✗ ";
    entry.append(MdEscape(PositionName(comparison, holding.position)));
    auto& cell = cells[{holding.actor, holding.topic}];
    bool seen = false;
    for (const std::string& existing : cell) seen = seen || existing == entry;
    if (!seen) cell.push_back(std::move(entry));
  }
  std::vector<std::string> header{"Actor"};
  for (const std::string& topic : topics) header.push_back(MdEscape(TopicName(comparison, topic)));
  std::vector<std::vector<std::string>> rows;
  for (const std::string& actor : actors) {
    std::vector<std::string> row{MdEscape(ActorName(comparison, actor))};
    for (const std::string& topic : topics) {
      std::string cell;
      auto found = cells.find({actor, topic});
      if (found != cells.end()) {
        for (const std::string& entry : found->second) cell.append(cell.empty() ? "" : "; ").append(entry);
      }
      row.push_back(std::move(cell));
    }
    rows.push_back(std::move(row));
  }
  report::WriteMdTable(header, rows, out);
  out << '\n';
}

void WriteCoalitions(const Comparison& comparison, std::ostream& out) {
  out << "## Coalitions\n\n";
  if (comparison.coalitions.empty()) {
    out << "No coalitions: no two actors have a positive agreement index.\n\n";
  } else {
    for (const Coalition& coalition : comparison.coalitions)
      out << "- " << NameList(comparison, coalition.actors) << '\n';
    out << '\n';
  }
  out << "## Agreement index\n\n";
  if (comparison.pairs.empty()) {
    out << "No pairs: no two actors addressed the same topic.\n\n";
    return;
  }
  out << "(agree − conflict) / topics both addressed, from −1 (conflict on every topic) to 1.\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const ShownPair& shown : ShownPairs(comparison)) {
    const ActorPair& pair = *shown.pair;
    rows.push_back({MdEscape(ActorName(comparison, shown.First())),
                    MdEscape(ActorName(comparison, shown.Second())), std::to_string(pair.topics.size()),
                    std::to_string(pair.agree), std::to_string(pair.differ), std::to_string(pair.conflict),
                    report::TwoDecimals(pair.agreement_index)});
  }
  report::WriteMdTable({"Actor", "Actor", "Topics", "Agree", "Differ", "Conflict", "Index"}, rows, out);
  out << '\n';
}

void WriteBrokers(const Comparison& comparison, std::ostream& out) {
  out << "## Brokers\n\n";
  if (comparison.brokers.empty()) {
    out << "No brokers: no actor stands between others in the agreement graph.\n\n";
    return;
  }
  out << "Actors on the paths between others where they agree (normalised betweenness centrality).\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const Broker& broker : comparison.brokers)
    rows.push_back({MdEscape(ActorName(comparison, broker.actor)), report::TwoDecimals(broker.betweenness)});
  report::WriteMdTable({"Actor", "Betweenness"}, rows, out);
  out << '\n';
}

void WriteShifts(const Comparison& comparison, std::ostream& out) {
  out << "## Shifts\n\n";
  if (comparison.shifts.empty()) {
    out << "No shifts: no actor's positions on a topic changed between dates.\n\n";
    return;
  }
  for (const Shift& shift : comparison.shifts) {
    out << "- " << Actor(comparison, shift.actor) << " on **" << MdEscape(TopicName(comparison, shift.topic))
        << "**, " << MdEscape(shift.from_date) << " to " << MdEscape(shift.to_date) << '\n';
    out << "  - before (" << MdEscape(shift.from_date) << "):\n";
    WriteEvidence(comparison, shift.before, 4, out, /*show_claim=*/true);
    out << "  - after (" << MdEscape(shift.to_date) << "):\n";
    WriteEvidence(comparison, shift.after, 4, out, /*show_claim=*/true);
  }
  out << '\n';
}

void WriteContradictions(const Comparison& comparison, std::ostream& out) {
  out << "## Contradictions\n\n";
  if (comparison.contradictions.empty()) {
    out << "No contradictions: no actor holds conflicting positions in the same period.\n\n";
    return;
  }
  for (const Contradiction& contradiction : comparison.contradictions) {
    out << "- " << Actor(comparison, contradiction.actor) << " holds both "
        << Position(comparison, contradiction.first_position) << " and "
        << Position(comparison, contradiction.second_position) << ' '
        << (contradiction.period.empty() ? std::string("in undated claims")
                                         : std::string("in ").append(MdEscape(contradiction.period)))
        << '\n';
    WriteEvidence(comparison, contradiction.claims, 2, out, /*show_claim=*/true);
  }
  out << '\n';
}

void WriteCoverage(const Comparison& comparison, std::ostream& out) {
  const Coverage& coverage = comparison.coverage;
  out << "## Coverage\n\n";
  out << "- Documents: " << Documents(comparison) << '\n';
  out << "- Sentences: ";
  if (coverage.sentences || coverage.has_unclaimed)
    out << coverage.sentences << '\n';
  else
    out << "not known from claims\n";
  out << "- Claims: " << comparison.claims.size() << '\n';
  out << "- Sentences with an actor and a stance word but no claim: ";
  if (!coverage.has_unclaimed) {
    out << "not known from claims (`parley analyze` on the documents lists them)\n";
    return;
  }
  out << coverage.unclaimed.size() << '\n';
  // A terminal report lists a readable number of them; the JSON has all.
  const size_t listed = std::min(coverage.unclaimed.size(), kMaxUnclaimed);
  for (size_t i = 0; i < listed; ++i)
    out << "  - " << MdEscape(report::ShortenSentence(coverage.unclaimed[i])) << '\n';
  if (listed < coverage.unclaimed.size())
    out << "  - … and " << coverage.unclaimed.size() - listed << " more (`--format json` lists them all)\n";
}

}  // namespace

void WriteMarkdownReport(const Comparison& comparison, std::ostream& out) {
  out << "# Where the parties stand\n\n";
  WriteSummary(comparison, out);
  WriteDivergences(comparison, out);
  WriteConditions(comparison, out);
  WriteCommonGround(comparison, out);
  WriteMatrix(comparison, out);
  WriteCoalitions(comparison, out);
  WriteBrokers(comparison, out);
  WriteShifts(comparison, out);
  WriteContradictions(comparison, out);
  WriteCoverage(comparison, out);
}

}  // namespace parley
