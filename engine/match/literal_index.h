// Literal words that a pattern's matches must contain or begin with, and an
// index from such words to what needs them. This is how a sentence is tried
// only against the rules whose words occur in it, and a token only against
// the aliases that can start with it.
#ifndef PARLEY_ENGINE_MATCH_LITERAL_INDEX_H_
#define PARLEY_ENGINE_MATCH_LITERAL_INDEX_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/program.h"

namespace parley {

struct Literal {
  std::string text;  // folded
  bool prefix = false;
};

// A set of literals at least one of which every match of `node` contains,
// chosen to be selective (long words over short ones, few over many);
// nullopt when there is none (a pattern of captures and gaps only).
std::optional<std::vector<Literal>> RequiredLiterals(const PatternNode& node,
                                                     const LexiconTrees& lexicon);

// The literals a match of `node` can begin with; nullopt when it can begin
// with something else (a capture, a gap or a lexicon list).
std::optional<std::vector<Literal>> FirstLiterals(const PatternNode& node);

class LiteralIndex {
 public:
  void Add(const Literal& literal, uint32_t id);
  void AddAlways(uint32_t id) { always_.push_back(id); }

  // Calls `found(id)` for every id with a literal that `fold` equals or (for
  // prefixes) starts with. An id may be reported more than once.
  template <typename Found>
  void ForEach(std::string_view fold, Found&& found) const {
    if (auto it = exact_.find(fold); it != exact_.end())
      for (uint32_t id : it->second) found(id);
    for (size_t length : prefix_lengths_) {
      if (length > fold.size()) break;
      if (auto it = prefixes_.find(fold.substr(0, length)); it != prefixes_.end())
        for (uint32_t id : it->second) found(id);
    }
  }

  // Ids that no literal selects: they are candidates everywhere.
  const std::vector<uint32_t>& always() const { return always_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Map = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  Map exact_;
  Map prefixes_;
  std::vector<size_t> prefix_lengths_;  // sorted, distinct
  std::vector<uint32_t> always_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_LITERAL_INDEX_H_
