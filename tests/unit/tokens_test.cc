// Tokens (SPEC §2): hyphens, clitics, abbreviations, folding, numbers.
#include <doctest/doctest.h>

#include <unicode/unistr.h>

#include "segment/fold.h"
#include "segment/numbers.h"
#include "test_support.h"

using parley::Language;
using parley::Segmentation;
using parley::testing::Folds;
using parley::testing::MakeSegmenter;

TEST_CASE("hyphens separate tokens") {
  CHECK(Folds("30-tägige Waffenruhe", Language::kGerman) == "30 tägige waffenruhe");
  CHECK(Folds("NATO-Beitritt", Language::kGerman) == "nato beitritt");
  CHECK(Folds("Waffenruhe-Gesprächen", Language::kGerman) == "waffenruhe gesprächen");
  CHECK(Folds("a 30-day ceasefire", Language::kEnglish) == "a 30 day ceasefire");
}

TEST_CASE("English clitics split as in the Penn Treebank; curly apostrophes are straight") {
  CHECK(Folds("Ukraine's demand", Language::kEnglish) == "ukraine 's demand");
  CHECK(Folds("Kyiv’s demand", Language::kEnglish) == "kyiv 's demand");
  CHECK(Folds("Moscow didn't agree", Language::kEnglish) == "moscow did n't agree");
  CHECK(Folds("it doesn’t", Language::kEnglish) == "it does n't");
  CHECK(Folds("they won't, can't", Language::kEnglish) == "they wo n't ca n't");
  CHECK(Folds("we're, they've, I'm, she'll, he'd", Language::kEnglish) ==
        "we 're they 've i 'm she 'll he 'd");
  CHECK(Folds("O'Brien", Language::kEnglish) == "o'brien");
}

TEST_CASE("abbreviations stay whole, with or without spaces") {
  CHECK(Folds("z. B. Polen", Language::kGerman) == "z.b. polen");
  CHECK(Folds("z.B. Polen", Language::kGerman) == "z.b. polen");
  CHECK(Folds("u. a. Litauen, Dr. Meier, Nr. 5 bzw. 6", Language::kGerman) ==
        "u.a. litauen dr. meier nr. 5 bzw. 6");
  CHECK(Folds("the U.S. envoy, e.g. Witkoff", Language::kEnglish) == "the u.s. envoy e.g. witkoff");
  CHECK(Folds("Mr. Smith", Language::kEnglish) == "mr. smith");
  // A word that is no abbreviation leaves its dot to the sentence.
  CHECK(Folds("Kiew. Moskau.", Language::kGerman) == "kiew moskau");
}

TEST_CASE("folding is Unicode full case folding of NFC text") {
  CHECK(Folds("STRASSE Straße Maßnahmen", Language::kGerman) == "strasse strasse massnahmen");
  CHECK(Folds("ÜBER über Über", Language::kGerman) == "über über über");
  CHECK(Folds("Gespra\xCC\x88" "che", Language::kGerman) == "gespräche");  // NFD input
  CHECK(Folds("Waffen\xC2\xAD" "ruhe", Language::kGerman) == "waffenruhe");  // soft hyphen
  CHECK(Folds("Çırağan", Language::kGerman) == "çırağan");
}

TEST_CASE("fragments tokenize exactly as the same words inside a sentence") {
  auto segmenter = MakeSegmenter(Language::kGerman);
  const std::string sentence =
      "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe, z. B. ab dem 16. Mai.";
  Segmentation in_text;
  segmenter->Segment(sentence, 0, 1, &in_text);
  for (std::string fragment : {"30-tägige Waffenruhe", "z. B.", "bedingungslose 30-tägige"}) {
    Segmentation alone;
    segmenter->Tokenize(fragment, &alone);
    REQUIRE(alone.tokens.size() > 0);
    bool found = false;
    for (size_t i = 0; i + alone.tokens.size() <= in_text.tokens.size() && !found; ++i) {
      bool same = true;
      for (size_t j = 0; j < alone.tokens.size(); ++j)
        same = same && in_text.Fold(in_text.tokens[i + j]) == alone.Fold(alone.tokens[j]);
      found = same;
    }
    CHECK_MESSAGE(found, fragment);
  }
}

TEST_CASE("tokens carry byte offsets into the text") {
  auto segmenter = MakeSegmenter(Language::kGerman);
  const std::string text = "Die Ukraine fordert 30-tägige Waffenruhe.";
  Segmentation s;
  segmenter->Segment(text, 0, 1, &s);
  REQUIRE(s.tokens.size() == 6);
  for (const auto& token : s.tokens)
    CHECK(Segmentation::Text(text, token).size() == token.end - token.start);
  CHECK(Segmentation::Text(text, s.tokens[3]) == "30");
  CHECK(Segmentation::Text(text, s.tokens[4]) == "tägige");
  CHECK(s.tokens[4].start == 23);
  CHECK(s.tokens[4].end == 30);
}

