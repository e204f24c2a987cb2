// Choosing index literals for patterns and looking them up.
#include "match/literal_index.h"

#include <algorithm>

namespace parley {
namespace {

using Literals = std::vector<Literal>;
using GroupList = std::vector<Literals>;

// Enough to rule out nearly every sentence a rule cannot match.
constexpr size_t kMaxGroups = 12;

// Beyond this many alternatives a set selects too little to be worth it.
constexpr size_t kMaxLiterals = 64;

// Lower is more selective. Short words ("die", "und", "the") occur in almost
// every sentence, so a set with one counts as poor whatever its size.
struct Score {
  bool has_short_word;
  size_t size;
  size_t shortest;
  bool operator<(const Score& other) const {
    if (has_short_word != other.has_short_word) return !has_short_word;
    if (size != other.size) return size < other.size;
    return shortest > other.shortest;
  }
};

Score ScoreOf(const Literals& literals) {
  Score score{false, literals.size(), SIZE_MAX};
  for (const Literal& literal : literals) {
    score.has_short_word = score.has_short_word || literal.text.size() <= 3;
    score.shortest = std::min(score.shortest, literal.text.size());
  }
  return score;
}

bool Append(const Literals& more, Literals* into) {
  into->insert(into->end(), more.begin(), more.end());
  return into->size() <= kMaxLiterals;
}

Literals BestOf(const GroupList& groups) {
  return *std::min_element(groups.begin(), groups.end(), [](const Literals& a, const Literals& b) {
    return ScoreOf(a) < ScoreOf(b);
  });
}

}  // namespace

// Alternatives (and a list's entries) give one group: the union of each
// alternative's best group. One alternative without any group spoils it.
GroupList RequiredLiterals::AnyOf(const std::vector<PatternNode>& alternatives, int depth) {
  Literals all;
  for (const PatternNode& alternative : alternatives) {
    GroupList groups = Find(alternative, depth + 1);
    if (groups.empty() || !Append(BestOf(groups), &all)) return {};
  }
  if (all.empty()) return {};
  return {all};
}

GroupList RequiredLiterals::Find(const PatternNode& node, int depth) {
  using Kind = PatternNode::Kind;
  if (depth > 32) return {};
  switch (node.kind) {
    case Kind::kSequence: {
      GroupList all;
      for (const PatternNode& child : node.children) {
        GroupList groups = Find(child, depth + 1);
        for (Literals& group : groups)
          if (all.size() < kMaxGroups) all.push_back(std::move(group));
      }
      return all;
    }
    case Kind::kAlternation:
      return AnyOf(node.children, depth);
    case Kind::kLexicon: {
      // Lists are shared by many rules (every demand rule names @DEMAND):
      // each list's group is worked out once, as if it were named at the
      // top, so the answer does not depend on which rule named it first.
      if (auto known = lists_.find(node.text); known != lists_.end()) return known->second;
      auto it = lexicon_.find(node.text);
      if (it == lexicon_.end()) return {};
      GroupList groups = AnyOf(it->second, 1);
      lists_.emplace(node.text, groups);
      return groups;
    }
    case Kind::kToken:
      return {{{node.text, node.prefix}}};
    default:  // optionals, gaps and captures may match without any given word
      return {};
  }
}

namespace {

// The literals a match can begin with, and whether it can be empty.
struct First {
  bool known = true;
  bool nullable = false;
  Literals literals;
};

First FirstOf(const PatternNode& node) {
  using Kind = PatternNode::Kind;
  First first;
  switch (node.kind) {
    case Kind::kSequence:
      first.nullable = true;
      for (const PatternNode& child : node.children) {
        First next = FirstOf(child);
        if (!next.known) return next;
        Append(next.literals, &first.literals);
        if (!next.nullable) {
          first.nullable = false;
          break;
        }
      }
      return first;
    case Kind::kAlternation:
    case Kind::kOptional:
      for (const PatternNode& child : node.children) {
        First next = FirstOf(child);
        if (!next.known) return next;
        Append(next.literals, &first.literals);
        first.nullable = first.nullable || next.nullable;
      }
      first.nullable = first.nullable || node.kind == Kind::kOptional;
      return first;
    case Kind::kToken:
      first.literals.push_back({node.text, node.prefix});
      return first;
    default:
      first.known = false;
      return first;
  }
}

}  // namespace

std::vector<std::vector<Literal>> RequiredLiterals::Of(const PatternNode& node) { return Find(node, 0); }

bool HasShortWord(const std::vector<Literal>& group) { return ScoreOf(group).has_short_word; }

std::optional<std::vector<Literal>> FirstLiterals(const PatternNode& node) {
  First first = FirstOf(node);
  if (!first.known || first.nullable || first.literals.size() > kMaxLiterals) return std::nullopt;
  return first.literals;
}

uint32_t LiteralIndex::Intern(const Literal& literal) {
  Map& map = literal.prefix ? prefixes_ : exact_;
  auto [it, inserted] = map.try_emplace(literal.text, static_cast<uint32_t>(postings_.size()));
  if (!inserted) return it->second;
  postings_.emplace_back();
  texts_.push_back(literal.text);
  const uint64_t hash = WordHash(literal.text);
  (literal.prefix ? prefix_hashes_ : exact_hashes_)[hash].push_back(it->second);
  if (filter_.empty()) filter_.assign(kFilterBits / 64, 0);
  const size_t bit = static_cast<size_t>(hash >> 40) & (kFilterBits - 1);
  filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  if (literal.prefix) {
    if (is_prefix_length_.size() <= literal.text.size()) is_prefix_length_.resize(literal.text.size() + 1, false);
    is_prefix_length_[literal.text.size()] = true;
  }
  return it->second;
}

}  // namespace parley
