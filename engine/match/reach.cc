// Reach sets: for every instruction, the token positions from which the
// program can still reach kMatch, as bit sets computed all at once.
//
// Every jump goes to a lower instruction, so walking the code upwards sees
// each instruction after everything it continues to. A step's set follows
// from its continuation's: a one-token step keeps the positions p where
// p + 1 is in the continuation's set and the token at p fits; a gap of up to
// g tokens ORs the continuation's set shifted by 0..g (log g shifts); a
// split ORs its two branches. The tokens are tried only where the
// continuation can go on, so the pass costs a few word operations per
// instruction plus one Step per surviving position: linear, no search.
// work_ counts both, as the search counts its cells.
#include <algorithm>
#include <bit>

#include "match/matcher.h"

namespace parley {
namespace {

using Op = Instruction::Op;

// to[w] = bits of `from` shifted down by `shift` positions: bit p of the
// result is bit p + shift of `from`.
void ShiftDown(const uint64_t* from, size_t words, size_t shift, uint64_t* to) {
  const size_t skip = shift / 64;
  const unsigned bits = static_cast<unsigned>(shift % 64);
  for (size_t w = 0; w < words; ++w) {
    const uint64_t low = w + skip < words ? from[w + skip] : 0;
    const uint64_t high = w + skip + 1 < words ? from[w + skip + 1] : 0;
    to[w] = bits == 0 ? low : (low >> bits) | (high << (64 - bits));
  }
}

bool AnyBit(const uint64_t* set, size_t words) {
  for (size_t w = 0; w < words; ++w)
    if (set[w]) return true;
  return false;
}

// Calls f(p) for every set bit p, in increasing order.
template <typename F>
void ForEachBit(const uint64_t* set, size_t words, F&& f) {
  for (size_t w = 0; w < words; ++w)
    for (uint64_t bits = set[w]; bits; bits &= bits - 1)
      f(static_cast<int32_t>(w * 64 + static_cast<size_t>(std::countr_zero(bits))));
}

}  // namespace

void Matcher::ComputeReach() {
  const std::vector<Instruction>& code = program_->code;
  const size_t positions = static_cast<size_t>(size_) + 1;
  words_ = (positions + 63) / 64;
  reach_.assign(code.size() * words_, 0);
  auto set_of = [&](int32_t pc) { return reach_.data() + static_cast<size_t>(pc) * words_; };
  auto test = [&](const uint64_t* set, int32_t pos) {
    const size_t bit = static_cast<size_t>(pos);
    return (set[bit / 64] >> (bit % 64)) & 1;
  };
  auto mark = [&](uint64_t* set, int32_t pos) {
    const size_t bit = static_cast<size_t>(pos);
    set[bit / 64] |= uint64_t{1} << (bit % 64);
  };
  for (size_t index = 0; index < code.size(); ++index) {
    const Instruction& instruction = code[index];
    uint64_t* set = set_of(static_cast<int32_t>(index));
    work_ += words_;
    if (instruction.op == Op::kMatch) {
      for (int32_t pos = 0; pos <= size_; ++pos) mark(set, pos);
      continue;
    }
    const uint64_t* next = set_of(instruction.next);
    if (!AnyBit(next, words_) && instruction.op != Op::kSplit) continue;
    switch (instruction.op) {
      case Op::kSplit: {
        const uint64_t* alt = set_of(instruction.alt);
        for (size_t w = 0; w < words_; ++w) set[w] = next[w] | alt[w];
        break;
      }
      case Op::kGap: {
        // Smear: after covering k shifts, bit p holds next's bits p..p+k-1.
        std::copy(next, next + words_, set);
        shifted_.resize(words_);
        for (int32_t covered = 1, wanted = instruction.gap + 1; covered < wanted;) {
          const int32_t shift = std::min(covered, wanted - covered);
          ShiftDown(set, words_, static_cast<size_t>(shift), shifted_.data());
          for (size_t w = 0; w < words_; ++w) set[w] |= shifted_[w];
          covered += shift;
        }
        break;
      }
      case Op::kToken:
      case Op::kPrefix:
      case Op::kOneOf:
      case Op::kNumber:
      case Op::kAnyToken:
      case Op::kWord: {
        // One token: p is a candidate when p + 1 is in next's set.
        ShiftDown(next, words_, 1, set);
        const bool any_token = instruction.op == Op::kAnyToken || instruction.op == Op::kWord;
        ForEachBit(set, words_, [&](int32_t pos) {
          const size_t bit = static_cast<size_t>(pos);
          work_ += any_token ? 0 : 1;
          if (pos >= size_ || (!any_token && Step(instruction, pos) < 0))
            set[bit / 64] &= ~(uint64_t{1} << (bit % 64));
        });
        break;
      }
      case Op::kActor:
      case Op::kTarget:
      case Op::kDuration:
        // Steps of several tokens: tried at every position.
        work_ += static_cast<uint64_t>(size_);
        for (int32_t pos = 0; pos < size_; ++pos) {
          const int32_t end = Step(instruction, pos);
          if (end >= 0 && test(next, end)) mark(set, pos);
        }
        break;
      case Op::kMatch:
        break;
    }
  }
}

int32_t Matcher::NextStart(int32_t pos) const {
  const uint64_t* set = reach_.data() + static_cast<size_t>(program_->start) * words_;
  for (size_t bit = static_cast<size_t>(pos); bit < static_cast<size_t>(size_);) {
    const uint64_t bits = set[bit / 64] >> (bit % 64);
    if (bits) return std::min(size_, static_cast<int32_t>(bit + static_cast<size_t>(std::countr_zero(bits))));
    bit = (bit / 64 + 1) * 64;
  }
  return size_;
}

}  // namespace parley
