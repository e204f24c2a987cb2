// ICU's sentence breaks, corrected for news text with what the tokenizer
// knows: no break inside or after an abbreviation ("z. B.", "Dr.", "U.S."
// before a word that does not start a sentence), after a German ordinal
// ("am 16. Mai", "zum 3. Mal") or after a name's initial ("Donald J. Trump").
#ifndef PARLEY_ENGINE_SEGMENT_SENTENCE_BREAKS_H_
#define PARLEY_ENGINE_SEGMENT_SENTENCE_BREAKS_H_

#include <unicode/brkiter.h>

#include <string_view>
#include <vector>

#include "parley/language.h"
#include "parley/segmenter.h"
#include "segment/tokenizer.h"
#include "segment/utf16_text.h"

namespace parley {

// The offsets in `text` where sentences end, ascending, the last one
// text.size(). `sentences` has been given the UText of `utf16`, the UTF-16
// form of `text`; `tokens` are the tokens of `text`, offsets shifted by
// `base`.
void FindSentenceEnds(Language language, icu::BreakIterator* sentences, std::string_view text,
                      const Utf16Text& utf16, uint32_t base, const Segmentation& tokens,
                      std::vector<uint32_t>* ends);

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_SENTENCE_BREAKS_H_
