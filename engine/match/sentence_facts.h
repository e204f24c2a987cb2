// What matching needs to know about one sentence beyond its tokens: where
// actor mentions and lists are (SPEC §2 "actor list"), where spans of time
// are, and where commas stand. Worked out lazily, once per position.
#ifndef PARLEY_ENGINE_MATCH_SENTENCE_FACTS_H_
#define PARLEY_ENGINE_MATCH_SENTENCE_FACTS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "match/literal_index.h"
#include "match/program.h"
#include "parley/segmenter.h"

namespace parley {

class Matcher;

// The aliases of every actor in one language, compiled.
class ActorAliases {
 public:
  // `aliases[a]` are the parsed aliases of actor a (by rule-set index);
  // `members[a]` every actor that group a contains, through nested groups.
  ActorAliases(Language language, const std::vector<std::vector<PatternNode>>& aliases,
               std::vector<std::vector<int32_t>> members);

  Language language() const { return language_; }
  // Whether a mention of `mentioned` counts for `wanted`: the same actor, or
  // a group that contains it.
  bool Fits(int32_t mentioned, int32_t wanted) const;
  const Program& program(size_t actor) const { return programs_[actor]; }
  const LiteralIndex& first_words() const { return first_words_; }

 private:
  Language language_;
  std::vector<Program> programs_;  // per actor; empty when it has no alias in this language
  LiteralIndex first_words_;       // the words an alias can begin with -> actor
  std::vector<std::vector<int32_t>> members_;  // sorted
};

class SentenceFacts {
 public:
  struct ActorList {
    int32_t end = -1;             // one past the list's last token; -1: no list starts here
    std::vector<int32_t> actors;  // in the order mentioned, without repeats
  };

  // `aliases` and `matcher` must outlive the facts' use; `matcher` is used
  // for aliases only, so it must not be the one matching rules.
  void Reset(std::string_view text, const Segmentation& segmentation, const Sentence& sentence,
             const ActorAliases* aliases, Matcher* alias_matcher);

  size_t size() const { return tokens_.size(); }
  const Token& token(size_t i) const { return tokens_[i]; }
  std::string_view Fold(size_t i) const { return folds_[i]; }
  uint64_t FoldHash(size_t i) const { return hashes_[i]; }  // WordHash(Fold(i))
  std::string_view Text(size_t i) const { return Segmentation::Text(text_, tokens_[i]); }
  Language language() const { return aliases_->language(); }

  // The mention or list of mentions that starts at `pos`, an article before
  // each allowed: "Polen, Rumänien und Litauen", "Russlands und der Ukraine".
  const ActorList& ListAt(size_t pos);

  // The span of time that starts at `pos`: returns its end and sets `days`,
  // or returns -1.
  int32_t DurationAt(size_t pos, double* days) const;

  // Whether the list names `wanted` or a group that contains it.
  bool ListFits(const ActorList& list, int32_t wanted) const;
  bool Fits(int32_t mentioned, int32_t wanted) const { return aliases_->Fits(mentioned, wanted); }

 private:
  // The longest single mention at `pos` (article excluded), or -1.
  int32_t MentionAt(size_t pos, int32_t* actor);
  // A list item at `pos`: an optional article, then a mention.
  int32_t ItemAt(size_t pos, int32_t* actor);
  bool CommaBefore(size_t pos) const;
  bool OnlySpaceBefore(size_t pos) const;  // nothing but whitespace between token pos-1 and pos
  size_t ConjunctionAt(size_t pos) const;  // its length in tokens, 0 if none

  std::string_view text_;
  std::span<const Token> tokens_;
  std::vector<std::string_view> folds_;
  std::vector<uint64_t> hashes_;
  const ActorAliases* aliases_ = nullptr;
  Matcher* alias_matcher_ = nullptr;
  std::vector<int32_t> mention_end_;    // -2: not yet known
  std::vector<int32_t> mention_actor_;
  std::vector<ActorList> lists_;
  std::vector<bool> list_known_;
  std::vector<uint32_t> candidates_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_SENTENCE_FACTS_H_
