// Language codes and German/English detection.
#include "parley/language.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace parley {
namespace {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A short lowercase ASCII word packed into an integer, so that looking it up
// compares integers rather than strings.
constexpr uint64_t Pack(std::string_view word) {
  uint64_t packed = 0;
  for (char c : word) packed = (packed << 8) | static_cast<unsigned char>(c);
  return packed;
}

template <size_t N>
constexpr std::array<uint64_t, N> Sorted(std::array<uint64_t, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

// Frequent function words that the other language does not use as words.
// ("in", "an", "so" are left out: both languages write them; "die" is in,
// for it is German's most frequent word and rare in English news.)
constexpr auto kGermanWords = Sorted<47>({
    Pack("die"),   Pack("kein"),  Pack("keine"), Pack("einen"), Pack("einem"), Pack("eines"),
    Pack("dass"),  Pack("oder"),  Pack("wurde"), Pack("soll"),  Pack("gegen"), Pack("zwischen"),
    Pack("seine"), Pack("ihre"),  Pack("sowie"), Pack("noch"),  Pack("aber"),
    Pack("der"),  Pack("das"),  Pack("und"),  Pack("ist"),   Pack("nicht"), Pack("mit"),
    Pack("von"),  Pack("zu"),   Pack("den"),  Pack("dem"),   Pack("des"),   Pack("ein"),
    Pack("eine"), Pack("einer"), Pack("auf"), Pack("sich"),  Pack("im"),    Pack("auch"),
    Pack("es"),   Pack("wird"), Pack("hat"),  Pack("sind"),  Pack("nach"),  Pack("bei"),
    Pack("wie"),  Pack("aus"),  Pack("seit"), Pack("zum"),   Pack("zur"),   Pack("werden")});
constexpr auto kEnglishWords = Sorted<32>({
    Pack("the"),  Pack("and"),   Pack("of"),    Pack("to"),   Pack("is"),    Pack("that"),
    Pack("for"),  Pack("on"),    Pack("with"),  Pack("was"),  Pack("by"),    Pack("as"),
    Pack("it"),   Pack("are"),   Pack("be"),    Pack("this"), Pack("from"),  Pack("has"),
    Pack("have"), Pack("its"),   Pack("which"), Pack("said"), Pack("not"),   Pack("at"),
    Pack("were"), Pack("will"),  Pack("their"), Pack("been"), Pack("after"), Pack("would"),
    Pack("but"),  Pack("or")});

template <size_t N>
bool Contains(const std::array<uint64_t, N>& sorted, uint64_t word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

}  // namespace

std::string_view LanguageCode(Language language) {
  return language == Language::kGerman ? "de" : "en";
}

std::optional<Language> ParseLanguage(std::string_view text) {
  std::string lower = AsciiLower(text);
  if (lower.size() > 2 && (lower[2] == '-' || lower[2] == '_')) lower.resize(2);
  if (lower == "de" || lower == "deu" || lower == "ger" || lower == "german" ||
      lower == "deutsch")
    return Language::kGerman;
  if (lower == "en" || lower == "eng" || lower == "english" || lower == "englisch")
    return Language::kEnglish;
  return std::nullopt;
}

std::string_view LanguageSourceName(LanguageSource source) {
  switch (source) {
    case LanguageSource::kDocument: return "document";
    case LanguageSource::kOption: return "option";
    case LanguageSource::kDetected: return "detected";
  }
  return "detected";
}

Language DetectLanguage(std::string_view text) {
  // A prefix is enough evidence and keeps detection cheap on long documents.
  constexpr size_t kSample = 1024;
  if (text.size() > kSample) text = text.substr(0, kSample);
  int german = 0;
  int english = 0;
  char word[8];
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // German letters ä ö ü ß (and capitals) are strong evidence.
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d == 0xA4 || d == 0xB6 || d == 0xBC || d == 0x9F || d == 0x84 || d == 0x96 ||
          d == 0x9C)
        ++german;
    }
    if (!IsAsciiLetter(c) && c < 0x80) {
      ++i;
      continue;
    }
    size_t j = i;
    size_t length = 0;
    bool ascii = true;
    while (j < text.size()) {
      unsigned char w = static_cast<unsigned char>(text[j]);
      if (!IsAsciiLetter(w) && w < 0x80) break;
      if (w >= 0x80) ascii = false;
      if (length < sizeof word) word[length] = static_cast<char>(w | 0x20);
      ++length;
      ++j;
    }
    // Every function word in the lists is short ASCII, "für" and "über" aside.
    if (length <= sizeof word) {
      std::string_view folded(word, length);
      if (!ascii) {
        folded = std::string_view(text.data() + i, length);
        if (folded == "f\xC3\xBCr" || folded == "\xC3\xBC" "ber") german += 2;
      } else {
        const uint64_t packed = Pack(folded);
        if (Contains(kGermanWords, packed)) german += 2;
        if (Contains(kEnglishWords, packed)) english += 2;
      }
    }
    i = j;
  }
  return german > english ? Language::kGerman : Language::kEnglish;
}

}  // namespace parley
