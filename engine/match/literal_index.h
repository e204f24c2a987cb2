// Literal words that a pattern's matches must contain or begin with, and an
// index from such words to what needs them. This is how a sentence is tried
// only against the rules whose words occur in it, and a token only against
// the aliases that can start with it.
#ifndef PARLEY_ENGINE_MATCH_LITERAL_INDEX_H_
#define PARLEY_ENGINE_MATCH_LITERAL_INDEX_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/program.h"
#include "match/word_hash.h"

namespace parley {

struct Literal {
  std::string text;  // folded
  bool prefix = false;
};

// Groups of literals such that every match of a pattern contains a word of
// each group: "{actor} @DEMAND ...6 (Waffenruhe | Feuerpause)" gives the
// DEMAND words and {waffenruhe, feuerpause}. Empty for a pattern of
// captures and gaps only. Remembers each lexicon list's group: use one
// object for all the patterns over one lexicon.
class RequiredLiterals {
 public:
  explicit RequiredLiterals(const LexiconTrees& lexicon) : lexicon_(lexicon) {}
  std::vector<std::vector<Literal>> Of(const PatternNode& pattern);

 private:
  using GroupList = std::vector<std::vector<Literal>>;
  GroupList Find(const PatternNode& node, int depth);
  GroupList AnyOf(const std::vector<PatternNode>& alternatives, int depth);

  const LexiconTrees& lexicon_;
  std::map<std::string, GroupList, std::less<>> lists_;
};

// Whether a group holds a word of three letters or fewer: such words ("die",
// "und", "the") occur in almost every sentence and select nothing.
bool HasShortWord(const std::vector<Literal>& group);

// The literals a match of `node` can begin with; nullopt when it can begin
// with something else (a capture, a gap or a lexicon list).
std::optional<std::vector<Literal>> FirstLiterals(const PatternNode& node);

// Literal words, each with an id, and what each one selects (its postings:
// rules, or actors). Looking up a token gives the ids of every literal it
// equals or (for prefixes) starts with.
class LiteralIndex {
 public:
  // The id of `literal`, made on first sight.
  uint32_t Intern(const Literal& literal);
  void Post(uint32_t literal, uint32_t id) {
    std::vector<uint32_t>& ids = postings_[literal];
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  }
  void Add(const Literal& literal, uint32_t id) { Post(Intern(literal), id); }
  void AddAlways(uint32_t id) { always_.push_back(id); }

  size_t literal_count() const { return postings_.size(); }
  const std::vector<uint32_t>& postings(uint32_t literal) const { return postings_[literal]; }

  // Calls `found(literal)` for the id of every literal that `fold` equals or
  // starts with. One pass over the word's bytes hashes every prefix length
  // at once (FNV-1a), so a lookup costs integer probes, not a string hash
  // per prefix length.
  template <typename Found>
  void ForEachLiteral(std::string_view fold, Found&& found) const {
    uint64_t hash = kWordHashBasis;
    for (size_t length = 1; length <= fold.size(); ++length) {
      hash = ExtendWordHash(hash, fold[length - 1]);
      if (length < is_prefix_length_.size() && is_prefix_length_[length])
        Probe(prefix_hashes_, hash, fold.substr(0, length), found);
    }
    Probe(exact_hashes_, hash, fold, found);
  }

  // Calls `found(id)` for every id posted under a literal that `fold`
  // equals or starts with. An id may be reported more than once.
  template <typename Found>
  void ForEach(std::string_view fold, Found&& found) const {
    ForEachLiteral(fold, [&](uint32_t literal) {
      for (uint32_t id : postings_[literal]) found(id);
    });
  }

  // Ids that no literal selects: they are candidates everywhere.
  const std::vector<uint32_t>& always() const { return always_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Map = std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>>;
  // FNV-1a over a literal's bytes → the literals with that hash (one but
  // for a collision); the text is compared before a literal is reported.
  using HashMap = std::unordered_map<uint64_t, std::vector<uint32_t>>;
  // A bit per hash value modulo kFilterBits, set for every literal: most
  // probes are for prefixes no literal has, and a bit test answers them.
  static constexpr size_t kFilterBits = size_t{1} << 16;
  bool MayHold(uint64_t hash) const {
    const size_t bit = static_cast<size_t>(hash >> 40) & (kFilterBits - 1);
    return !filter_.empty() && (filter_[bit / 64] >> (bit % 64) & 1) != 0;
  }

  template <typename Found>
  void Probe(const HashMap& map, uint64_t hash, std::string_view text, Found& found) const {
    if (!MayHold(hash)) return;
    auto it = map.find(hash);
    if (it == map.end()) return;
    for (uint32_t literal : it->second)
      if (texts_[literal] == text) found(literal);
  }

  Map exact_;
  Map prefixes_;
  HashMap exact_hashes_;
  HashMap prefix_hashes_;
  std::vector<std::string> texts_;  // by literal id
  std::vector<uint64_t> filter_;    // kFilterBits bits, empty until a literal is interned
  std::vector<bool> is_prefix_length_;  // [n]: some prefix literal is n bytes long
  std::vector<std::vector<uint32_t>> postings_;  // by literal id
  std::vector<uint32_t> always_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_LITERAL_INDEX_H_
