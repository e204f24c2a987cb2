// The bare-ICU floor of speed.sh: what segmenting and case-folding a corpus
// costs with ICU alone, single-threaded, so that parley's figures can be
// stated as a ratio to it (README.md, "The floor").
//
//   parley_icu_floor CORPUS_DIR [--rounds N]
//
// For every .txt/.md file below CORPUS_DIR (recursively, sorted by path):
// read its bytes (POSIX read), icu::UnicodeString::fromUTF8, a sentence
// BreakIterator through every boundary (counting segments that are not all
// whitespace), a word BreakIterator through every boundary, and for every
// word segment (rule status not UBRK_WORD_NONE) u_strFoldCase of its UTF-16
// text into a buffer that is reused. One iterator per language and kind, made
// before timing; the language comes from the file name (NNNNNN-de.txt), else
// from a "lang:" line of front matter, else English. The files are read once
// before timing (page cache). Each round is timed from listing the directory
// to the last word; the figure is the median round. The last line is for
// scripts:
//
//   floor bytes=B documents=D sentences=S words=W seconds=T mb_per_s=R rounds=N

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Pass {
  double seconds = 0;
  uint64_t bytes = 0, documents = 0, sentences = 0, words = 0, folded_units = 0;
};

std::vector<std::string> ListDocuments(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    const std::string extension = it->path().extension().string();
    if (it->is_regular_file(error) && (extension == ".txt" || extension == ".md")) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool ReadBytes(const std::string& path, std::string* out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return false;
  }
  out->resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < out->size()) {
    const ssize_t n = ::read(fd, out->data() + done, out->size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  out->resize(done);
  return true;
}

bool IsGerman(std::string_view path, const std::string& bytes) {
  const size_t dot = path.rfind('.');
  if (dot != std::string_view::npos && dot >= 3) {
    const std::string_view tag = path.substr(dot - 3, 3);
    if (tag == "-de" || tag == ".de" || tag == "_de") return true;
    if (tag == "-en" || tag == ".en" || tag == "_en") return false;
  }
  if (bytes.rfind("---\n", 0) == 0) {
    const size_t lang = bytes.find("\nlang: ");
    const size_t end = bytes.find("\n---", 4);
    if (lang != std::string::npos && lang < end) return bytes.compare(lang + 7, 2, "de") == 0;
  }
  return false;
}

struct Iterators {
  std::unique_ptr<icu::BreakIterator> sentence[2], word[2];  // [0] de, [1] en
};

Pass Run(const std::string& dir, Iterators& iterators) {
  Pass pass;
  const auto start = std::chrono::steady_clock::now();
  std::string bytes;
  std::vector<UChar> folded(256);
  for (const std::string& file : ListDocuments(dir)) {
    if (!ReadBytes(file, &bytes)) continue;
    const int language = IsGerman(file, bytes) ? 0 : 1;
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
    icu::BreakIterator& sentences = *iterators.sentence[language];
    sentences.setText(text);
    int32_t begin = 0;
    for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; begin = end, end = sentences.next()) {
      int32_t i = begin;
      while (i < end && u_isUWhiteSpace(text.charAt(i))) ++i;
      if (i < end) ++pass.sentences;
    }
    icu::BreakIterator& words = *iterators.word[language];
    words.setText(text);
    const UChar* units = text.getBuffer();
    begin = 0;
    for (int32_t end = words.next(); end != icu::BreakIterator::DONE; begin = end, end = words.next()) {
      if (words.getRuleStatus() == UBRK_WORD_NONE) continue;
      ++pass.words;
      const int32_t length = end - begin;
      if (static_cast<size_t>(length) * 3 > folded.size()) folded.resize(static_cast<size_t>(length) * 3);
      UErrorCode status = U_ZERO_ERROR;
      pass.folded_units += static_cast<uint64_t>(u_strFoldCase(folded.data(), static_cast<int32_t>(folded.size()),
                                                               units + begin, length, U_FOLD_CASE_DEFAULT, &status));
    }
    pass.bytes += bytes.size();
    ++pass.documents;
  }
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return pass;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  int rounds = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else if (!arg.empty() && arg[0] != '-' && dir.empty()) {
      dir = arg;
    } else {
      rounds = 0;
    }
  }
  if (dir.empty() || rounds < 1) {
    std::fprintf(stderr, "usage: parley_icu_floor CORPUS_DIR [--rounds N]\n"
                         "Times ICU sentence + word BreakIterators and u_strFoldCase of every word over the\n"
                         ".txt/.md files below CORPUS_DIR, single-threaded; prints the median round.\n");
    return 2;
  }
  const std::vector<std::string> files = ListDocuments(dir);
  if (files.empty()) {
    std::fprintf(stderr, "parley_icu_floor: no .txt or .md files below %s\n", dir.c_str());
    return 2;
  }
  std::string bytes;
  for (const std::string& file : files) ReadBytes(file, &bytes);  // into the page cache

  Iterators iterators;
  const char* const locales[2] = {"de", "en"};
  for (int i = 0; i < 2; ++i) {
    UErrorCode status = U_ZERO_ERROR;
    iterators.sentence[i].reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locales[i]), status));
    iterators.word[i].reset(icu::BreakIterator::createWordInstance(icu::Locale(locales[i]), status));
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "parley_icu_floor: ICU break iterators for %s: %s\n", locales[i], u_errorName(status));
      return 1;
    }
  }
  std::vector<Pass> passes;
  for (int round = 0; round < rounds; ++round) {
    passes.push_back(Run(dir, iterators));
    std::fprintf(stderr, "parley_icu_floor: round %d/%d: %.3f s\n", round + 1, rounds, passes.back().seconds);
  }
  std::sort(passes.begin(), passes.end(), [](const Pass& a, const Pass& b) { return a.seconds < b.seconds; });
  const Pass& median = passes[(passes.size() - 1) / 2];
  const double seconds = rounds % 2 ? median.seconds : (median.seconds + passes[passes.size() / 2].seconds) / 2;
  std::printf("floor bytes=%llu documents=%llu sentences=%llu words=%llu seconds=%.4f mb_per_s=%.2f rounds=%d\n",
              static_cast<unsigned long long>(median.bytes), static_cast<unsigned long long>(median.documents),
              static_cast<unsigned long long>(median.sentences), static_cast<unsigned long long>(median.words),
              seconds, median.bytes / 1e6 / seconds, rounds);
  return 0;
}
