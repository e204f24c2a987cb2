#include "segment/sentence_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "segment/language_data.h"
#include "segment/quotes.h"

namespace parley {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool StartsUpper(std::string_view token_text) {
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(token_text.data(), i, static_cast<int32_t>(token_text.size()), c);
  return u_isupper(c) || u_istitle(c);
}

bool IsSingleLetter(std::string_view token_text) {
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(token_text.data(), i, static_cast<int32_t>(token_text.size()), c);
  return static_cast<size_t>(i) == token_text.size() && u_isalpha(c);
}

// 1–3 digits: a German ordinal candidate ("16." of "am 16. Mai").
bool IsShortInteger(std::string_view fold) {
  if (fold.empty() || fold.size() > 3) return false;
  for (char c : fold)
    if (c < '0' || c > '9') return false;
  return true;
}

// Whether ICU's break at `boundary` (between tokens[before] and
// tokens[before + 1]) should stand.
bool KeepBreak(Language language, std::string_view text, uint32_t base, size_t boundary,
               const Segmentation& segmentation, size_t before) {
  const Token& token = segmentation.tokens[before];
  const size_t token_end = token.end - base;
  if (token_end > boundary) return false;  // ICU broke inside "z. B."

  // Only "word." followed by spaces is a candidate; a line break kept by the
  // line layout, a closing quote or "!"/"?" always ends the sentence.
  size_t i = token_end;
  if (!token.is_abbreviation) {
    if (i >= text.size() || text[i] != '.') return true;
    ++i;
  }
  for (; i < boundary; ++i)
    if (!IsSpace(text[i]) || text[i] == '\n') return true;

  if (before + 1 >= segmentation.tokens.size()) return true;
  const Token& next = segmentation.tokens[before + 1];
  if (next.start - base > boundary + 4) return true;
  const std::string_view fold = segmentation.Fold(token);
  const std::string_view next_fold = segmentation.Fold(next);

  if (token.is_abbreviation) {
    if (IsTitleAbbreviation(language, fold)) return false;
    if (IsSentenceFinalAbbreviation(language, fold)) return true;
    return IsSentenceStarter(language, next_fold);
  }
  if (language == Language::kGerman && IsShortInteger(fold)) {
    if (IsMonthOrOrdinalNoun(language, next_fold)) return false;
    if (before > 0 && IntroducesOrdinal(language, segmentation.Fold(segmentation.tokens[before - 1])))
      return false;
    return true;
  }
  const std::string_view token_text = text.substr(token.start - base, token.end - token.start);
  const std::string_view next_text = text.substr(next.start - base, next.end - next.start);
  if (IsSingleLetter(token_text) && StartsUpper(token_text) && StartsUpper(next_text) &&
      !IsSentenceStarter(language, next_fold))
    return false;  // an initial
  return true;
}

}  // namespace

void FindSentenceEnds(Language language, icu::BreakIterator* sentences, std::string_view text,
                      const Utf16Text& utf16, uint32_t base, const Segmentation& segmentation,
                      std::vector<uint32_t>* ends) {
  ends->clear();
  std::vector<std::pair<uint32_t, uint32_t>> quotes;
  FindAttributedQuotes(language, text, &quotes);
  size_t quote = 0;  // the first quotation that does not end before the boundary
  Utf16Text::Cursor cursor(utf16);
  size_t next_token = 0;  // the first token that starts at or after the boundary
  sentences->first();
  for (int32_t boundary = sentences->next(); boundary != icu::BreakIterator::DONE;
       boundary = sentences->next()) {
    const size_t b = cursor.ToUtf8(boundary);
    if (b >= text.size()) break;
    while (next_token < segmentation.tokens.size() &&
           segmentation.tokens[next_token].start - base < b)
      ++next_token;
    while (quote < quotes.size() && quotes[quote].second <= b) ++quote;
    if (quote < quotes.size() && quotes[quote].first < b) continue;  // inside „…“, sagte er
    if (next_token == 0 ||
        KeepBreak(language, text, base, b, segmentation, next_token - 1))
      ends->push_back(static_cast<uint32_t>(b));
  }
  ends->push_back(static_cast<uint32_t>(text.size()));
}

}  // namespace parley
