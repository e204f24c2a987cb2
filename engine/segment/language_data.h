// Word lists that correct ICU's sentence and word breaks for news text.
// Every list holds case-folded forms; all are immutable.
#ifndef PARLEY_ENGINE_SEGMENT_LANGUAGE_DATA_H_
#define PARLEY_ENGINE_SEGMENT_LANGUAGE_DATA_H_

#include <string_view>

#include "parley/language.h"

namespace parley {

// An abbreviation, written without spaces and with its final dot, folded:
// "dr.", "z.b.", "u.s.". A sentence never ends at one unless the next word
// starts a sentence (see IsSentenceStarter); titles ("dr.", "mr.") never end
// one. As tokens they stay whole ("z. B." is one token "z.b.").
bool IsAbbreviation(Language language, std::string_view folded_with_dot);
bool IsTitleAbbreviation(Language language, std::string_view folded_with_dot);

// False when no abbreviation of the language starts with a part of this
// length (in bytes, 1–7) and this first byte: a cheap test before the lists.
bool MayStartAbbreviation(Language language, size_t part_size, char first_byte);
// Abbreviations that usually close a list and with it the sentence ("usw.", "etc.").
bool IsSentenceFinalAbbreviation(Language language, std::string_view folded_with_dot);

// Words that begin sentences and rarely follow an abbreviation mid-sentence
// ("The", "Die", "Er"): after "U.S." or "bzw." they mean a sentence ended.
bool IsSentenceStarter(Language language, std::string_view folded_word);

// German ordinals: "am 16. Mai", "zum 3. Mal". A number and a dot do not end
// a sentence when the next word is a month or a counted noun, or when the
// word before the number is one that introduces an ordinal.
bool IsMonthOrOrdinalNoun(Language language, std::string_view folded_word);
bool IntroducesOrdinal(Language language, std::string_view folded_word);

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_LANGUAGE_DATA_H_
