// Overlap and identity among the claims of one sentence.
#include "claims/resolve.h"

#include <algorithm>
#include <numeric>

namespace parley {
namespace {

bool SameMatch(const CandidateClaim& a, const CandidateClaim& b) {
  return a.rule == b.rule && a.begin == b.begin && a.end == b.end;
}

bool Overlap(const CandidateClaim& a, const CandidateClaim& b) {
  return a.begin < b.end && b.begin < a.end;
}

}  // namespace

void ResolveCandidates(std::vector<CandidateClaim>* candidates) {
  std::vector<CandidateClaim>& all = *candidates;
  std::vector<size_t> order(all.size());
  std::iota(order.begin(), order.end(), 0);

  // Overlap: visit longest first, then rule order; a candidate that overlaps
  // one already standing, for the same actor and topic, falls. Claims of one
  // match (an actor list) never push each other out.
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const uint32_t length_x = all[x].end - all[x].begin;
    const uint32_t length_y = all[y].end - all[y].begin;
    if (length_x != length_y) return length_x > length_y;
    if (all[x].rule != all[y].rule) return all[x].rule < all[y].rule;
    return all[x].begin < all[y].begin;
  });
  std::vector<size_t> standing;
  for (size_t i : order) {
    CandidateClaim& candidate = all[i];
    for (size_t j : standing) {
      const CandidateClaim& other = all[j];
      if (other.claim.actor != candidate.claim.actor || other.claim.topic != candidate.claim.topic ||
          !Overlap(other, candidate) || SameMatch(other, candidate))
        continue;
      candidate.kept = false;
      const bool longer = other.end - other.begin > candidate.end - candidate.begin;
      candidate.dropped_because = "overlaps " + std::string(longer ? "the longer" : "an equally long") +
                                  " match of rule " + other.claim.rule + " for the same actor and topic";
      break;
    }
    if (candidate.kept) standing.push_back(i);
  }

  // Identity: in rule order, the first claim with an actor, stance,
  // position and target stands for all of them.
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (all[x].rule != all[y].rule) return all[x].rule < all[y].rule;
    return all[x].begin < all[y].begin;
  });
  std::vector<size_t> first;
  for (size_t i : order) {
    CandidateClaim& candidate = all[i];
    if (!candidate.kept) continue;
    for (size_t j : first) {
      const Claim& a = all[j].claim;
      const Claim& b = candidate.claim;
      if (a.actor == b.actor && a.stance == b.stance && a.position == b.position &&
          a.target == b.target) {
        candidate.kept = false;
        candidate.dropped_because = "the same claim as rule " + a.rule + " (listed first)";
        break;
      }
    }
    if (candidate.kept) first.push_back(i);
  }
}

}  // namespace parley
