// What every report writer needs from a Comparison besides the findings
// themselves: display names from the rule set, attributes and evidence as
// text, the actors and topics a report lists, and which positions conflict.
//
// All functions are pure; a Comparison without a rule set (rule_set ==
// nullptr) is allowed: names then fall back to ids and no positions conflict.
#ifndef PARLEY_REPORT_REPORT_SUPPORT_H_
#define PARLEY_REPORT_REPORT_SUPPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/comparison.h"

namespace parley::report {

// The rule set's name for an actor, topic or position; the id when the rule
// set does not know it (claims read back against another rule set).
std::string ActorName(const Comparison& comparison, std::string_view id);
std::string TopicName(const Comparison& comparison, std::string_view id);
std::string PositionName(const Comparison& comparison, std::string_view id);
// The topic a position belongs to ("" when unknown).
std::string PositionTopic(const Comparison& comparison, std::string_view position);
// True when the actor is a group (has members).
bool IsGroup(const Comparison& comparison, std::string_view actor);

// Actors a report lists: Comparison::actors, then any other actor that has a
// holding (in holding order), each once.
std::vector<std::string> ListedActors(const Comparison& comparison);
// Topics with at least one holding, in rule-set order (unknown ones after, in
// holding order).
std::vector<std::string> ListedTopics(const Comparison& comparison);

// SPEC §2: P and Q conflict when declared under `conflicts` (either order) or
// when both are positions of one `exclusive` topic. A position never
// conflicts with itself.
bool PositionsConflict(const RuleSet* rule_set, std::string_view first, std::string_view second);

// "days=30, monitored=international" (attribute order, i.e. by name); "" when none.
std::string AttributesText(const Attributes& attributes, std::string_view separator = ", ");

// "doc:line", the short reference every report cites evidence by.
std::string EvidenceRef(const Claim& claim);

// The quoted sentence, shortened for reading: a sentence of at most
// `max_chars` code points stands whole; a longer one keeps its beginning and
// its end, each cut at a space, joined by " … " (the actor usually stands
// early and the position late in a news sentence, so both ends are kept).
std::string ShortenSentence(std::string_view text, size_t max_chars = 280);

// The earliest and latest date of the claims ("" when none is dated). Dates
// of different precision ("2025", "2025-05-16") compare as text, which orders
// a year before the days of that year.
struct DateRange {
  std::string first;
  std::string last;
};
DateRange ClaimDates(const std::vector<Claim>& claims);

// The number of distinct documents the claims come from.
size_t ClaimDocuments(const std::vector<Claim>& claims);

// A number with two decimals, never "-0.00".
std::string TwoDecimals(double value);

// The verb for a stance, for "Ukraine demands …": "demands", "agrees on",
// "rejects", ….
std::string_view StanceVerb(Stance stance);

// The claims worth quoting: valid indices, one per sentence — several
// claims of one sentence ("Polen, Rumänien und Litauen unterstützen …")
// would quote it several times — or, with `show_claim`, one per sentence and
// what it holds.
std::vector<const Claim*> DistinctEvidence(const Comparison& comparison,
                                           const std::vector<ClaimIndex>& claims, bool show_claim);

// A pair as the report shows it: the actor the rule set lists first named
// first — rule sets list the main parties first, so the headline opens with
// them rather than with whichever id sorts first.
struct ShownPair {
  const ActorPair* pair = nullptr;
  bool swapped = false;
  size_t first_rank = 0;  // ranks in the rule set's order, first_rank <= second_rank
  size_t second_rank = 0;

  const std::string& First() const { return swapped ? pair->second : pair->first; }
  const std::string& Second() const { return swapped ? pair->first : pair->second; }
  const std::vector<size_t>& FirstSide(const TopicRelation& topic) const {
    return swapped ? topic.second_side : topic.first_side;
  }
  const std::vector<size_t>& SecondSide(const TopicRelation& topic) const {
    return swapped ? topic.first_side : topic.second_side;
  }
};

// The pairs in the rule set's order of their actors.
std::vector<ShownPair> ShownPairs(const Comparison& comparison);

}  // namespace parley::report

#endif  // PARLEY_REPORT_REPORT_SUPPORT_H_