TEST_CASE("number tokens and their values") {
  auto segmenter = MakeSegmenter(Language::kGerman);
  const std::string text = "Es waren 1.000 oder 1,000 oder tausend, dreißig und 2,5 am 16.05.2025.";
  Segmentation s;
  segmenter->Segment(text, 0, 1, &s);
  std::vector<std::pair<std::string, double>> numbers;
  for (const auto& token : s.tokens)
    if (token.is_number) numbers.emplace_back(std::string(s.Fold(token)), token.value);
  CHECK(numbers == std::vector<std::pair<std::string, double>>{
                       {"1.000", 1000}, {"1,000", 1000}, {"tausend", 1000}, {"dreissig", 30},
                       {"2,5", 2.5}});
  // "16.05.2025" is one token, but a date, not a number.
  bool date_token = false;
  for (const auto& token : s.tokens) date_token |= s.Fold(token) == "16.05.2025";
  CHECK(date_token);
}

namespace {
std::optional<double> ParseDigitNumber(std::string_view text) {
  double value = 0;
  return parley::ParseDigitNumber(text, &value) ? std::optional<double>(value) : std::nullopt;
}
std::optional<double> ParseNumberWord(Language language, std::string_view text) {
  double value = 0;
  return parley::ParseNumberWord(language, text, &value) ? std::optional<double>(value)
                                                         : std::nullopt;
}
}  // namespace

TEST_CASE("digit numbers") {
  CHECK(ParseDigitNumber("30") == 30);
  CHECK(ParseDigitNumber("1,000") == 1000);
  CHECK(ParseDigitNumber("1.000") == 1000);
  CHECK(ParseDigitNumber("1.000.000") == 1000000);
  CHECK(ParseDigitNumber("1,000,000.5") == 1000000.5);
  CHECK(ParseDigitNumber("1.000,5") == 1000.5);
  CHECK(ParseDigitNumber("2,5") == 2.5);
  CHECK(ParseDigitNumber("0,500") == 0.5);
  CHECK(ParseDigitNumber("3.14159") == doctest::Approx(3.14159));
  CHECK_FALSE(ParseDigitNumber("16.05.2025"));
  CHECK_FALSE(ParseDigitNumber("1.00.0"));
}

TEST_CASE("number words") {
  const auto de = Language::kGerman;
  const auto en = Language::kEnglish;
  CHECK(ParseNumberWord(de, "dreissig") == 30);
  CHECK(ParseNumberWord(de, "einundzwanzig") == 21);
  CHECK(ParseNumberWord(de, "zweihundertfünfzig") == 250);
  CHECK(ParseNumberWord(de, "hundert") == 100);
  CHECK(ParseNumberWord(de, "eintausend") == 1000);
  CHECK(ParseNumberWord(de, "dreitausendzweihundert") == 3200);
  CHECK(ParseNumberWord(de, "zwölf") == 12);
  CHECK(ParseNumberWord(de, "sechzehn") == 16);
  CHECK(ParseNumberWord(de, "eins") == 1);
  CHECK_FALSE(ParseNumberWord(de, "ein"));
  CHECK_FALSE(ParseNumberWord(de, "einen"));
  CHECK_FALSE(ParseNumberWord(de, "undzwanzig"));
  CHECK_FALSE(ParseNumberWord(de, "waffenruhe"));
  CHECK(ParseNumberWord(en, "thirty") == 30);
  CHECK(ParseNumberWord(en, "thousand") == 1000);
  CHECK(ParseNumberWord(en, "two") == 2);
  CHECK(ParseNumberWord(en, "seventeen") == 17);
  CHECK(ParseNumberWord(en, "ninety") == 90);
  CHECK(ParseNumberWord(en, "zero") == 0);
  CHECK(ParseNumberWord(en, "billion") == 1e9);
  CHECK_FALSE(ParseNumberWord(en, "seventeens"));
  CHECK_FALSE(ParseNumberWord(en, "tent"));
  CHECK_FALSE(ParseNumberWord(en, "a"));
  CHECK_FALSE(ParseNumberWord(en, "dreissig"));
}

TEST_CASE("the Latin-1 folding shortcut agrees with ICU's full case folding") {
  // Every letter U+00C0..U+00FF, alone and inside a word, folds as ICU folds it.
  for (char32_t c = 0xC0; c <= 0xFF; ++c) {
    if (c == 0xD7 || c == 0xF7) continue;  // × and ÷ are no letters
    icu::UnicodeString letter(static_cast<UChar32>(c));
    std::string utf8;
    letter.toUTF8String(utf8);
    icu::UnicodeString folded = icu::UnicodeString(letter).foldCase();
    std::string expected;
    folded.toUTF8String(expected);
    CHECK_MESSAGE(Folds("Ab" + utf8 + "Cd", Language::kGerman) == "ab" + expected + "cd",
                  static_cast<int>(c));
  }
}

TEST_CASE("ASCII folding, eight bytes at a time, lowercases exactly 'A'..'Z'") {
  parley::Folder folder;
  std::string all;
  for (int c = 1; c < 128; ++c) all += static_cast<char>(c);
  for (size_t length : {1u, 7u, 8u, 9u, 16u, 127u}) {
    for (size_t offset = 0; offset + length <= all.size(); offset += 13) {
      std::string_view piece = std::string_view(all).substr(offset, length);
      std::string expected;
      for (char c : piece) expected += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      std::string folded;
      folder.AppendFold(piece, &folded);
      CHECK(folded == expected);
    }
  }
}
