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

// What the sentence corrections need to know of a token beyond Token.
struct TokenTraits {
  bool abbreviation = false;    // ends in its own dot: "Dr.", "z. B.", "U.S."
  bool starts_upper = false;    // first letter is uppercase
  bool single_letter = false;   // "J" of "Donald J. Trump"
  bool short_integer = false;   // 1–3 digits, an ordinal candidate
};

class Tokenizer {
 public:
  Tokenizer(Language language, icu::BreakIterator* words, Folder* folder)
      : language_(language), words_(words), folder_(folder) {}

  // Tokenizes all of `text`, whose UTF-16 form `utf16` the word iterator
  // has been given. Token offsets are those in `text` plus `base`; folded
  // forms are appended to out->folds. `traits` gets one entry per token.
  void Tokenize(std::string_view text, const Utf16Text& utf16, uint32_t base, Segmentation* out,
                std::vector<TokenTraits>* traits);

 private:
  size_t AbbreviationEnd(std::string_view text, size_t start, size_t end);
  void Emit(std::string_view text, size_t start, size_t end, uint32_t base, bool number_status,
            bool abbreviation, Segmentation* out, std::vector<TokenTraits>* traits);

  Language language_;
  icu::BreakIterator* words_;
  Folder* folder_;
  std::string scratch_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_TOKENIZER_H_
