// The languages parley reads, and how a document's language is decided.
#ifndef PARLEY_LANGUAGE_H_
#define PARLEY_LANGUAGE_H_

#include <optional>
#include <string_view>

namespace parley {

enum class Language { kGerman, kEnglish };

// "de" or "en".
std::string_view LanguageCode(Language language);

// Accepts "de", "en", region forms ("de-DE", "en_GB") and the names
// "german"/"deutsch"/"english"/"englisch", in any case. Anything else: nullopt.
std::optional<Language> ParseLanguage(std::string_view text);

// Where a document's language came from: its own metadata, the --lang
// option, or detection from its text.
enum class LanguageSource { kDocument, kOption, kDetected };
std::string_view LanguageSourceName(LanguageSource source);

// Decides between German and English from function words and German letters
// in (a prefix of) the UTF-8 text. Ties and texts with no evidence are
// English. Stateless and thread-safe.
Language DetectLanguage(std::string_view utf8_text);

}  // namespace parley

#endif  // PARLEY_LANGUAGE_H_
