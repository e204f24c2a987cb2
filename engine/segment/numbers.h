// Numbers in tokens: digits with thousands and decimal separators, and
// number words ("dreißig", "einundzwanzig", "thirty", "thousand").
#ifndef PARLEY_ENGINE_SEGMENT_NUMBERS_H_
#define PARLEY_ENGINE_SEGMENT_NUMBERS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "parley/language.h"

namespace parley {

// "30", "1,000", "1.000", "2,5", "1.000,50", "3.14". Both "1,000" and "1.000"
// are 1000 (a group of exactly three digits after one separator is a
// thousands group). Returns nullopt for what is no number ("16.05.2025").
// (Results come back through `value`, not std::optional: this runs for every
// token, and a returned optional<double> stalls store forwarding.)
bool ParseDigitNumber(std::string_view digits, double* value);

// A folded number word of the language: German compounds included
// ("zweihundertfünfzig"). "ein"/"a" are articles, not numbers.
bool ParseNumberWord(Language language, std::string_view folded_word, double* value);

// A cheap test that rules out most words before ParseNumberWord: every number
// word starts and ends with one of a few letters.
inline bool MayBeNumberWord(Language language, std::string_view folded_word) {
  if (folded_word.size() < 3) return false;
  // Bit (c - 'a') is set for each letter c that can start or end a number word.
  constexpr auto Mask = [](std::string_view letters) {
    uint32_t mask = 0;
    for (char c : letters) mask |= 1u << (c - 'a');
    return mask;
  };
  // eins zwölf dreißig vier fünf sechs acht neun hundert tausend million …
  constexpr uint32_t kGermanFirst = Mask("ezdvfsanhtm");
  constexpr uint32_t kGermanLast = Mask("sirfntdgle");
  // one two … hundred thousand million billion dozen
  constexpr uint32_t kEnglishFirst = Mask("otfsenhmzdb");
  constexpr uint32_t kEnglishLast = Mask("eorxnytdv");
  const unsigned first = static_cast<unsigned char>(folded_word.front()) - 'a';
  const unsigned last = static_cast<unsigned char>(folded_word.back()) - 'a';
  if (first >= 26 || last >= 26) return false;
  const bool german = language == Language::kGerman;
  return ((german ? kGermanFirst : kEnglishFirst) >> first & 1) &&
         ((german ? kGermanLast : kEnglishLast) >> last & 1);
}

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_NUMBERS_H_
