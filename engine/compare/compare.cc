// Compare(): claims in, findings out (SPEC §4). The claims are put in
// canonical order, filtered by date and actor, turned into the actor–position
// graph, and every finding is read off that graph.
#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "compare/dates.h"
#include "compare/findings.h"
#include "graph/actor_graph.h"
#include "graph/claim_graph.h"
#include "graph/ontology.h"
#include "parley/comparison.h"
#include "read/metadata.h"
#include "rules/suggest.h"

namespace parley {
namespace {

// Attribute maps in a fixed order, for the last tie-break of SortClaims.
bool AttributesBefore(const Attributes& a, const Attributes& b) {
  return std::lexicographical_compare(
      a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return std::tie(x.first, x.second.is_number, x.second.number, x.second.text) <
               std::tie(y.first, y.second.is_number, y.second.number, y.second.text);
      });
}

bool ClaimBefore(const Claim& a, const Claim& b) {
  const auto key = [](const Claim& c) {
    return std::tie(c.doc, c.sentence, c.start, c.end, c.rule, c.actor, c.position, c.stance,
                    c.target, c.condition_of, c.date, c.line, c.topic, c.text);
  };
  const auto x = key(a);
  const auto y = key(b);
  if (x != y) return x < y;
  return AttributesBefore(a.attributes, b.attributes);
}

std::string CheckDate(const std::string& option, const std::string& date) {
  if (date.empty() || IsValidDate(date)) return "";
  return std::string("invalid date '").append(date).append("' for ").append(option).append(
      ": write YYYY-MM-DD, YYYY-MM or YYYY");
}

// Ranks each claim's date and period among the distinct ones (0: undated),
// so that the graph and the timeline order by time comparing integers.
void RankDates(const std::vector<Claim>& claims, std::vector<ClaimRefs>* refs) {
  std::unordered_map<std::string_view, uint32_t> rank;
  for (const Claim& claim : claims)
    if (!claim.date.empty()) rank.emplace(claim.date, 0);
  std::vector<std::string_view> dates;
  dates.reserve(rank.size());
  for (const auto& [date, unused] : rank) dates.push_back(date);
  std::sort(dates.begin(), dates.end());
  std::map<std::string, uint32_t> period_rank;
  for (std::string_view date : dates) period_rank.emplace(PeriodOf(date), 0);
  uint32_t next = 0;
  for (auto& [period, value] : period_rank) value = ++next;
  std::vector<uint32_t> period_of_date(dates.size() + 1, 0);
  for (size_t i = 0; i < dates.size(); ++i) {
    rank[dates[i]] = static_cast<uint32_t>(i + 1);
    period_of_date[i + 1] = period_rank[PeriodOf(dates[i])];
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].date.empty()) continue;
    ClaimRefs& ref = (*refs)[i];
    ref.date = rank[claims[i].date];
    ref.period = period_of_date[ref.date];
  }
}

size_t CountDocuments(const std::vector<Claim>& claims) {
  // Claims are in canonical order, so a document's claims are together.
  size_t documents = 0;
  for (size_t i = 0; i < claims.size(); ++i)
    if (i == 0 || claims[i].doc != claims[i - 1].doc) ++documents;
  return documents;
}

}  // namespace

const char* RelationName(Relation relation) {
  switch (relation) {
    case Relation::kConflict: return "conflict";
    case Relation::kAgree: return "agree";
    case Relation::kDiffer: return "differ";
    case Relation::kApart: return "apart";
  }
  return "apart";
}

void SortClaims(std::vector<Claim>* claims) {
  if (std::is_sorted(claims->begin(), claims->end(), ClaimBefore)) return;
  // Sort indices, then move each claim once: a Claim is large.
  std::vector<uint32_t> order(claims->size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return ClaimBefore((*claims)[a], (*claims)[b]); });
  std::vector<Claim> sorted;
  sorted.reserve(claims->size());
  for (uint32_t index : order) sorted.push_back(std::move((*claims)[index]));
  *claims = std::move(sorted);
}

