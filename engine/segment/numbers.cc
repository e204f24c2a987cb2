#include "segment/numbers.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

namespace parley {
namespace {

using Word = std::pair<std::string_view, int>;

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

double DigitsValue(std::string_view s) {
  double v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

double FractionValue(std::string_view s) {
  double v = 0;
  double scale = 0.1;
  for (char c : s) {
    v += (c - '0') * scale;
    scale /= 10;
  }
  return v;
}

// Splits at `separator`; false if a part is not all digits.
bool SplitGroups(std::string_view s, char separator, std::array<std::string_view, 16>* groups,
                 size_t* count) {
  *count = 0;
  while (true) {
    if (*count == groups->size()) return false;
    size_t at = s.find(separator);
    std::string_view part = s.substr(0, at);
    if (!AllDigits(part)) return false;
    (*groups)[(*count)++] = part;
    if (at == std::string_view::npos) return true;
    s.remove_prefix(at + 1);
  }
}

// "1.000.000" with `separator` '.' → 1000000; nullopt unless proper groups.
std::optional<double> GroupedValue(std::string_view s, char separator) {
  std::array<std::string_view, 16> groups;
  size_t count = 0;
  if (!SplitGroups(s, separator, &groups, &count)) return std::nullopt;
  if (groups[0].size() > 3) return std::nullopt;
  double value = DigitsValue(groups[0]);
  for (size_t i = 1; i < count; ++i) {
    if (groups[i].size() != 3) return std::nullopt;
    value = value * 1000 + DigitsValue(groups[i]);
  }
  return value;
}

constexpr std::array<Word, 10> kGermanUnits = {{{"ein", 1}, {"zwei", 2}, {"drei", 3}, {"vier", 4},
                                                {"fünf", 5}, {"sechs", 6}, {"sieben", 7},
                                                {"acht", 8}, {"neun", 9}, {"eins", 1}}};
constexpr std::array<Word, 11> kGermanTeens = {{{"zehn", 10}, {"elf", 11}, {"zwölf", 12},
                                                {"dreizehn", 13}, {"vierzehn", 14},
                                                {"fünfzehn", 15}, {"sechzehn", 16},
                                                {"siebzehn", 17}, {"achtzehn", 18},
                                                {"neunzehn", 19}, {"null", 0}}};
constexpr std::array<Word, 8> kGermanTens = {{{"zwanzig", 20}, {"dreissig", 30}, {"vierzig", 40},
                                              {"fünfzig", 50}, {"sechzig", 60}, {"siebzig", 70},
                                              {"achtzig", 80}, {"neunzig", 90}}};

template <size_t N>
std::optional<int> Lookup(const std::array<Word, N>& words, std::string_view word) {
  for (const Word& w : words)
    if (w.first.size() == word.size() && w.first[0] == word[0] && w.first == word) return w.second;
  return std::nullopt;
}

// 0..99 as one German word: "sieben", "siebzehn", "siebzig", "siebenundsiebzig".
std::optional<int> GermanBelowHundred(std::string_view s) {
  if (auto v = Lookup(kGermanTeens, s)) return v;
  if (auto v = Lookup(kGermanTens, s)) return v;
  if (auto v = Lookup(kGermanUnits, s)) return v;
  size_t und = s.find("und");
  if (und == std::string_view::npos) return std::nullopt;
  std::string_view unit = s.substr(0, und);
  auto u = unit == "eins" ? std::nullopt : Lookup(kGermanUnits, unit);
  auto t = Lookup(kGermanTens, s.substr(und + 3));
  if (!u || !t) return std::nullopt;
  return *u + *t;
}

std::optional<int> GermanBelowThousand(std::string_view s) {
  size_t at = s.find("hundert");
  if (at == std::string_view::npos) return GermanBelowHundred(s);
  std::string_view left = s.substr(0, at);
  std::string_view right = s.substr(at + 7);
  int hundreds = 1;
  if (!left.empty()) {
    auto u = left == "eins" ? std::nullopt : Lookup(kGermanUnits, left);
    if (!u) return std::nullopt;
    hundreds = *u;
  }
  int rest = 0;
  if (!right.empty()) {
    if (right.substr(0, 3) == "und") right.remove_prefix(3);  // "hundertundzwei"
    auto r = GermanBelowHundred(right);
    if (!r) return std::nullopt;
    rest = *r;
  }
  return hundreds * 100 + rest;
}

// Every German number word ends in one of a few endings: checking them
// first keeps the parser away from ordinary words.
bool HasGermanNumberEnding(std::string_view s) {
  // Compared from the end, byte by byte: most words differ at once.
  auto ends = [&](std::string_view ending) {
    if (ending.size() > s.size()) return false;
    for (size_t i = 1; i <= ending.size(); ++i)
      if (s[s.size() - i] != ending[ending.size() - i]) return false;
    return true;
  };
  if (s.size() < 3) return false;
  switch (s.back()) {
    case 's': return ends("eins") || ends("sechs");
    case 'i': return ends("zwei") || ends("drei");
    case 'r': return ends("vier");
    case 'f': return ends("f\xC3\xBCnf") || ends("elf") || ends("zw\xC3\xB6lf");
    case 'n': return ends("sieben") || ends("neun") || ends("zehn") || ends("millionen") ||
                     ends("milliarden");
    case 't': return ends("acht") || ends("hundert");
    case 'd': return ends("tausend");
    case 'g': return ends("zig") || ends("ssig");
    case 'l': return ends("null");
    case 'e': return ends("milliarde");
    default: return false;
  }
}

std::optional<double> GermanNumberWord(std::string_view s) {
  if (s == "million" || s == "millionen") return 1e6;
  if (s == "milliarde" || s == "milliarden") return 1e9;
  size_t at = s.find("tausend");
  if (at == std::string_view::npos) {
    auto v = GermanBelowThousand(s);
    return v ? std::optional<double>(*v) : std::nullopt;
  }
  std::string_view left = s.substr(0, at);
  std::string_view right = s.substr(at + 7);
  double thousands = 1;
  if (!left.empty()) {
    auto l = GermanBelowThousand(left);
    if (!l) return std::nullopt;
    thousands = *l;
  }
  double rest = 0;
  if (!right.empty()) {
    auto r = GermanBelowThousand(right);
    if (!r) return std::nullopt;
    rest = *r;
  }
  return thousands * 1000 + rest;
}

// English number words up to eight letters, packed into integers and
// sorted, so that a lookup is a binary search over integers.
constexpr uint64_t Pack(std::string_view word) {
  uint64_t packed = 0;
  for (char c : word) packed = (packed << 8) | static_cast<unsigned char>(c);
  return packed;
}

struct PackedWord {
  uint64_t packed;
  int value;
  constexpr bool operator<(const PackedWord& other) const { return packed < other.packed; }
};

constexpr auto kEnglishWords = [] {
  std::array<PackedWord, 31> words = {{
      {Pack("zero"), 0},       {Pack("one"), 1},         {Pack("two"), 2},
      {Pack("three"), 3},      {Pack("four"), 4},        {Pack("five"), 5},
      {Pack("six"), 6},        {Pack("seven"), 7},       {Pack("eight"), 8},
      {Pack("nine"), 9},       {Pack("ten"), 10},        {Pack("eleven"), 11},
      {Pack("twelve"), 12},    {Pack("thirteen"), 13},   {Pack("fourteen"), 14},
      {Pack("fifteen"), 15},   {Pack("sixteen"), 16},    {Pack("eighteen"), 18},
      {Pack("nineteen"), 19},  {Pack("twenty"), 20},     {Pack("thirty"), 30},
      {Pack("forty"), 40},     {Pack("fifty"), 50},      {Pack("sixty"), 60},
      {Pack("seventy"), 70},   {Pack("eighty"), 80},     {Pack("ninety"), 90},
      {Pack("hundred"), 100},  {Pack("thousand"), 1000}, {Pack("dozen"), 12},
      {Pack("million"), 1000000}}};
  std::sort(words.begin(), words.end());
  return words;
}();

bool EnglishNumberWord(std::string_view word, double* value) {
  if (word.size() < 3 || word.size() > 9) return false;  // "one" … "seventeen"
  if (word.size() == 9) {
    if (word != "seventeen") return false;
    *value = 17;
    return true;
  }
  const PackedWord key{Pack(word), 0};
  auto it = std::lower_bound(kEnglishWords.begin(), kEnglishWords.end(), key);
  if (it == kEnglishWords.end() || it->packed != key.packed) return false;
  *value = it->value;
  return true;
}

}  // namespace

std::optional<double> DigitNumber(std::string_view s) {
  if (AllDigits(s)) return DigitsValue(s);
  const size_t last_dot = s.rfind('.');
  const size_t last_comma = s.rfind(',');
  if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const size_t decimal = std::max(last_dot, last_comma);
    const char grouping = decimal == last_dot ? ',' : '.';
    std::string_view fraction = s.substr(decimal + 1);
    if (!AllDigits(fraction)) return std::nullopt;
    auto whole = GroupedValue(s.substr(0, decimal), grouping);
    if (!whole) return std::nullopt;
    return *whole + FractionValue(fraction);
  }
  const char separator = last_dot != std::string_view::npos ? '.' : ',';
  const size_t first = s.find(separator);
  if (first == std::string_view::npos) return std::nullopt;
  if (first != s.rfind(separator)) return GroupedValue(s, separator);  // "1.000.000"
  std::string_view whole = s.substr(0, first);
  std::string_view fraction = s.substr(first + 1);
  if (!AllDigits(whole) || !AllDigits(fraction)) return std::nullopt;
  if (fraction.size() == 3 && whole.size() <= 3 && whole != "0") return GroupedValue(s, separator);
  return DigitsValue(whole) + FractionValue(fraction);
}

bool ParseDigitNumber(std::string_view digits, double* value) {
  // Plain digits, by far the most common, without the optional.
  if (AllDigits(digits)) {
    *value = DigitsValue(digits);
    return true;
  }
  std::optional<double> parsed = DigitNumber(digits);
  if (parsed) *value = *parsed;
  return parsed.has_value();
}

bool ParseNumberWord(Language language, std::string_view word, double* value) {
  if (language == Language::kEnglish) {
    if (word == "billion") {
      *value = 1e9;
      return true;
    }
    return EnglishNumberWord(word, value);
  }
  if (!HasGermanNumberEnding(word)) return false;
  std::optional<double> parsed = GermanNumberWord(word);
  if (parsed) *value = *parsed;
  return parsed.has_value();
}

}  // namespace parley
