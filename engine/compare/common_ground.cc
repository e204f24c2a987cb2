// Common ground (SPEC §4: "positions held by several actors and rejected
// by none").
//
// A position is common ground when
//   - two or more single actors hold it (a group's claim counts for each of
//     its members, so "both sides agree on a prisoner exchange" is common
//     ground of the two; the group itself is not counted beside them, or
//     every group claim would be common ground of the group and its members);
//   - no actor, group or single, rejects or opposes it; and
//   - no actor holds a position that conflicts with it: whoever demands an
//     unconditional ceasefire contests a conditional one without saying
//     "reject", so a position so contested is not common ground.
// All of this among the actors taken into account (--actors).
#include <algorithm>

#include "compare/findings.h"

namespace parley {

std::vector<CommonGround> FindCommonGround(const ClaimGraph& graph, const std::vector<int>& actors) {
  const Ontology& ontology = graph.ontology();
  const size_t positions = static_cast<size_t>(ontology.position_count());
  std::vector<std::vector<int>> holders(positions);         // single actors holding it, in order
  std::vector<std::vector<ClaimIndex>> cited(positions);    // their holding claims
  std::vector<bool> held(positions, false);                 // by anyone, groups included
  std::vector<bool> rejected(positions, false);
  for (int actor : actors) {
    for (size_t h : graph.HoldingsOf(actor)) {
      const HoldingKey& key = graph.keys()[h];
      const size_t position = static_cast<size_t>(key.position);
      if (!IsHolding(key.stance)) {
        rejected[position] = true;
        continue;
      }
      held[position] = true;
      if (ontology.IsGroup(actor)) continue;
      if (holders[position].empty() || holders[position].back() != actor)
        holders[position].push_back(actor);
      const std::vector<ClaimIndex>& claims = graph.holdings()[h].claims;
      cited[position].insert(cited[position].end(), claims.begin(), claims.end());
    }
  }
  std::vector<CommonGround> found;
  for (size_t position = 0; position < positions; ++position) {
    if (holders[position].size() < 2 || rejected[position]) continue;
    const std::vector<int>& rivals = graph.ConflictingWith(static_cast<int>(position));
    if (std::any_of(rivals.begin(), rivals.end(),
                    [&](int rival) { return held[static_cast<size_t>(rival)]; }))
      continue;
    CommonGround ground;
    ground.position = ontology.PositionId(static_cast<int>(position));
    for (int actor : holders[position]) ground.actors.push_back(ontology.ActorId(actor));
    ground.claims = std::move(cited[position]);
    std::sort(ground.claims.begin(), ground.claims.end());
    ground.claims.erase(std::unique(ground.claims.begin(), ground.claims.end()), ground.claims.end());
    found.push_back(std::move(ground));
  }
  return found;
}

}  // namespace parley
