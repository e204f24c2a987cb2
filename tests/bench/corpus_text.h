// Randomness and text helpers shared by the corpus generator's parts
// (make_corpus.cc, corpus_de.h, corpus_en.h, corpus_planted.h).
#ifndef PARLEY_TESTS_BENCH_CORPUS_TEXT_H_
#define PARLEY_TESTS_BENCH_CORPUS_TEXT_H_

#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bench {

// ---------------------------------------------------------------------------
// Randomness: the raw mt19937 stream and distributions that are the same on
// every standard library.

class Random {
 public:
  explicit Random(uint32_t seed) : engine_(seed) {}

  // Uniform in [0, n), n > 0, by rejection sampling (no modulo bias).
  uint32_t Below(uint32_t n) {
    const uint64_t range = uint64_t{1} << 32;
    const uint64_t limit = range - range % n;
    while (true) {
      const uint64_t r = static_cast<uint32_t>(engine_());
      if (r < limit) return static_cast<uint32_t>(r % n);
    }
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint32_t>(hi - lo + 1))); }
  // True with probability percent/100.
  bool Chance(int percent) { return static_cast<int>(Below(100)) < percent; }

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(static_cast<uint32_t>(items.size()))];
  }

 private:
  std::mt19937 engine_;
};

// ---------------------------------------------------------------------------
// Text helpers.

inline std::string Capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "1.000" (German) or "1,000" (English).
inline std::string Grouped(int n, char separator) {
  std::string digits = std::to_string(n);
  std::string out;
  const int size = static_cast<int>(digits.size());
  for (int i = 0; i < size; ++i) {
    if (i > 0 && (size - i) % 3 == 0) out += separator;
    out += digits[static_cast<size_t>(i)];
  }
  return out;
}

inline int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Number of UTF-8 characters.
inline size_t Columns(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Greedy wrap at `width` columns; words longer than a line stay whole.
inline std::string Wrap(const std::string& paragraph, size_t width) {
  std::string out;
  size_t line_columns = 0;
  size_t pos = 0;
  while (pos < paragraph.size()) {
    size_t end = paragraph.find(' ', pos);
    if (end == std::string::npos) end = paragraph.size();
    const std::string_view word(paragraph.data() + pos, end - pos);
    const size_t columns = Columns(word);
    if (line_columns == 0) {
      out += word;
      line_columns = columns;
    } else if (line_columns + 1 + columns <= width) {
      out += ' ';
      out += word;
      line_columns += 1 + columns;
    } else {
      out += '\n';
      out += word;
      line_columns = columns;
    }
    pos = end + 1;
  }
  return out;
}

// Joins non-empty parts with single spaces.
inline std::string Join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

// Concatenates parts; a braced list is evaluated left to right.
inline std::string Cat(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) out += part;
  return out;
}

inline const std::vector<std::string> kMonthsDe = {"Januar", "Februar", "März",     "April",   "Mai",      "Juni",
                                            "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
inline const std::vector<std::string> kMonthsEn = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};


}  // namespace bench

#endif  // PARLEY_TESTS_BENCH_CORPUS_TEXT_H_
