// Spans of time for {name:duration} (SPEC §2): a number or a word for one,
// then a unit — "30 Tage", "30-tägige", "binnen 50 Tagen", "einen Monat",
// "30-day", "two weeks", "seven years". A week is 7 days, a month 30, a year 365.
#ifndef PARLEY_ENGINE_MATCH_DURATIONS_H_
#define PARLEY_ENGINE_MATCH_DURATIONS_H_

#include <string_view>

#include "parley/language.h"
#include "parley/segmenter.h"

namespace parley {

// Days per unit for a folded unit word of the language ("tage", "tägige",
// "weeks"), or 0 when it is none.
int UnitDays(Language language, std::string_view folded);

// Whether a folded word stands for the number one before a unit ("einen
// Monat", "a week"); number words proper are number tokens already.
bool IsWordForOne(Language language, std::string_view folded);

}  // namespace parley

#endif  // PARLEY_ENGINE_MATCH_DURATIONS_H_
