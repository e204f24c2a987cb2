// Stages 5 and 6 of the pipeline: the actor–position graph built from claims,
// and the comparison derived from it (SPEC §4).
//
//   ClaimSet claims;                       // claims as extracted, or read back
//   Comparison comparison = Compare(rule_set, claims, options);
//   WriteReport(comparison, ReportFormat::kMarkdown, out);   // parley/report.h
//
// Every finding names the claims behind it by index into Comparison::claims,
// so evidence (document, line, quoted sentence) is held once, whatever the
// number of findings that cite it.
#ifndef PARLEY_COMPARISON_H_
#define PARLEY_COMPARISON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parley/claim.h"
#include "parley/rule_set.h"

namespace parley {

using ClaimIndex = uint32_t;  // index into Comparison::claims

struct CompareOptions {
  // Only claims dated within [since, until] take part ("YYYY", "YYYY-MM" or
  // "YYYY-MM-DD"; a partial date covers its whole month or year). Empty: open.
  // Undated claims take part only when both bounds are empty.
  std::string since;
  std::string until;
  // Only these actor ids (and the groups they belong to, counted for them)
  // take part in pairs, coalitions and brokers. Empty: every actor.
  std::vector<std::string> actors;
};

// One actor's stance on one position: an actor→position edge of the graph.
// A group's claim is counted for the group and for each of its members.
struct Holding {
  std::string actor;
  std::string position;
  std::string topic;
  Stance stance = Stance::kDemand;
  int count = 0;           // claims behind it
  std::string first_date;  // earliest and latest dated claim; "" if none is dated
  std::string last_date;
  Attributes attributes;            // of the latest claim (document order breaks ties)
  std::vector<ClaimIndex> claims;   // in date, then document order
};

enum class Relation { kConflict, kAgree, kDiffer, kApart };
// "conflict", "agree", "differ", "apart" (both addressed the topic, no relation).
const char* RelationName(Relation relation);

// How two actors stand on one topic both addressed (SPEC §4): conflict if
// any of their holdings conflict, else differ, else agree, else apart.
struct TopicRelation {
  std::string topic;
  Relation relation = Relation::kApart;
  std::vector<size_t> first_side;   // indices into Comparison::holdings: the first actor's
  std::vector<size_t> second_side;  // and the second actor's holdings on this topic
};

struct ActorPair {
  std::string first;   // actor ids, first < second
  std::string second;
  std::vector<TopicRelation> topics;  // in topic order of the rule set
  int agree = 0;
  int conflict = 0;
  int differ = 0;
  double agreement_index = 0;  // (agree − conflict) / topics.size(), in [−1, 1]
};

// What an actor attaches to a position: claims with condition_of.
struct Condition {
  std::string actor;
  std::string position;            // the position the condition is attached to
  std::string condition;           // the position demanded as the condition
  std::vector<ClaimIndex> claims;
};

// A position held by several actors and rejected by none.
struct CommonGround {
  std::string position;
  std::vector<std::string> actors;
  std::vector<ClaimIndex> claims;
};

struct Coalition {
  std::vector<std::string> actors;  // two or more, connected by positive agreement
};

struct Broker {
  std::string actor;
  double betweenness = 0;  // normalised betweenness centrality on the actor graph
};

// An actor's holdings on a topic changing between two dates.
struct Shift {
  std::string actor;
  std::string topic;
  std::string from_date;
  std::string to_date;
  std::vector<ClaimIndex> before;  // the claims of the earlier date
  std::vector<ClaimIndex> after;   // the claims of the later date
};

// One actor holding conflicting positions in the same period.
struct Contradiction {
  std::string actor;
  std::string period;  // the month ("YYYY-MM"), or "" for undated claims
  std::string first_position;
  std::string second_position;
  std::vector<ClaimIndex> claims;
};

struct Coverage {
  size_t documents = 0;
  size_t sentences = 0;
  size_t claims = 0;
  // Sentences that mention an actor and a stance word (an entry of a lexicon
  // list used by a rule of that stance) yet yielded no claim: where rules can
  // be improved. Filled by analyze; compare sees claims only.
  std::vector<std::string> unclaimed;  // "doc:line: sentence"
  bool has_unclaimed = false;           // false when not known (compare)
};

struct Comparison {
  std::vector<Claim> claims;  // every claim taken into account, in input order
  std::vector<std::string> actors;     // actor ids with claims, in rule-set order
  std::vector<Holding> holdings;       // by actor, topic, position, stance
  std::vector<ActorPair> pairs;
  std::vector<Condition> conditions;
  std::vector<CommonGround> common_ground;
  std::vector<Coalition> coalitions;
  std::vector<Broker> brokers;
  std::vector<Shift> shifts;
  std::vector<Contradiction> contradictions;
  Coverage coverage;
  const RuleSet* rule_set = nullptr;   // the ontology compared against; not owned
};

// Compares `claims` (moved in) against the ontology of `rule_set`, which must
// outlive the result.
Comparison Compare(const RuleSet& rule_set, std::vector<Claim> claims,
                   const CompareOptions& options);

}  // namespace parley

#endif  // PARLEY_COMPARISON_H_
