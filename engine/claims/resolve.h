// Which of a sentence's candidate claims stand (SPEC §2 "Which match"):
// where matches of different rules overlap for the same actor and topic,
// the longest match wins, then the rule listed first; claims with the same
// actor, stance, position and target are one claim, the first rule's.
#ifndef PARLEY_ENGINE_CLAIMS_RESOLVE_H_
#define PARLEY_ENGINE_CLAIMS_RESOLVE_H_

#include <string>
#include <vector>

#include "parley/claim.h"

namespace parley {

struct CandidateClaim {
  Claim claim;
  uint32_t rule = 0;   // rule index: its order in the rule set
  int32_t actor = -1;  // the claim's actor, as an index into the rule set's actors
  uint32_t begin = 0;  // the match: the sentence's tokens [begin, end)
  uint32_t end = 0;
  size_t match = 0;    // which match of the sentence it came from
  bool kept = true;
  std::string dropped_because;  // when !kept, for explain
};

// Marks the candidates that do not stand, with the reason.
void ResolveCandidates(std::vector<CandidateClaim>* candidates);

}  // namespace parley

#endif  // PARLEY_ENGINE_CLAIMS_RESOLVE_H_
