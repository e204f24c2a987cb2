// Tokens from ICU's word breaks, corrected as SPEC §2 says: hyphens and
// punctuation separate; abbreviations keep their dots and stay whole, also
// when written with spaces ("z. B." is one token "z.b."); English clitics
// split off as in the Penn Treebank ("Ukraine's" → "Ukraine" "'s", "didn't"
// → "did" "n't"); numbers get their value.
#ifndef PARLEY_ENGINE_SEGMENT_TOKENIZER_H_
#define PARLEY_ENGINE_SEGMENT_TOKENIZER_H_

#include <unicode/brkiter.h>

#include <string_view>
#include <vector>

#include "parley/language.h"
#include "parley/segmenter.h"
#include "segment/fold.h"
#include "segment/utf16_text.h"

namespace parley {

class Tokenizer {
 public:
  Tokenizer(Language language, icu::BreakIterator* words, Folder* folder)
      : language_(language), words_(words), folder_(folder) {}

  // Tokenizes all of `text`, whose UTF-16 form `utf16` the word iterator
  // has been given. Token offsets are those in `text` plus `base`; folded
  // forms are appended to out->folds.
  void Tokenize(std::string_view text, const Utf16Text& utf16, uint32_t base, Segmentation* out);

 private:
  size_t AbbreviationEnd(std::string_view text, size_t start, size_t end);
  inline void Emit(std::string_view text, size_t start, size_t end, uint32_t base, bool number_status,
            bool abbreviation, Segmentation* out);

  Language language_;
  icu::BreakIterator* words_;
  Folder* folder_;
  std::string scratch_;
  size_t folds_end_ = 0;  // where the next folded form goes in Segmentation::folds
};

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_TOKENIZER_H_
