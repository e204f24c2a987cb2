// Small helpers shared by the unit tests.
#ifndef PARLEY_TESTS_UNIT_TEST_SUPPORT_H_
#define PARLEY_TESTS_UNIT_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <vector>

#include "parley/segmenter.h"

namespace parley::testing {

inline std::unique_ptr<Segmenter> MakeSegmenter(Language language) {
  Status status;
  auto segmenter = Segmenter::Create(language, &status);
  if (!segmenter) throw std::runtime_error(status.ToString());
  return segmenter;
}

// The sentences of `text`, as SentenceText gives them.
inline std::vector<std::string> Sentences(const std::string& text, Language language) {
  auto segmenter = MakeSegmenter(language);
  Segmentation segmentation;
  segmenter->Segment(text, 0, 1, &segmentation);
  std::vector<std::string> out;
  for (const Sentence& sentence : segmentation.sentences)
    out.push_back(Segmentation::SentenceText(text, sentence));
  return out;
}

// The folded tokens of a fragment, joined by single spaces.
inline std::string Folds(const std::string& text, Language language) {
  auto segmenter = MakeSegmenter(language);
  Segmentation segmentation;
  segmenter->Tokenize(text, &segmentation);
  std::string out;
  for (const Token& token : segmentation.tokens) {
    if (!out.empty()) out += ' ';
    out += segmentation.Fold(token);
  }
  return out;
}

}  // namespace parley::testing

#endif  // PARLEY_TESTS_UNIT_TEST_SUPPORT_H_
