// Numbers in tokens: digits with thousands and decimal separators, and
// number words ("dreißig", "einundzwanzig", "thirty", "thousand").
#ifndef PARLEY_ENGINE_SEGMENT_NUMBERS_H_
#define PARLEY_ENGINE_SEGMENT_NUMBERS_H_

#include <optional>
#include <string_view>

#include "parley/language.h"

namespace parley {

// "30", "1,000", "1.000", "2,5", "1.000,50", "3.14". Both "1,000" and "1.000"
// are 1000 (a group of exactly three digits after one separator is a
// thousands group). Returns nullopt for what is no number ("16.05.2025").
std::optional<double> ParseDigitNumber(std::string_view digits);

// A folded number word of the language: German compounds included
// ("zweihundertfünfzig"). "ein"/"a" are articles, not numbers.
std::optional<double> ParseNumberWord(Language language, std::string_view folded_word);

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_NUMBERS_H_
