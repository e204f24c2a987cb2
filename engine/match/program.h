// Patterns compiled for matching: a small program of instructions, one per
// pattern step, in the style of a regular-expression virtual machine.
//
// The pattern language has no repetition (gaps are bounded), so every jump
// goes to a lower instruction index and a program is a directed acyclic
// graph. That is what keeps matching polynomial: the matcher visits each
// (instruction, token position) pair at most once per question it asks.
#ifndef PARLEY_ENGINE_MATCH_PROGRAM_H_
#define PARLEY_ENGINE_MATCH_PROGRAM_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "rules/pattern.h"

namespace parley {

struct Instruction {
  enum class Op : uint8_t {
    kToken,     // one token whose fold equals `text`
    kPrefix,    // one token whose fold starts with `text`
    kAnyToken,  // one token
    kGap,       // 0 to `gap` tokens, fewest preferred (the pattern's "...N")
    kActor,     // an actor mention or list, bound as the claim's actor
    kTarget,    // the same, bound as the claim's target
    kNumber,    // one number token
    kDuration,  // a span of time ("30 Tage", "two weeks")
    kWord,      // one token, captured as text
    kOneOf,     // one token whose fold is one of `words` or starts with one of `prefixes`
    kSplit,     // try `next`, then `alt`
    kMatch,     // the pattern matched
  };
  Op op = Op::kMatch;
  int32_t next = -1;     // the instruction that follows (for kSplit: the preferred branch)
  int32_t alt = -1;      // kSplit: the other branch
  int32_t capture = -1;  // capturing ops: index into Program::capture_names
  int32_t actor = -1;    // kActor/kTarget: only this actor (or its groups); -1: any actor
  int32_t element = -1;  // index into Program::elements: the pattern element it comes from
  int32_t gap = 0;       // kGap: the most tokens it may pass over
  std::string text;      // kToken/kPrefix: the folded word
  uint64_t hash = 0;     // kToken: WordHash(text)
  // kOneOf: alternatives of single words merged into one step (a lexicon
  // list is mostly that), so a token is looked up once instead of tried
  // against every alternative. `word_hashes` is sorted for binary search;
  // `words[i]` is the word whose hash is `word_hashes[i]`.
  std::vector<uint64_t> word_hashes;
  std::vector<std::string> words;
  std::vector<std::string> prefixes;
};

// A pattern element as the researcher wrote it, for explaining near misses.
struct ProgramElement {
  int column = 0;     // 1-based, in the rule's pattern
  std::string label;  // "waffenruhe", "bedingungslos*", "@DEMAND", "{actor}", "{days:duration}"
};

struct Program {
  std::vector<Instruction> code;
  int32_t start = -1;  // the entry instruction; -1 for an empty program
  std::vector<std::string> capture_names;
  std::vector<ProgramElement> elements;

  bool empty() const { return start < 0; }
};

// Lexicon entries of one language, parsed: list name -> entry trees.
using LexiconTrees = std::map<std::string, std::vector<PatternNode>, std::less<>>;

// Actor ids -> their index in the rule set, for {actor:ID}.
using ActorIds = std::map<std::string, int32_t, std::less<>>;

// Compiles a parsed pattern; @NAME elements are replaced by the alternation
// of the list's entries (recursively: entries may name lists). The rule set
// must have been checked (no unknown names, no cycles).
Program CompilePattern(const PatternNode& pattern, const LexiconTrees& lexicon,
                       const ActorIds& actors);

// Compiles alternatives (a lexicon list, the aliases of an actor) into one
// program that matches any of them, earlier ones preferred.
Program CompileAlternatives(const std::vector<const PatternNode*>& alternatives,
                            const LexiconTrees& lexicon, const ActorIds& actors);

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_PROGRAM_H_