std::string CheckCompareOptions(const RuleSet& rule_set, const CompareOptions& options) {
  if (std::string problem = CheckDate("--since", options.since); !problem.empty()) return problem;
  if (std::string problem = CheckDate("--until", options.until); !problem.empty()) return problem;
  if (!options.since.empty() && !options.until.empty() &&
      FirstDay(options.since) > LastDay(options.until))
    return std::string("--since ").append(options.since).append(" is after --until ").append(
        options.until).append(": no date lies between them");
  const Ontology ontology(rule_set);
  for (const std::string& actor : options.actors) {
    if (ontology.FindActor(actor) >= 0) continue;
    std::string message = std::string("unknown actor '").append(actor).append("' in --actors");
    const std::string nearest = Nearest(actor, ontology.ActorIds());
    if (!nearest.empty()) return message.append(": did you mean '").append(nearest).append("'?");
    message.append(": the rule set's actors are ");
    for (size_t i = 0; i < rule_set.actors.size(); ++i)
      message.append(i == 0 ? "" : ", ").append(rule_set.actors[i].id);
    return message;
  }
  return "";
}

Comparison Compare(const RuleSet& rule_set, std::vector<Claim> claims,
                   const CompareOptions& options) {
  Comparison comparison;
  comparison.rule_set = &rule_set;
  const Ontology ontology(rule_set);
  for (const Ontology::Conflict& conflict : ontology.conflicts())
    comparison.conflicts.push_back({ontology.PositionId(conflict.first),
                                    ontology.PositionId(conflict.second), conflict.declared});

  // The actors taken into account: every one, or those --actors names.
  std::vector<bool> counted(static_cast<size_t>(ontology.actor_count()), options.actors.empty());
  for (const std::string& actor : options.actors)
    if (int index = ontology.FindActor(actor); index >= 0) counted[static_cast<size_t>(index)] = true;

  // Canonical order, then the claims that pass the filters, moved down in
  // place so that each claim is held once.
  SortClaims(&claims);
  const DateWindow window(options.since, options.until);
  std::vector<ClaimRefs> refs;
  refs.reserve(claims.size());
  std::vector<int> counted_for;
  size_t kept = 0;
  for (size_t i = 0; i < claims.size(); ++i) {
    Claim& claim = claims[i];
    ClaimRefs ref;
    ref.actor = ontology.FindActor(claim.actor);
    ref.position = ontology.FindPosition(claim.position);
    if (!claim.condition_of.empty()) ref.condition_of = ontology.FindPosition(claim.condition_of);
    if (ref.actor < 0 || ref.position < 0 || ontology.TopicOf(ref.position) < 0) continue;
    if (!window.Admits(claim.date)) continue;
    counted_for.clear();
    CountedFor(ontology, ref.actor, counted, &counted_for);
    if (counted_for.empty()) continue;
    if (kept != i) claims[kept] = std::move(claim);
    refs.push_back(ref);
    ++kept;
  }
  claims.resize(kept);
  RankDates(claims, &refs);

  ClaimGraph graph(ontology, claims, refs, counted);
  const std::vector<int> actors = graph.ActorsWithHoldings();
  for (int actor : actors) comparison.actors.push_back(ontology.ActorId(actor));
  comparison.pairs = FindPairs(graph, claims, actors);
  comparison.coalitions = FindCoalitions(comparison.actors, comparison.pairs);
  comparison.brokers = FindBrokers(comparison.actors, comparison.pairs);
  comparison.common_ground = FindCommonGround(graph, actors);
  comparison.shifts = FindShifts(graph, claims, actors);
  comparison.contradictions = FindContradictions(graph, claims, actors);
  comparison.holdings = graph.TakeHoldings();
  comparison.conditions = graph.TakeConditions();

  comparison.coverage.documents = CountDocuments(claims);
  comparison.coverage.claims = claims.size();
  comparison.claims = std::move(claims);
  return comparison;
}

}  // namespace parley
