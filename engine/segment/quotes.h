// Attributed quotations: „Wir sind bereit. Jetzt ist Moskau am Zug“, sagte er.
//
// ICU ends a sentence at the full stop inside the quotation, which leaves a
// stray fragment and takes the quote away from its speaker. A quotation whose
// closing mark is followed by a comma or a lowercase word (or that ends with a
// comma: "…," he said) continues the sentence it stands in, so no sentence
// ends inside it.
#ifndef PARLEY_ENGINE_SEGMENT_QUOTES_H_
#define PARLEY_ENGINE_SEGMENT_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/language.h"

namespace parley {

// [open, close) byte spans of attributed quotations in `text`, ascending. A
// quotation never spans a line break (`text` has soft line breaks as spaces)
// or more than 1,000 bytes.
void FindAttributedQuotes(Language language, std::string_view text,
                          std::vector<std::pair<uint32_t, uint32_t>>* spans);

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_QUOTES_H_
