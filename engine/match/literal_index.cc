// Choosing index literals for patterns and looking them up.
#include "match/literal_index.h"

#include <algorithm>

namespace parley {
namespace {

using Literals = std::vector<Literal>;

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

std::optional<Literals> Required(const PatternNode& node, const LexiconTrees& lexicon, int depth) {
  using Kind = PatternNode::Kind;
  if (depth > 32) return std::nullopt;
  switch (node.kind) {
    case Kind::kSequence: {
      std::optional<Literals> best;
      for (const PatternNode& child : node.children) {
        std::optional<Literals> candidate = Required(child, lexicon, depth + 1);
        if (candidate && (!best || ScoreOf(*candidate) < ScoreOf(*best))) best = std::move(candidate);
      }
      return best;
    }
    case Kind::kAlternation: {
      Literals all;
      for (const PatternNode& child : node.children) {
        std::optional<Literals> one = Required(child, lexicon, depth + 1);
        if (!one || !Append(*one, &all)) return std::nullopt;
      }
      return all;
    }
    case Kind::kLexicon: {
      auto it = lexicon.find(node.text);
      if (it == lexicon.end() || it->second.empty()) return std::nullopt;
      Literals all;
      for (const PatternNode& entry : it->second) {
        std::optional<Literals> one = Required(entry, lexicon, depth + 1);
        if (!one || !Append(*one, &all)) return std::nullopt;
      }
      return all;
    }
    case Kind::kToken:
      return Literals{{node.text, node.prefix}};
    default:  // optionals, gaps and captures may match without any given word
      return std::nullopt;
  }
}

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

std::optional<std::vector<Literal>> RequiredLiterals(const PatternNode& node,
                                                     const LexiconTrees& lexicon) {
  return Required(node, lexicon, 0);
}

std::optional<std::vector<Literal>> FirstLiterals(const PatternNode& node) {
  First first = FirstOf(node);
  if (!first.known || first.nullable || first.literals.size() > kMaxLiterals) return std::nullopt;
  return first.literals;
}

void LiteralIndex::Add(const Literal& literal, uint32_t id) {
  std::vector<uint32_t>& ids = (literal.prefix ? prefixes_ : exact_)[literal.text];
  if (ids.empty() || ids.back() != id) ids.push_back(id);
  if (literal.prefix) {
    auto at = std::lower_bound(prefix_lengths_.begin(), prefix_lengths_.end(), literal.text.size());
    if (at == prefix_lengths_.end() || *at != literal.text.size())
      prefix_lengths_.insert(at, literal.text.size());
  }
}

}  // namespace parley
