// Running a Program over one sentence (SPEC §2 "Which match").
//
// The scan takes the leftmost match, the longest there, then searches on
// after its end. Among equally long matches the preferred path wins: earlier
// alternatives, optionals taken, gaps shortest. Both questions are answered
// by memoised dynamic programming over (instruction, token) pairs: the
// longest end reachable from each pair, and then a walk in preference order
// that only enters pairs from which that end is still reachable. Programs
// are acyclic, so each pair is computed once per scan: the cost is bounded
// by instructions × tokens, whatever the pattern.
//
// Before that search, a bit-parallel pass (match/reach.cc) works out for
// every instruction at once the token positions from which the pattern can
// still be completed, one bit per position. Most sentences a rule is tried
// on do not match it; the pass says so in a few word operations, and where
// one does match, the search never enters a cell that cannot succeed.
#ifndef PARLEY_ENGINE_MATCH_MATCHER_H_
#define PARLEY_ENGINE_MATCH_MATCHER_H_

#include <cstdint>
#include <vector>

#include "match/program.h"
#include "match/sentence_facts.h"

namespace parley {

struct CaptureSpan {
  int32_t instruction = -1;  // the capturing instruction (its op, capture slot, actor filter)
  uint32_t begin = 0;        // tokens [begin, end) of the sentence
  uint32_t end = 0;
};

struct Match {
  uint32_t begin = 0;  // tokens [begin, end) of the sentence
  uint32_t end = 0;
  std::vector<CaptureSpan> captures;  // in pattern order; skipped captures are absent
};

// Where a pattern got furthest without matching, for near misses.
struct Stop {
  int32_t element = -1;  // Program::elements index; -1: nothing was tried
  int32_t token = -1;    // where that element failed; -1: the sentence ended
};

// Holds the memo tables; reuse one Matcher for many sentences and programs
// to keep them allocated. Not for use by two threads at once.
class Matcher {
 public:
  // Appends every match of `program`, left to right, non-overlapping.
  void FindAll(const Program& program, SentenceFacts& facts, std::vector<Match>* out);

  // The end of the longest match starting at `pos`, or -1.
  int32_t LongestAt(const Program& program, SentenceFacts& facts, size_t pos);

  // Whether some match starts in tokens [from, to) and ends at or before
  // `to`; sets `where` to its start.
  bool MatchWithin(const Program& program, SentenceFacts& facts, size_t from, size_t to,
                   size_t* where);

  // Whether the program matches anywhere in the sentence.
  bool MatchesAnywhere(const Program& program, SentenceFacts& facts);

  // For a program that does not match: the element furthest into the
  // pattern that was tried and failed, and the first token it failed at.
  Stop FindStop(const Program& program, SentenceFacts& facts);

  // (instruction, token) pairs computed so far: the matcher's work.
  uint64_t work() const { return work_; }

 private:
  struct Ends {
    int32_t shortest;  // -1: no match from here
    int32_t longest;
  };

  // `prune`: compute the reach sets and consult them (whole-sentence
  // questions); LongestAt asks about one position and does not.
  void Begin(const Program& program, SentenceFacts& facts, bool prune);
  void ComputeReach();
  bool Reachable(int32_t pc, int32_t pos) const {
    const size_t bit = static_cast<size_t>(pos);
    return (reach_[static_cast<size_t>(pc) * words_ + bit / 64] >> (bit % 64)) & 1;
  }
  // The first position >= `pos` (and < size_) from which the program's entry
  // can reach a match, or size_.
  int32_t NextStart(int32_t pos) const;
  Ends EndsFrom(int32_t pc, int32_t pos);
  bool Walk(int32_t pc, int32_t pos, int32_t target, std::vector<CaptureSpan>* captures);
  // Where one consuming instruction at `pos` ends, or -1.
  int32_t Step(const Instruction& instruction, int32_t pos);
  // The last position a kGap at `pos` may continue from.
  int32_t GapEnd(const Instruction& gap, int32_t pos) const;
  size_t Cell(int32_t pc, int32_t pos) const {
    return static_cast<size_t>(pc) * (size_ + 1) + static_cast<size_t>(pos);
  }

  const Program* program_ = nullptr;
  SentenceFacts* facts_ = nullptr;
  int32_t size_ = 0;
  uint32_t generation_ = 0;
  // A cell's answer and the scan it belongs to, side by side: one memory
  // access per cell.
  struct Memo {
    uint32_t stamp = 0;
    Ends ends{-1, -1};
  };
  std::vector<Memo> memo_;
  std::vector<uint32_t> failed_stamp_;
  // Reach sets: instruction pc's set is words_ 64-bit words from
  // reach_[pc * words_], bit p for token position p (0..size_).
  std::vector<uint64_t> reach_;
  size_t words_ = 0;
  std::vector<uint64_t> shifted_;  // scratch for gaps
  bool pruned_ = false;
  uint32_t walk_generation_ = 0;
  uint64_t work_ = 0;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_MATCHER_H_
