// The findings of SPEC §4, each derived from the actor–position graph.
// `actors` are the actors with holdings, in rule-set order.
#ifndef PARLEY_ENGINE_COMPARE_FINDINGS_H_
#define PARLEY_ENGINE_COMPARE_FINDINGS_H_

#include <vector>

#include "graph/claim_graph.h"
#include "parley/comparison.h"

namespace parley {

// Every two actors that addressed a topic together, sorted by (first,
// second) id, without a group paired with one of its own members
// (pairs.cc, where the relations are defined).
std::vector<ActorPair> FindPairs(const ClaimGraph& graph, const std::vector<Claim>& claims,
                                 const std::vector<int>& actors);

// Positions held by two or more single actors and neither rejected nor
// contested by anyone (common_ground.cc).
std::vector<CommonGround> FindCommonGround(const ClaimGraph& graph, const std::vector<int>& actors);

// An actor's holdings on a topic changing between consecutive dates
// (timeline.cc).
std::vector<Shift> FindShifts(const ClaimGraph& graph, const std::vector<Claim>& claims,
                              const std::vector<int>& actors);

// One actor holding two conflicting positions, or holding and rejecting one,
// within one period (timeline.cc).
std::vector<Contradiction> FindContradictions(const ClaimGraph& graph,
                                              const std::vector<Claim>& claims,
                                              const std::vector<int>& actors);

}  // namespace parley

#endif  // PARLEY_ENGINE_COMPARE_FINDINGS_H_
