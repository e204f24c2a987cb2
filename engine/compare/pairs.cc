// How every two actors stand on the topics both addressed (SPEC §4).
//
// For a pair and a topic both hold or reject positions of:
//   conflict  one holds P and the other holds Q where a conflict edge joins
//             P and Q (declared, or an exclusive topic), or one holds P and
//             the other rejects P;
//   differ    both hold P, with different attributes (a 30-day ceasefire
//             against one within 50 days);
//   agree     both hold P with the same attributes, or both reject P;
//   apart     none of these (they spoke of different positions).
// The first that applies wins, in that order. An actor's attributes for P
// are those of its latest claim holding P, whatever the stance it was
// taken with. A declared conflict may join positions of two topics: a
// holding of another topic that conflicts with the other side's holding on
// this topic then counts on this topic too, and is listed with its side.
// Both must still have addressed the topic.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "compare/findings.h"

namespace parley {
namespace {

// One actor's holdings as the pair relations read them.
struct ActorHoldings {
  int actor = 0;
  std::vector<size_t> all;                          // holding order (by topic)
  std::map<int, std::vector<size_t>> by_topic;      // topic -> holdings on it
  std::map<int, std::vector<size_t>> held;          // position -> its holding-stance holdings
  std::map<int, ClaimIndex> latest_held;            // position -> its latest holding claim
};

ActorHoldings Gather(const ClaimGraph& graph, int actor) {
  ActorHoldings view;
  view.actor = actor;
  view.all = graph.HoldingsOf(actor);
  for (size_t h : view.all) {
    const HoldingKey& key = graph.keys()[h];
    view.by_topic[key.topic].push_back(h);
    if (!IsHolding(key.stance)) continue;
    view.held[key.position].push_back(h);
    auto [it, added] = view.latest_held.try_emplace(key.position, key.latest);
    const std::vector<ClaimRefs>& refs = graph.refs();
    if (!added && std::make_pair(refs[it->second].date, it->second) <
                      std::make_pair(refs[key.latest].date, key.latest))
      it->second = key.latest;
  }
  return view;
}

class PairRelations {
 public:
  PairRelations(const ClaimGraph& graph, const std::vector<Claim>& claims)
      : graph_(graph), keys_(graph.keys()), claims_(claims) {}

  // The pair's relation on every topic both addressed; false if there is none.
  bool Relate(const ActorHoldings& first, const ActorHoldings& second, ActorPair* pair) const {
    auto a = first.by_topic.begin();
    auto b = second.by_topic.begin();
    while (a != first.by_topic.end() && b != second.by_topic.end()) {
      if (a->first < b->first) {
        ++a;
      } else if (b->first < a->first) {
        ++b;
      } else {
        TopicRelation relation;
        relation.topic = graph_.ontology().TopicId(a->first);
        relation.first_side = WithConflictingElsewhere(first, a->first, b->second);
        relation.second_side = WithConflictingElsewhere(second, a->first, a->second);
        relation.relation = Classify(first, second, relation.first_side, relation.second_side);
        switch (relation.relation) {
          case Relation::kConflict: ++pair->conflict; break;
          case Relation::kAgree: ++pair->agree; break;
          case Relation::kDiffer: ++pair->differ; break;
          case Relation::kApart: break;
        }
        pair->topics.push_back(std::move(relation));
        ++a;
        ++b;
      }
    }
    if (pair->topics.empty()) return false;
    pair->agreement_index =
        static_cast<double>(pair->agree - pair->conflict) / static_cast<double>(pair->topics.size());
    return true;
  }

 private:
  bool Holds(size_t holding) const { return IsHolding(keys_[holding].stance); }

  // `view`'s holdings on `topic`, plus its holdings on other topics that
  // conflict with one of `other_side` (the other actor's on `topic`).
  std::vector<size_t> WithConflictingElsewhere(const ActorHoldings& view, int topic,
                                               const std::vector<size_t>& other_side) const {
    std::vector<size_t> side = view.by_topic.at(topic);
    const size_t own = side.size();
    for (size_t o : other_side) {
      if (!Holds(o)) continue;
      for (int rival : graph_.ConflictingWith(keys_[o].position)) {
        if (graph_.ontology().TopicOf(rival) == topic) continue;
        if (auto it = view.held.find(rival); it != view.held.end())
          side.insert(side.end(), it->second.begin(), it->second.end());
      }
    }
    if (side.size() > own) {
      std::sort(side.begin(), side.end());
      side.erase(std::unique(side.begin(), side.end()), side.end());
    }
    return side;
  }

  Relation Classify(const ActorHoldings& first, const ActorHoldings& second,
                    const std::vector<size_t>& first_side,
                    const std::vector<size_t>& second_side) const {
    bool agree = false;
    bool differ = false;
    for (size_t x : first_side) {
      for (size_t y : second_side) {
        const int position = keys_[x].position;
        if (position != keys_[y].position) {
          if (Holds(x) && Holds(y) && graph_.Conflict(position, keys_[y].position))
            return Relation::kConflict;
          continue;
        }
        if (Holds(x) != Holds(y)) return Relation::kConflict;
        if (!Holds(x) || SameAttributes(first, second, position))
          agree = true;
        else
          differ = true;
      }
    }
    if (differ) return Relation::kDiffer;
    return agree ? Relation::kAgree : Relation::kApart;
  }

  bool SameAttributes(const ActorHoldings& first, const ActorHoldings& second, int position) const {
    return claims_[first.latest_held.at(position)].attributes ==
           claims_[second.latest_held.at(position)].attributes;
  }

  const ClaimGraph& graph_;
  const std::vector<HoldingKey>& keys_;
  const std::vector<Claim>& claims_;
};

}  // namespace

std::vector<ActorPair> FindPairs(const ClaimGraph& graph, const std::vector<Claim>& claims,
                                 const std::vector<int>& actors) {
  const Ontology& ontology = graph.ontology();
  std::vector<int> by_id = actors;
  std::sort(by_id.begin(), by_id.end(),
            [&](int a, int b) { return ontology.ActorId(a) < ontology.ActorId(b); });
  std::vector<ActorHoldings> views;
  views.reserve(by_id.size());
  for (int actor : by_id) views.push_back(Gather(graph, actor));

  const PairRelations relations(graph, claims);
  std::vector<ActorPair> pairs;
  for (size_t i = 0; i < views.size(); ++i) {
    for (size_t j = i + 1; j < views.size(); ++j) {
      const int a = views[i].actor;
      const int b = views[j].actor;
      if (ontology.Contains(a, b) || ontology.Contains(b, a)) continue;
      ActorPair pair;
      pair.first = ontology.ActorId(a);
      pair.second = ontology.ActorId(b);
      if (relations.Relate(views[i], views[j], &pair)) pairs.push_back(std::move(pair));
    }
  }
  return pairs;
}

}  // namespace parley
