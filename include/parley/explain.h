// `parley explain`: a document's sentences and tokens, for a person (text)
// or a program (JSON). Later stages add claims and near misses.
#ifndef PARLEY_EXPLAIN_H_
#define PARLEY_EXPLAIN_H_

#include <ostream>

#include "parley/document.h"
#include "parley/segmenter.h"

namespace parley {

// One JSON object on one line: the document's metadata and its sentences,
// each with line, column, paragraph, byte offsets, text and tokens.
void WriteExplainJson(const Document& document, const Segmentation& segmentation,
                      std::ostream& out);

// The same, laid out for reading in a terminal.
void WriteExplainText(const Document& document, const Segmentation& segmentation,
                      std::ostream& out);

}  // namespace parley

#endif  // PARLEY_EXPLAIN_H_
