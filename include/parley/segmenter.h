// Stage 2 of the pipeline: sentences, paragraphs and tokens (SPEC §2,
// "Tokens, sentences, paragraphs").
//
// Sentences follow ICU's sentence breaks, corrected for news text: German
// ordinals and dates ("am 16. Mai"), abbreviations ("z. B.", "Dr.", "U.S."),
// headlines and list items without final punctuation (a sentence of their
// own) and hard-wrapped lines (which do not end a sentence). Tokens follow
// ICU's word breaks: hyphens separate, English clitics split off ("'s",
// "n't"), abbreviations stay whole, and every token carries its byte offsets,
// its case-folded form and whether it is a number.
//
// Every offset and line refers to Document::text as read; matching uses the
// folded forms, which are NFC-normalised and fully case-folded.
#ifndef PARLEY_SEGMENTER_H_
#define PARLEY_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "parley/language.h"
#include "parley/limits.h"
#include "parley/status.h"

namespace parley {

struct Token {
  uint32_t start = 0;  // byte offsets into the segmented text, [start, end)
  uint32_t end = 0;
  uint32_t fold_offset = 0;  // the folded form, inside Segmentation::folds
  uint32_t fold_size = 0;
  bool is_number = false;        // digits ("30", "1.000") or a number word ("dreißig")
  bool is_abbreviation = false;  // ends in its own dot: "Dr.", "z. B." (folded "z.b."), "U.S."
  double value = 0;              // the number's value when is_number
};

struct Sentence {
  uint32_t start = 0;  // byte offsets of the sentence, [start, end)
  uint32_t end = 0;
  int line = 1;         // 1-based line of `start`
  int column = 1;       // 1-based column (in characters) of `start`
  int paragraph = 0;    // 0-based paragraph index within the document
  uint32_t first_token = 0;  // the sentence's tokens: tokens[first_token, +token_count)
  uint32_t token_count = 0;
  // A sentence longer than the SentenceLimits it was segmented with is not
  // matched: its tokens are left out (token_count is 0), `over_limit` says
  // which limit it broke and `size` how long it is by that measure.
  enum class OverLimit : uint8_t { kNone, kChars, kTokens };
  OverLimit over_limit = OverLimit::kNone;
  uint32_t size = 0;
};

// The sentences and tokens of one text. It refers to the text by offsets
// only; the accessors that return text take the text they were made from.
class Segmentation {
 public:
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string folds;  // every token's folded form, back to back

  std::span<const Token> TokensOf(const Sentence& sentence) const {
    return {tokens.data() + sentence.first_token, sentence.token_count};
  }
  std::string_view Fold(const Token& token) const {
    return std::string_view(folds).substr(token.fold_offset, token.fold_size);
  }
  static std::string_view Text(std::string_view text, const Token& token) {
    return text.substr(token.start, token.end - token.start);
  }
  // The sentence as it stands in the text, whitespace runs folded to one space.
  static std::string SentenceText(std::string_view text, const Sentence& sentence);
};

// Segments texts of one language. Creating one is costly (it builds ICU
// break iterators); reuse it for many texts. One Segmenter must not be used
// by two threads at once: give each thread its own.
class Segmenter {
 public:
  // Fails only when ICU lacks its data, which is a broken installation.
  static std::unique_ptr<Segmenter> Create(Language language, Status* status);
  ~Segmenter();

  Language language() const;

  // Segments text[begin, text.size()) of a valid UTF-8 text. `first_line` is
  // the 1-based line number of `begin` within the file it came from.
  // Sentences over `limits` keep no tokens (Sentence::over_limit).
  void Segment(std::string_view text, uint32_t begin, int first_line, Segmentation* out,
               const SentenceLimits& limits = SentenceLimits());

  // Segments a document's body, with the document's sentence limits.
  void Segment(const Document& document, Segmentation* out) {
    Segment(document.text, document.body_offset, document.body_line, out,
            document.sentence_limits);
  }

  // Tokenizes a fragment (a phrase of a pattern, an alias) exactly as the
  // same words are tokenized inside a sentence; no sentence splitting.
  void Tokenize(std::string_view text, Segmentation* out);

  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

 private:
  class Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Warns about the sentences of `document` that were too long to be matched
// (Sentence::over_limit): at FILE:LINE:COLUMN of each, naming the limit and
// the flag that raises it, at most kMaxSentenceWarnings per document and
// then one that counts the rest. In a .jsonl document the place is the
// file's line, and the sentence's line and column in the text are named.
inline constexpr size_t kMaxSentenceWarnings = 5;
// Why a sentence is not matched: "2500 tokens, over the limit of 2000
// (--max-sentence-tokens raises it)"; empty for a sentence within `limits`.
std::string OverLimitText(const Sentence& sentence, const SentenceLimits& limits);
void WarnAboutLongSentences(const Document& document, const Segmentation& segmentation,
                            Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_SEGMENTER_H_
