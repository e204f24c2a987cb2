// Language codes and German/English detection.
#include "parley/language.h"

#include <array>
#include <string>

namespace parley {
namespace {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Frequent function words that the other language does not use as words.
// ("in", "an", "so", "die" are left out: both languages write them.)
constexpr std::array<std::string_view, 32> kGermanWords = {
    "der", "das", "und", "ist", "nicht", "mit", "von", "zu",  "den", "dem", "des",
    "ein", "eine", "einer", "auf", "für", "sich", "im",  "auch", "es",  "wird", "hat",
    "sind", "nach", "bei", "wie", "aus", "über", "seit", "zum", "zur", "werden"};
constexpr std::array<std::string_view, 32> kEnglishWords = {
    "the", "and", "of", "to", "is", "that", "for", "on",  "with", "was", "by",
    "as", "it", "are", "be", "this", "from", "has", "have", "its", "which", "said",
    "not", "at", "were", "will", "their", "been", "after", "would", "but", "or"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::string_view w : words)
    if (w == word) return true;
  return false;
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
  constexpr size_t kSample = 16 * 1024;
  if (text.size() > kSample) text = text.substr(0, kSample);
  int german = 0;
  int english = 0;
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
    while (j < text.size() &&
           (IsAsciiLetter(static_cast<unsigned char>(text[j])) ||
            static_cast<unsigned char>(text[j]) >= 0x80))
      ++j;
    std::string word = AsciiLower(text.substr(i, j - i));
    if (Contains(kGermanWords, word)) german += 2;
    if (Contains(kEnglishWords, word)) english += 2;
    i = j;
  }
  return german > english ? Language::kGerman : Language::kEnglish;
}

}  // namespace parley
