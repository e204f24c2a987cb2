// A folded word's 64-bit hash (FNV-1a), shared by the literal index and the
// matcher: a sentence's words are hashed once, and a pattern's word is
// compared by its hash before its bytes, so the common case — the word is
// not there — costs an integer comparison.
#ifndef PARLEY_ENGINE_MATCH_WORD_HASH_H_
#define PARLEY_ENGINE_MATCH_WORD_HASH_H_

#include <cstdint>
#include <string_view>

namespace parley {

inline constexpr uint64_t kWordHashBasis = 14695981039346656037ull;
inline constexpr uint64_t kWordHashPrime = 1099511628211ull;

// The hash of `text` continued by one more byte: hashing every prefix of a
// word costs one pass.
inline uint64_t ExtendWordHash(uint64_t hash, char c) {
  return (hash ^ static_cast<unsigned char>(c)) * kWordHashPrime;
}

inline uint64_t WordHash(std::string_view text) {
  uint64_t hash = kWordHashBasis;
  for (char c : text) hash = ExtendWordHash(hash, c);
  return hash;
}

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_WORD_HASH_H_
