// Coverage of an analyze run (issue 5): how many documents and sentences
// were read, and which sentences look like claims the rules missed — a
// sentence that mentions an actor and a stance word yet yielded no claim.
// Stance words are the entries of the lexicon lists that rules name as @NAME
// and that are named after a stance (DEMAND, REJECT_VERB); when no list is
// named so, every list the rules name but NEGATION. Those sentences are where
// a researcher improves the rules.
#ifndef PARLEY_ENGINE_CLAIMS_COVERAGE_H_
#define PARLEY_ENGINE_CLAIMS_COVERAGE_H_

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "parley/comparison.h"
#include "parley/document.h"
#include "parley/extractor.h"
#include "parley/segmenter.h"

namespace parley {

class CoverageCounter {
 public:
  // `rules` must outlive the counter. Fails only when ICU lacks its data.
  static std::unique_ptr<CoverageCounter> Create(const CompiledRules& rules, Status* status);
  ~CoverageCounter();

  // Counts one document, given its segmentation and the claims extracted
  // from it (Extractor::segmentation() and the claims of that Extract call).
  void Add(const Document& document, const Segmentation& segmentation,
           const std::vector<Claim>& claims);

  // One document's part of the coverage, for runs on several threads: each
  // worker Count()s the documents it extracted with a counter of its own
  // (which keeps its totals unchanged), and the parts are Add()ed to one
  // counter in document order. The totals equal those of Add() above.
  struct Part {
    size_t sentences = 0;
    std::vector<std::string> unclaimed;
  };
  Part Count(const Document& document, const Segmentation& segmentation,
             const std::vector<Claim>& claims);
  void Add(Part part);

  // Sets documents_read, sentences and unclaimed (in document order, as
  // "doc:line: sentence") and marks them known.
  void Fill(Coverage* coverage) const;

  CoverageCounter(const CoverageCounter&) = delete;
  CoverageCounter& operator=(const CoverageCounter&) = delete;

 private:
  class Impl;
  explicit CoverageCounter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_CLAIMS_COVERAGE_H_
