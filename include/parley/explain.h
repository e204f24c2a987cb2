// `parley explain`: a document's sentences and tokens, for a person (text)
// or a program (JSON); with a rule set, also each sentence's claims, the
// matches that yielded none (and why) and the rules that nearly matched.
#ifndef PARLEY_EXPLAIN_H_
#define PARLEY_EXPLAIN_H_

#include <ostream>
#include <vector>

#include "parley/claim.h"
#include "parley/document.h"
#include "parley/extractor.h"
#include "parley/segmenter.h"

namespace parley {

// What a rule set made of the document: its claims and, per sentence, the
// matches that yielded none and the near misses.
struct ExplainedRules {
  const std::vector<Claim>* claims = nullptr;
  const std::vector<SentenceExplanation>* sentences = nullptr;
};

// One JSON object on one line: the document's metadata and its sentences,
// each with line, column, paragraph, byte offsets, text and tokens.
void WriteExplainJson(const Document& document, const Segmentation& segmentation,
                      std::ostream& out, const ExplainedRules* rules = nullptr);

// The same, laid out for reading in a terminal.
void WriteExplainText(const Document& document, const Segmentation& segmentation,
                      std::ostream& out, const ExplainedRules* rules = nullptr);

}  // namespace parley

#endif  // PARLEY_EXPLAIN_H_
