// The pattern language of SPEC §2, parsed: a tree of elements whose literal
// words are already tokens, split by the same tokenizer as the text.
//
//   word  word*  (a | b c)  [a b]  ...  ...N  @NAME
//   {actor} {actor:ID} {target} {target:ID} {name:number} {name:duration} {name:word}
//
// Parsing checks the syntax only (brackets, gaps, empty alternatives,
// captures). Names of actors and lexicon lists are checked against the rule
// set by the loader.
#ifndef PARLEY_ENGINE_RULES_PATTERN_H_
#define PARLEY_ENGINE_RULES_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/segmenter.h"

namespace parley {

inline constexpr int kDefaultGap = 6;
inline constexpr int kMaxGap = 30;

enum class CaptureKind { kActor, kTarget, kNumber, kDuration, kWord };

struct PatternNode {
  enum class Kind {
    kSequence,     // children, one after another
    kAlternation,  // any one child (each a kSequence)
    kOptional,     // its one child (a kSequence), or nothing
    kToken,        // one token: `text` is its folded form; `prefix` for word*
    kGap,          // 0..max_gap tokens
    kLexicon,      // any entry of the list `text`
    kCapture,      // a capture; `text` is its name, `argument` an actor id or ""
  };
  Kind kind = Kind::kSequence;
  int column = 1;  // 1-based, in characters, where the element starts in the pattern
  std::string text;
  std::string argument;
  bool prefix = false;
  int max_gap = 0;
  CaptureKind capture = CaptureKind::kWord;
  std::vector<PatternNode> children;
};

// What may stand in a pattern: aliases allow neither captures nor gaps,
// lexicon entries everything but captures, rules everything.
enum class PatternUse { kRule, kLexiconEntry, kAlias };

struct PatternError {
  int column = 1;  // 1-based, in characters, inside the pattern
  std::string message;
};

// Parses `pattern`; literal words are tokenized by `segmenter` (the rule's
// language). Returns the tree (a kSequence) and appends every syntax error.
PatternNode ParsePattern(std::string_view pattern, PatternUse use, Segmenter& segmenter,
                         std::vector<PatternError>* errors);

// How many elements `pattern` has (words, gaps, @lists, captures and bracket
// groups, as the parser finds them), counting no further than `limit` + 1:
// a pattern far over a limit costs no more to count than one just over it.
size_t CountPatternElements(std::string_view pattern, PatternUse use, Segmenter& segmenter,
                            size_t limit);

// Whether the tree can match the empty token sequence (and only that is a
// fault: a pattern must consume at least one token).
bool MatchesEmpty(const PatternNode& node);

// Every lexicon name and actor id the tree refers to, with its node.
void CollectReferences(const PatternNode& node, std::vector<const PatternNode*>* lexicons,
                       std::vector<const PatternNode*>* actor_ids);

}  // namespace parley

#endif  // PARLEY_ENGINE_RULES_PATTERN_H_
