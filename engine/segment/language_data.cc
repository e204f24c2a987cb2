#include "segment/language_data.h"

#include <algorithm>
#include <array>

namespace parley {
namespace {

// Sorted at compile time so that lookups are binary searches.
template <size_t N>
constexpr std::array<std::string_view, N> Sorted(std::array<std::string_view, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

template <size_t N>
bool In(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

constexpr auto kGermanAbbreviations = Sorted(std::to_array<std::string_view>({
    "abs.",  "abt.",  "allg.", "art.",   "bd.",   "bzgl.", "bzw.",  "ca.",    "chr.",  "d.h.",
    "dipl.", "dr.",   "evtl.", "ggf.",   "gem.",  "hl.",   "hr.",   "i.d.r.", "inkl.", "jh.",
    "jr.",   "kath.", "lt.",   "max.",   "med.",  "mil.",  "min.",  "mio.",   "mrd.",  "nr.",
    "o.ä.",  "prof.", "s.o.",  "s.u.",   "sen.",  "sog.",  "st.",   "str.",   "tel.",  "u.a.",
    "u.ä.",  "u.u.",  "usw.",  "u.v.m.", "v.a.",  "vgl.",  "z.b.",  "z.t.",   "zzgl.", "z.zt.",
    "e.v.",  "gmbh.", "ing.",  "inh.",   "lic.",  "rer.",  "verf.", "vors.",  "z.h.",  "zit.",
    "gen.",  "hrsg.", "mag.",  "u.s."}));
constexpr auto kGermanTitles = Sorted(std::to_array<std::string_view>({"dr.", "prof.", "hr.", "st.", "dipl.", "ing.", "mag.", "gen."}));

constexpr auto kEnglishAbbreviations = Sorted(std::to_array<std::string_view>({
    "a.m.",  "adm.",  "approx.", "apr.",  "aug.",  "capt.", "cmdr.", "co.",   "col.",  "corp.",
    "dec.",  "dept.", "dr.",     "e.g.",  "e.u.",  "est.",  "etc.",  "feb.",  "fig.",  "gen.",
    "gov.",  "i.e.",  "inc.",    "jan.",  "jr.",   "jul.",  "jun.",  "lt.",   "ltd.",  "maj.",
    "mar.",  "mr.",   "mrs.",    "ms.",   "no.",   "nos.",  "nov.",  "oct.",  "p.m.",  "pres.",
    "prof.", "rep.",  "rev.",    "sen.",  "sep.",  "sept.", "sgt.",  "sr.",   "st.",   "u.k.",
    "u.n.",  "u.s.",  "u.s.a.",  "vs.",   "mt."}));
constexpr auto kEnglishTitles = Sorted(std::to_array<std::string_view>({"adm.", "capt.", "cmdr.", "col.", "dr.", "gen.", "gov.",
                                            "lt.", "maj.", "mr.", "mrs.", "ms.", "pres.", "prof.",
                                            "rep.", "rev.", "sen.", "sgt."}));

constexpr auto kGermanStarters = Sorted(std::to_array<std::string_view>({
    "der", "die",  "das",   "den",   "dem",   "des",  "ein",    "eine",  "er",    "sie",
    "es",  "wir",  "ich",   "man",   "dies",  "diese", "dieser", "dieses", "doch", "aber",
    "auch", "nach", "am",   "im",    "in",    "zudem", "damit",  "dabei", "dann",  "so",
    "nun", "jetzt", "heute", "zuvor", "bereits", "zwar", "seit",  "unter", "laut",  "wie"}));
constexpr auto kEnglishStarters = Sorted(std::to_array<std::string_view>({
    "the", "a",    "an",   "he",    "she",   "it",   "they",    "we",    "i",     "this",
    "that", "these", "those", "but",  "and",   "in",   "on",      "at",    "after", "before",
    "there", "his",  "her",  "its",  "their", "our",  "however", "meanwhile", "yet", "so",
    "as",  "when", "while", "if",   "since", "earlier"}));

constexpr auto kGermanOrdinalNouns = Sorted(std::to_array<std::string_view>({
    "januar",   "jänner",   "februar",   "märz",      "april",     "mai",
    "juni",     "juli",     "august",    "september", "oktober",   "november",
    "dezember", "jan",      "feb",       "mär",       "apr",       "jun",
    "jul",      "aug",      "sep",       "sept",      "okt",       "nov",
    "dez",      "mal",      "jahrhundert", "jahrhunderts", "jahrestag", "runde",
    "verhandlungsrunde", "gesprächsrunde", "platz", "stock", "sitzung", "geburtstag",
    "todestag", "kalenderwoche", "spieltag", "etappe", "amtszeit", "sanktionspaket",
    "paket",    "lesung",   "brigade",   "armee",     "division",  "gipfel"}));
constexpr auto kGermanOrdinalIntroducers = Sorted(std::to_array<std::string_view>({
    "am",    "zum",    "vom",   "beim",   "im",     "bis",    "ab",     "seit",
    "der",   "die",    "das",   "den",    "dem",    "des",    "zur",    "ihr",
    "ihre",  "ihrem",  "ihren", "ihrer",  "sein",   "seine",  "seinem", "seinen",
    "seiner", "jeden", "jedem", "diesem", "dieser", "vor",    "nach"}));

// Bit (length - 1) of entry [letter] is set when an abbreviation's first part
// (up to its first dot) has that length and starts with that letter.
template <size_t N>
constexpr std::array<uint8_t, 26> FirstParts(const std::array<std::string_view, N>& words) {
  std::array<uint8_t, 26> table{};
  for (std::string_view word : words) {
    const size_t length = word.find('.');
    const unsigned letter = static_cast<unsigned char>(word[0]) - 'a';
    if (letter < 26 && length >= 1 && length <= 7) table[letter] |= static_cast<uint8_t>(1u << (length - 1));
  }
  return table;
}

constexpr auto kGermanFirstParts = FirstParts(kGermanAbbreviations);
constexpr auto kEnglishFirstParts = FirstParts(kEnglishAbbreviations);

}  // namespace

bool MayStartAbbreviation(Language language, size_t part_size, char first_byte) {
  const unsigned letter = static_cast<unsigned char>(first_byte | 0x20) - 'a';
  if (part_size == 0 || part_size > 7 || letter >= 26) return part_size <= 7 && letter >= 26;
  const auto& table = language == Language::kGerman ? kGermanFirstParts : kEnglishFirstParts;
  return table[letter] >> (part_size - 1) & 1;
}

bool IsAbbreviation(Language language, std::string_view word) {
  return language == Language::kGerman ? In(kGermanAbbreviations, word)
                                       : In(kEnglishAbbreviations, word);
}

bool IsTitleAbbreviation(Language language, std::string_view word) {
  return language == Language::kGerman ? In(kGermanTitles, word) : In(kEnglishTitles, word);
}

bool IsSentenceFinalAbbreviation(Language language, std::string_view word) {
  if (language == Language::kGerman)
    return word == "usw." || word == "u.v.m." || word == "u.ä." || word == "o.ä." || word == "etc.";
  return word == "etc." || word == "a.m." || word == "p.m.";
}

bool IsSentenceStarter(Language language, std::string_view word) {
  return language == Language::kGerman ? In(kGermanStarters, word) : In(kEnglishStarters, word);
}

bool IsMonthOrOrdinalNoun(Language language, std::string_view word) {
  return language == Language::kGerman && In(kGermanOrdinalNouns, word);
}

bool IntroducesOrdinal(Language language, std::string_view word) {
  return language == Language::kGerman && In(kGermanOrdinalIntroducers, word);
}

}  // namespace parley
