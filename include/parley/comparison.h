// Stages 5 and 6 of the pipeline: the actor–position graph built from claims,
// and the comparison derived from it (SPEC §4).
//
//   ClaimSet claims;                       // claims as extracted, or read back
//   Comparison comparison = Compare(rule_set, claims, options);
//   WriteReport(comparison, ReportFormat::kMarkdown, out);   // parley/report.h
//
// Every finding names the claims behind it by index into Comparison::claims,
// so evidence (document, line, quoted sentence) is held once, whatever the
// number of findings that cite it. Every list is sorted deterministically
// (rule-set order of actors, topics and positions, then dates, then claim
// order), never by hash order, so equal inputs give byte-equal reports.
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
  // take part: in holdings and so in every finding; a group's claim then
  // counts for the listed members only. Empty: every actor.
  std::vector<std::string> actors;
};

// Whether `options` fit `rule_set`: dates are "YYYY", "YYYY-MM" or
// "YYYY-MM-DD", since is not after until, and every actor id is known.
// Returns "" when they do, else a message for the user that names the bad
// value and how to mend it (the nearest known actor id for a misspelt one).
std::string CheckCompareOptions(const RuleSet& rule_set, const CompareOptions& options);

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
  // list that some rule's pattern names as @NAME, NEGATION aside) yet
  // yielded no claim: where rules can be improved. Filled by analyze, in
  // document and sentence order; compare sees claims only.
  std::vector<std::string> unclaimed;  // "doc:line: sentence"
  bool has_unclaimed = false;           // false when not known (compare)
  // Documents read, with or without claims: known to analyze only (when
  // has_unclaimed). `documents` counts the distinct documents among the
  // claims taken into account, which compare knows as well.
  size_t documents_read = 0;
};

// Two conflicting positions (SPEC §2): a declared `conflicts` pair, or two
// positions of an `exclusive` topic; `first` comes before `second` in the
// rule set.
struct PositionConflict {
  std::string first;
  std::string second;
  bool declared = false;  // named in `conflicts` (it may also be exclusive)
};

struct Comparison {
  // Every claim taken into account, in canonical order (SortClaims): shards
  // of a corpus given in any order compare exactly like the whole.
  std::vector<Claim> claims;
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
  std::vector<PositionConflict> conflicts;  // every conflicting pair of the ontology
};

// The canonical order of claims: by document, sentence, start, end, rule and
// actor (then every other field, so equal-looking claims sort the same).
void SortClaims(std::vector<Claim>* claims);

// Compares `claims` (moved in) against the ontology of `rule_set`, which must
// outlive the result. Sorts the claims (SortClaims) first. `options` must have
// passed CheckCompareOptions. Claims naming an actor or position the rule set
// lacks are not taken into account (ClaimReader refuses them with an error).
Comparison Compare(const RuleSet& rule_set, std::vector<Claim> claims,
                   const CompareOptions& options);

}  // namespace parley

#endif  // PARLEY_COMPARISON_H_
