// Stages 3 and 4 of the pipeline: match a rule set's patterns against the
// sentences of a document and turn the matches into claims (SPEC §2, §3).
//
//   std::shared_ptr<const CompiledRules> rules = CompiledRules::Compile(rule_set, &status);
//   std::unique_ptr<Extractor> extractor = Extractor::Create(rules, &status);
//   extractor->Extract(document, &claims);
//
// Matching is linear in the number of candidate rules and polynomial in the
// sentence length whatever the patterns: patterns have no repetition, so a
// match is found by dynamic programming over (pattern step, token) pairs,
// never by exponential backtracking. A sentence is tried only against the
// rules whose indexed literal tokens occur in it.
#ifndef PARLEY_EXTRACTOR_H_
#define PARLEY_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "parley/claim.h"
#include "parley/document.h"
#include "parley/rule_set.h"
#include "parley/segmenter.h"
#include "parley/status.h"

namespace parley {

// A rule set compiled for matching. Immutable once made: one CompiledRules
// may be shared by any number of Extractors on any number of threads.
class CompiledRules {
 public:
  // `rules` must be a rule set that LoadRuleSet accepted. Fails only when ICU
  // lacks its data (a broken installation). The rule set is copied.
  static std::shared_ptr<const CompiledRules> Compile(const RuleSet& rules, Status* status);
  ~CompiledRules();

  const RuleSet& rule_set() const;

  class Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit CompiledRules(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Why a sentence did or did not yield claims, for `parley explain`.
struct ExplainedMatch {
  std::string rule;
  uint32_t first_token = 0;  // the match: the sentence's tokens [first_token, end_token)
  uint32_t end_token = 0;
  // Captures as shown to a reader, in pattern order: {"actor", "UKR"}, {"days", "30"}.
  std::vector<std::pair<std::string, std::string>> captures;
  bool yielded = false;  // at least one claim of this match was kept
  // "claim", or why no claim came of it: negation, an unless pattern, no
  // actor, overlap with a longer match, merged into an identical claim.
  std::string outcome;
};

struct NearMiss {
  std::string rule;
  int column = 0;       // 1-based column in the rule's pattern of the element that failed
  std::string element;  // that element as written ("@DEMAND", "{actor}", "waffenruhe")
  int token = -1;       // index into the sentence's tokens where it failed; -1: the sentence ended
};

struct SentenceExplanation {
  std::vector<ExplainedMatch> matches;
  std::vector<NearMiss> near_misses;  // candidate rules that found no match
};

// Extracts claims. Holds per-thread state (segmenters and scratch space):
// give each thread its own Extractor over a shared CompiledRules.
class Extractor {
 public:
  static std::unique_ptr<Extractor> Create(std::shared_ptr<const CompiledRules> rules,
                                           Status* status);
  ~Extractor();

  // Segments `document` and appends its claims to `claims` in sentence order
  // (within a sentence: by position, then rule order). With `explanation`,
  // also fills one SentenceExplanation per sentence.
  void Extract(const Document& document, std::vector<Claim>* claims,
               std::vector<SentenceExplanation>* explanation = nullptr);

  // The segmentation of the last document extracted.
  const Segmentation& segmentation() const;

  // Matching steps (pattern step × token pairs visited) since creation: a
  // measure of work that tests can bound without timing anything.
  uint64_t work() const;

  const CompiledRules& rules() const;

  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

 private:
  class Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley

#endif  // PARLEY_EXTRACTOR_H_
