// Shifts and contradictions: an actor's claims over time.
//
// Shifts. For each actor and topic, every date on which it made dated
// claims on the topic has a stance set: the (position, holds or rejects)
// pairs of that date's claims. When two consecutive dates have different
// sets, that is a shift, citing the claims of both dates. Dates are compared
// as written: "2025-06" and "2025-06-02" are two dates, the month first.
// Undated claims have no place in time and take no part.
//
// Contradictions. Within one period (the month, or the year of a claim
// dated by year only, or "" for undated claims), an actor holding two
// positions joined by a conflict edge, or holding and rejecting the same
// position, contradicts itself. Each contradiction cites the claims behind
// both sides in that period.
//
// A group's claims count for its members here as everywhere.
#include <algorithm>
#include <tuple>

#include "compare/dates.h"
#include "compare/findings.h"

namespace parley {
namespace {

// One claim as the timeline sees it, for one actor.
struct Entry {
  int topic = 0;
  uint32_t time = 0;  // the rank of its date (shifts) or period (contradictions)
  int position = 0;
  bool holds = true;
  ClaimIndex claim = 0;
};

// The entries of an actor's claims, timed by date (undated ones left out)
// or, with `by_period`, by period (undated ones kept, at rank 0).
std::vector<Entry> EntriesOf(const ClaimGraph& graph, int actor, bool by_period) {
  std::vector<Entry> entries;
  const std::vector<ClaimRefs>& refs = graph.refs();
  for (size_t h : graph.HoldingsOf(actor)) {
    const HoldingKey& key = graph.keys()[h];
    for (ClaimIndex claim : graph.holdings()[h].claims) {
      const uint32_t time = by_period ? refs[claim].period : refs[claim].date;
      if (!by_period && time == 0) continue;
      entries.push_back({key.topic, time, key.position, IsHolding(key.stance), claim});
    }
  }
  return entries;
}

void AppendSorted(std::vector<ClaimIndex>* into, const std::vector<ClaimIndex>& more) {
  into->insert(into->end(), more.begin(), more.end());
  std::sort(into->begin(), into->end());
  into->erase(std::unique(into->begin(), into->end()), into->end());
}

}  // namespace

std::vector<Shift> FindShifts(const ClaimGraph& graph, const std::vector<Claim>& claims,
                              const std::vector<int>& actors) {
  std::vector<Shift> shifts;
  for (int actor : actors) {
    std::vector<Entry> entries = EntriesOf(graph, actor, false);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.topic, a.time, a.position, a.holds, a.claim) <
             std::tie(b.topic, b.time, b.position, b.holds, b.claim);
    });
    // Walk each topic's dates, keeping the previous date's set and claims.
    using StanceSet = std::vector<std::pair<int, bool>>;
    StanceSet previous_set;
    StanceSet set;
    std::vector<ClaimIndex> previous_claims;
    std::vector<ClaimIndex> cited;
    int previous_topic = -1;
    for (size_t i = 0; i < entries.size();) {
      const int topic = entries[i].topic;
      const uint32_t time = entries[i].time;
      set.clear();
      cited.clear();
      for (; i < entries.size() && entries[i].topic == topic && entries[i].time == time; ++i) {
        if (set.empty() || set.back() != std::make_pair(entries[i].position, entries[i].holds))
          set.emplace_back(entries[i].position, entries[i].holds);
        cited.push_back(entries[i].claim);
      }
      std::sort(cited.begin(), cited.end());
      cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
      if (topic == previous_topic && set != previous_set) {
        Shift shift;
        shift.actor = graph.ontology().ActorId(actor);
        shift.topic = graph.ontology().TopicId(topic);
        shift.from_date = claims[previous_claims.front()].date;
        shift.to_date = claims[cited.front()].date;
        shift.before = previous_claims;
        shift.after = cited;
        shifts.push_back(std::move(shift));
      }
      // The buffers trade places, so that no date allocates anew.
      previous_topic = topic;
      std::swap(previous_set, set);
      std::swap(previous_claims, cited);
    }
  }
  return shifts;
}

std::vector<Contradiction> FindContradictions(const ClaimGraph& graph,
                                              const std::vector<Claim>& claims,
                                              const std::vector<int>& actors) {
  std::vector<Contradiction> contradictions;
  std::vector<int> side_of(static_cast<size_t>(graph.ontology().position_count()), -1);
  for (int actor : actors) {
    std::vector<Entry> entries = EntriesOf(graph, actor, true);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.time, a.position, a.holds, a.claim) <
             std::tie(b.time, b.position, b.holds, b.claim);
    });
    for (size_t i = 0; i < entries.size();) {
      const uint32_t period = entries[i].time;
      // The period's positions in order, each with its holding and
      // rejecting claims.
      struct Side {
        int position;
        std::vector<ClaimIndex> held;
        std::vector<ClaimIndex> rejected;
      };
      std::vector<Side> sides;
      for (; i < entries.size() && entries[i].time == period; ++i) {
        if (sides.empty() || sides.back().position != entries[i].position) {
          side_of[static_cast<size_t>(entries[i].position)] = static_cast<int>(sides.size());
          sides.push_back({entries[i].position, {}, {}});
        }
        std::vector<ClaimIndex>& into = entries[i].holds ? sides.back().held : sides.back().rejected;
        if (into.empty() || into.back() != entries[i].claim) into.push_back(entries[i].claim);
      }
      auto report = [&](const Side& first, const Side& second, std::vector<ClaimIndex> cited) {
        Contradiction contradiction;
        contradiction.actor = graph.ontology().ActorId(actor);
        contradiction.period = PeriodOf(claims[cited.front()].date);
        contradiction.first_position = graph.ontology().PositionId(first.position);
        contradiction.second_position = graph.ontology().PositionId(second.position);
        contradiction.claims = std::move(cited);
        contradictions.push_back(std::move(contradiction));
      };
      for (size_t a = 0; a < sides.size(); ++a) {
        const Side& first = sides[a];
        if (first.held.empty()) continue;
        if (!first.rejected.empty()) {
          std::vector<ClaimIndex> cited = first.held;
          AppendSorted(&cited, first.rejected);
          report(first, first, std::move(cited));
        }
        // Only the positions a conflict edge joins to this one need a look.
        for (int position : graph.ConflictingWith(first.position)) {
          const int b = side_of[static_cast<size_t>(position)];
          if (position < first.position || b < 0 || sides[static_cast<size_t>(b)].held.empty())
            continue;
          const Side& second = sides[static_cast<size_t>(b)];
          std::vector<ClaimIndex> cited = first.held;
          AppendSorted(&cited, second.held);
          report(first, second, std::move(cited));
        }
      }
      for (const Side& side : sides) side_of[static_cast<size_t>(side.position)] = -1;
    }
  }
  return contradictions;
}

}  // namespace parley
