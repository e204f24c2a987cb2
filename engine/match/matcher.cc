// The matching machine: memoised reachability over (instruction, token).
#include "match/matcher.h"

#include <algorithm>

namespace parley {

using Op = Instruction::Op;

namespace {

// starts_with, with the first byte compared inline: most words fail there,
// before the call to memcmp.
bool StartsWith(std::string_view word, const std::string& prefix) {
  return word.size() >= prefix.size() && (prefix.empty() || word[0] == prefix[0]) && word.starts_with(prefix);
}

}  // namespace

void Matcher::Begin(const Program& program, SentenceFacts& facts, bool prune) {
  program_ = &program;
  facts_ = &facts;
  size_ = static_cast<int32_t>(facts.size());
  pruned_ = prune;
  const size_t cells = program.code.size() * (facts.size() + 1);
  if (memo_.size() < cells) {
    memo_.resize(cells);
    failed_stamp_.resize(cells, 0);
  }
  if (++generation_ == 0) {  // wrapped: old stamps could look current
    for (Memo& memo : memo_) memo.stamp = 0;
    generation_ = 1;
  }
  if (prune) ComputeReach();
}

int32_t Matcher::Step(const Instruction& instruction, int32_t pos) {
  if (pos >= size_) return -1;
  const size_t at = static_cast<size_t>(pos);
  switch (instruction.op) {
    case Op::kToken:
      return facts_->FoldHash(at) == instruction.hash && facts_->Fold(at) == instruction.text ? pos + 1 : -1;
    case Op::kPrefix:
      return StartsWith(facts_->Fold(at), instruction.text) ? pos + 1 : -1;
    case Op::kOneOf: {
      const std::string_view fold = facts_->Fold(at);
      const auto& hashes = instruction.word_hashes;
      const uint64_t hash = facts_->FoldHash(at);
      for (auto it = std::lower_bound(hashes.begin(), hashes.end(), hash); it != hashes.end() && *it == hash; ++it)
        if (instruction.words[static_cast<size_t>(it - hashes.begin())] == fold) return pos + 1;
      for (const std::string& prefix : instruction.prefixes)
        if (StartsWith(fold, prefix)) return pos + 1;
      return -1;
    }
    case Op::kAnyToken:
    case Op::kWord:
      return pos + 1;
    case Op::kNumber:
      return facts_->token(at).is_number ? pos + 1 : -1;
    case Op::kDuration: {
      double days = 0;
      return facts_->DurationAt(at, &days);
    }
    case Op::kActor:
    case Op::kTarget: {
      const SentenceFacts::ActorList& list = facts_->ListAt(at);
      if (list.end < 0 || instruction.actor == -1) return list.end;
      // {actor:ID}: the list must name that actor or a group it belongs to;
      // which of its actors fit is decided when the claim is made.
      return facts_->ListFits(list, instruction.actor) ? list.end : -1;
    }
    case Op::kGap:
    case Op::kSplit:
    case Op::kMatch:
      break;
  }
  return -1;
}

int32_t Matcher::GapEnd(const Instruction& gap, int32_t pos) const {
  return std::min(size_, pos + gap.gap);
}

Matcher::Ends Matcher::EndsFrom(int32_t pc, int32_t pos) {
  if (pruned_ && !Reachable(pc, pos)) return {-1, -1};
  const size_t cell = Cell(pc, pos);
  if (memo_[cell].stamp == generation_) return memo_[cell].ends;
  ++work_;
  const Instruction& instruction = program_->code[static_cast<size_t>(pc)];
  Ends ends{-1, -1};
  if (instruction.op == Op::kMatch) {
    ends = {pos, pos};
  } else if (instruction.op == Op::kSplit) {
    const Ends first = EndsFrom(instruction.next, pos);
    const Ends second = EndsFrom(instruction.alt, pos);
    if (first.longest < 0) {
      ends = second;
    } else if (second.longest < 0) {
      ends = first;
    } else {
      ends = {std::min(first.shortest, second.shortest), std::max(first.longest, second.longest)};
    }
  } else if (instruction.op == Op::kGap) {
    for (int32_t at = pos, last = GapEnd(instruction, pos); at <= last; ++at) {
      const Ends after = EndsFrom(instruction.next, at);
      if (after.longest < 0) continue;
      ends = ends.longest < 0 ? after
                              : Ends{std::min(ends.shortest, after.shortest), std::max(ends.longest, after.longest)};
    }
  } else if (const int32_t end = Step(instruction, pos); end >= 0) {
    ends = EndsFrom(instruction.next, end);
  }
  memo_[cell] = {generation_, ends};
  return ends;
}

bool Matcher::Walk(int32_t pc, int32_t pos, int32_t target, std::vector<CaptureSpan>* captures) {
  const Ends ends = EndsFrom(pc, pos);
  if (ends.longest < target || ends.shortest > target) return false;
  const size_t cell = Cell(pc, pos);
  if (failed_stamp_[cell] == walk_generation_) return false;
  ++work_;
  const Instruction& instruction = program_->code[static_cast<size_t>(pc)];
  if (instruction.op == Op::kMatch) return pos == target;
  if (instruction.op == Op::kSplit) {
    if (Walk(instruction.next, pos, target, captures) || Walk(instruction.alt, pos, target, captures))
      return true;
  } else if (instruction.op == Op::kGap) {
    for (int32_t at = pos, last = std::min(GapEnd(instruction, pos), target); at <= last; ++at)
      if (Walk(instruction.next, at, target, captures)) return true;
  } else if (const int32_t end = Step(instruction, pos); end >= 0 && end <= target) {
    if (Walk(instruction.next, end, target, captures)) {
      if (instruction.capture >= 0)
        captures->push_back({pc, static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
      return true;
    }
  }
  failed_stamp_[cell] = walk_generation_;
  return false;
}

void Matcher::FindAll(const Program& program, SentenceFacts& facts, std::vector<Match>* out) {
  if (program.empty()) return;
  Begin(program, facts, /*prune=*/true);
  for (int32_t pos = NextStart(0); pos < size_; pos = NextStart(pos)) {
    const int32_t end = EndsFrom(program.start, pos).longest;
    if (end <= pos) {
      ++pos;
      continue;
    }
    if (++walk_generation_ == 0) {
      std::fill(failed_stamp_.begin(), failed_stamp_.end(), 0);
      walk_generation_ = 1;
    }
    Match match;
    match.begin = static_cast<uint32_t>(pos);
    match.end = static_cast<uint32_t>(end);
    Walk(program.start, pos, end, &match.captures);
    std::reverse(match.captures.begin(), match.captures.end());  // collected innermost first
    out->push_back(std::move(match));
    pos = end;
  }
}

int32_t Matcher::LongestAt(const Program& program, SentenceFacts& facts, size_t pos) {
  if (program.empty()) return -1;
  Begin(program, facts, /*prune=*/false);
  return EndsFrom(program.start, static_cast<int32_t>(pos)).longest;
}

bool Matcher::MatchWithin(const Program& program, SentenceFacts& facts, size_t from, size_t to,
                          size_t* where) {
  if (program.empty()) return false;
  Begin(program, facts, /*prune=*/true);
  for (size_t pos = from; pos < to && pos < facts.size(); ++pos) {
    const Ends ends = EndsFrom(program.start, static_cast<int32_t>(pos));
    if (ends.longest > static_cast<int32_t>(pos) && ends.shortest <= static_cast<int32_t>(to)) {
      *where = pos;
      return true;
    }
  }
  return false;
}

bool Matcher::MatchesAnywhere(const Program& program, SentenceFacts& facts) {
  if (program.empty()) return false;
  Begin(program, facts, /*prune=*/true);
  for (int32_t pos = NextStart(0); pos < size_; pos = NextStart(pos + 1))
    if (EndsFrom(program.start, pos).longest > pos) return true;
  return false;
}

Stop Matcher::FindStop(const Program& program, SentenceFacts& facts) {
  Stop stop;
  if (program.empty()) return stop;
  Begin(program, facts, /*prune=*/false);
  // Forward reachability: every jump goes to a lower instruction, so
  // visiting positions upwards and instructions downwards sees each pair
  // after everything that leads to it. The ends memo doubles as the
  // "reached" mark here, under its own generation.
  const int32_t instructions = static_cast<int32_t>(program.code.size());
  auto reached = [&](int32_t pc, int32_t pos) -> bool {
    return memo_[Cell(pc, pos)].stamp == generation_;
  };
  auto reach = [&](int32_t pc, int32_t pos) { memo_[Cell(pc, pos)].stamp = generation_; };
  for (int32_t pos = 0; pos < size_; ++pos) reach(program.start, pos);
  int best_column = -1;
  for (int32_t pos = 0; pos <= size_; ++pos) {
    for (int32_t pc = instructions - 1; pc >= 0; --pc) {
      if (!reached(pc, pos)) continue;
      ++work_;
      const Instruction& instruction = program.code[static_cast<size_t>(pc)];
      if (instruction.op == Op::kSplit) {
        reach(instruction.next, pos);
        reach(instruction.alt, pos);
      } else if (instruction.op == Op::kGap) {
        for (int32_t at = pos, last = GapEnd(instruction, pos); at <= last; ++at) reach(instruction.next, at);
      } else if (instruction.op != Op::kMatch) {
        const int32_t end = Step(instruction, pos);
        if (end >= 0) {
          reach(instruction.next, end);
        } else if (instruction.op != Op::kAnyToken && instruction.element >= 0) {
          const int column = program.elements[static_cast<size_t>(instruction.element)].column;
          if (column > best_column) {
            best_column = column;
            stop.element = instruction.element;
            stop.token = pos < size_ ? pos : -1;
          }
        }
      }
    }
  }
  // The marks are not ends: make sure no later question reads them as such.
  if (++generation_ == 0) {
    for (Memo& memo : memo_) memo.stamp = 0;
    generation_ = 1;
  }
  return stop;
}

}  // namespace parley
