// What a word selects in a rule set's literal index, remembered per
// Extractor: news repeats its words, so each distinct word is looked up in
// the index once, and later occurrences cost one probe of an open-addressing
// table keyed by the word's hash (match/word_hash.h) — no string hashing, no
// division, no allocation.
#ifndef PARLEY_ENGINE_CLAIMS_WORD_CACHE_H_
#define PARLEY_ENGINE_CLAIMS_WORD_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class WordCache {
 public:
  // The literals remembered for `word` (whose WordHash is `hash`), or
  // nullptr when it is not remembered.
  const std::vector<uint32_t>* Find(uint64_t hash, std::string_view word) const {
    if (slots_.empty()) return nullptr;
    for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (!slot.used) return nullptr;
      if (slot.hash == hash && slot.word == word) return &slot.literals;
    }
  }

  // Remembers `literals` for `word`. The table doubles up to kMaxWords and
  // is then emptied, which bounds its memory whatever the corpus.
  const std::vector<uint32_t>& Add(uint64_t hash, std::string_view word, std::vector<uint32_t> literals) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t at = hash & mask_;
    while (slots_[at].used) at = (at + 1) & mask_;
    Slot& slot = slots_[at];
    slot.used = true;
    slot.hash = hash;
    slot.word.assign(word);
    slot.literals = std::move(literals);
    ++size_;
    return slot.literals;
  }

 private:
  static constexpr size_t kMaxWords = size_t{1} << 18;

  struct Slot {
    bool used = false;
    uint64_t hash = 0;
    std::string word;
    std::vector<uint32_t> literals;
  };

  void Grow() {
    const size_t capacity = slots_.empty() ? size_t{1} << 12 : slots_.size() * 2;
    std::vector<Slot> old;
    old.swap(slots_);
    size_ = 0;
    if (capacity > 2 * kMaxWords) {  // full: forget everything, keep the room
      slots_.resize(old.size());
      mask_ = slots_.size() - 1;
      return;
    }
    slots_.resize(capacity);
    mask_ = capacity - 1;
    for (Slot& slot : old)
      if (slot.used) Add(slot.hash, slot.word, std::move(slot.literals));
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_CLAIMS_WORD_CACHE_H_
