// Units of time and words for "one", per language.
#include "match/durations.h"

#include <array>

namespace parley {
namespace {

struct Unit {
  std::string_view stem;
  int days;
};

// German nouns and their adjective forms ("30-tägige Waffenruhe") share a
// stem; the endings that may follow each are listed once.
constexpr std::array<Unit, 8> kGermanUnits = {{{"tag", 1},
                                                {"tägig", 1},
                                                {"woche", 7},
                                                {"wöchig", 7},
                                                {"monat", 30},
                                                {"monatig", 30},
                                                {"jahr", 365},
                                                {"jährig", 365}}};

// ("woche" + "n" is "wochen".)
constexpr std::array<std::string_view, 8> kGermanEndings = {"", "e", "en", "er", "es", "em", "s", "n"};

constexpr std::array<Unit, 4> kEnglishUnits = {{{"day", 1}, {"week", 7}, {"month", 30}, {"year", 365}}};

}  // namespace

int UnitDays(Language language, std::string_view folded) {
  if (language == Language::kGerman) {
    for (const Unit& unit : kGermanUnits) {
      if (!folded.starts_with(unit.stem)) continue;
      const std::string_view ending = folded.substr(unit.stem.size());
      for (std::string_view allowed : kGermanEndings)
        if (ending == allowed) return unit.days;
    }
    return 0;
  }
  for (const Unit& unit : kEnglishUnits) {
    if (!folded.starts_with(unit.stem)) continue;
    const std::string_view ending = folded.substr(unit.stem.size());
    if (ending.empty() || ending == "s") return unit.days;
  }
  return 0;
}

bool IsWordForOne(Language language, std::string_view folded) {
  if (language == Language::kGerman)
    return folded == "ein" || folded == "eine" || folded == "einen" || folded == "einem" ||
           folded == "einer" || folded == "eines";
  return folded == "a" || folded == "an" || folded == "one";
}

}  // namespace parley
