// Throughput of parley's first two pipeline stages (read + segment +
// tokenize) against bare ICU sentence and word BreakIterators over the same
// files in the same run. See tests/bench/README.md.
//
//   parley_segment_bench CORPUS_DIR [--rounds N] [--per-file] [--only icu|parley] [--check]
//
// CORPUS_DIR holds .txt/.md documents, e.g. from parley_make_corpus. Both
// sides are timed from listing the directory to the last token:
//
//   bare ICU   list the .txt/.md files, read each file's bytes,
//              icu::UnicodeString::fromUTF8, then a sentence BreakIterator
//              (counting segments that are not all whitespace) and a word
//              BreakIterator (counting boundaries whose rule status is not
//              UBRK_WORD_NONE). One
//              iterator per language and kind, created before timing; the
//              language comes from the file name (NNNNNN-de.txt), else from a
//              "lang:" line, else English.
//   parley     parley::ReadInputs over the directory with the real file
//              system (UTF-8 validation, front matter, leading date, language
//              detection), and in its callback Segmenter::Segment with one
//              Segmenter per language, created before timing. --per-file
//              instead lists with FileSystem::ListFilesRecursively and calls
//              FileSystem::ReadFile and parley::ReadTextDocument per file.
//
// The files are read once before timing so that both sides find them in the
// page cache. The sides then run alternately, N rounds each (3 by default),
// and each side's figure is its median round. The ratio compares MB/s.
// --check makes the exit status 1 when the ratio is below the 0.70 target;
// --only times one side alone (no ratio), e.g. under a profiler.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "parley/file_system.h"
#include "parley/language.h"
#include "parley/reader.h"
#include "parley/segmenter.h"
#include "parley/status.h"

namespace {

constexpr double kTarget = 0.70;

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

// What one timed pass over the corpus counted.
struct Pass {
  double seconds = 0;        // the whole pass
  double inner_seconds = 0;  // ICU: break iteration incl. UTF-16 conversion; parley: Segment()
  uint64_t bytes = 0;
  uint64_t documents = 0;
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t warnings = 0;
  uint64_t errors = 0;
  uint64_t language_mismatches = 0;  // parley's language differs from the file name's
  std::vector<std::string> messages;

  bool SameCounts(const Pass& other) const {
    return bytes == other.bytes && documents == other.documents && sentences == other.sentences &&
           tokens == other.tokens;
  }
};

// ---------------------------------------------------------------------------
// Files.

bool HasDocumentExtension(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".txt" || extension == ".md";
}

// Every .txt/.md file below `dir`, sorted by path (byte order).
std::vector<std::string> ListDocuments(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && HasDocumentExtension(it->path())) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

size_t CountOtherInputs(const std::string& dir) {
  size_t count = 0;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && it->path().extension() == ".jsonl") ++count;
  }
  return count;
}

// Reads a whole file with plain POSIX calls.
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

// The language a file's name gives ("000123-de.txt"), if any.
int LanguageFromName(std::string_view path) {  // 0 German, 1 English, -1 unknown
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || dot < 3) return -1;
  const std::string_view tag = path.substr(dot - 3, 3);
  if (tag == "-de" || tag == ".de" || tag == "_de") return 0;
  if (tag == "-en" || tag == ".en" || tag == "_en") return 1;
  return -1;
}

bool BaselineIsGerman(const std::string& path, const std::string& bytes) {
  const int from_name = LanguageFromName(path);
  if (from_name >= 0) return from_name == 0;
  if (bytes.rfind("---\n", 0) == 0) {
    const size_t lang = bytes.find("\nlang: ");
    const size_t end = bytes.find("\n---", 4);
    if (lang != std::string::npos && lang < end) return bytes.compare(lang + 7, 2, "de") == 0;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Bare ICU.

struct IcuIterators {
  std::unique_ptr<icu::BreakIterator> sentence[2];  // [0] de, [1] en
  std::unique_ptr<icu::BreakIterator> word[2];
};

bool MakeIcuIterators(IcuIterators* out, std::string* error) {
  const char* const locales[2] = {"de", "en"};
  for (int i = 0; i < 2; ++i) {
    UErrorCode status = U_ZERO_ERROR;
    out->sentence[i].reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locales[i]), status));
    out->word[i].reset(icu::BreakIterator::createWordInstance(icu::Locale(locales[i]), status));
    if (U_FAILURE(status) || !out->sentence[i] || !out->word[i]) {
      *error = std::string("ICU break iterators for ") + locales[i] + ": " + u_errorName(status);
      return false;
    }
  }
  return true;
}

Pass RunIcu(const std::string& dir, IcuIterators& icu_iterators) {
  Pass pass;
  const Clock::time_point start = Clock::now();
  const std::vector<std::string> files = ListDocuments(dir);
  std::string bytes;
  for (const std::string& file : files) {
    if (!ReadBytes(file, &bytes)) {
      ++pass.errors;
      if (pass.messages.size() < 5) pass.messages.push_back(file + ": cannot read: " + std::strerror(errno));
      continue;
    }
    const int language = BaselineIsGerman(file, bytes) ? 0 : 1;
    const Clock::time_point inner_start = Clock::now();
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));

    // A segment of whitespace only (ICU makes one of every blank line) is
    // not counted as a sentence; the scan stops at the first other character.
    icu::BreakIterator& sentences = *icu_iterators.sentence[language];
    sentences.setText(text);
    int32_t begin = 0;
    for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; begin = end, end = sentences.next()) {
      int32_t i = begin;
      while (i < end && u_isUWhiteSpace(text.charAt(i))) ++i;
      if (i < end) ++pass.sentences;
    }

    icu::BreakIterator& words = *icu_iterators.word[language];
    words.setText(text);
    for (int32_t end = words.next(); end != icu::BreakIterator::DONE; end = words.next()) {
      if (words.getRuleStatus() != UBRK_WORD_NONE) ++pass.tokens;
    }
    pass.inner_seconds += Seconds(inner_start, Clock::now());
    pass.bytes += bytes.size();
    ++pass.documents;
  }
  pass.seconds = Seconds(start, Clock::now());
  return pass;
}

// ---------------------------------------------------------------------------
// parley.

struct ParleyStage {
  std::unique_ptr<parley::FileSystem> file_system;
  std::unique_ptr<parley::Segmenter> segmenter[2];  // [0] de, [1] en
  parley::Segmentation segmentation;                // reused, so its buffers are too
};

void SegmentDocument(ParleyStage& stage, const parley::Document& document, Pass& pass) {
  const Clock::time_point inner_start = Clock::now();
  parley::Segmentation& segmentation = stage.segmentation;
  segmentation.sentences.clear();
  segmentation.tokens.clear();
  segmentation.folds.clear();
  const int language = document.lang == parley::Language::kGerman ? 0 : 1;
  stage.segmenter[language]->Segment(document, &segmentation);
  pass.sentences += segmentation.sentences.size();
  pass.tokens += segmentation.tokens.size();
  pass.inner_seconds += Seconds(inner_start, Clock::now());
  pass.bytes += document.text.size();
  ++pass.documents;
  const int from_name = LanguageFromName(document.file);
  if (from_name >= 0 && from_name != language) ++pass.language_mismatches;
}

void CollectDiagnostics(const parley::Diagnostics& diagnostics, Pass& pass) {
  for (const parley::Diagnostic& diagnostic : diagnostics.items()) {
    if (diagnostic.severity == parley::Severity::kError) {
      ++pass.errors;
    } else {
      ++pass.warnings;
    }
    if (pass.messages.size() < 5) pass.messages.push_back(diagnostic.ToString());
  }
}

Pass RunParley(const std::string& dir, ParleyStage& stage, bool per_file) {
  Pass pass;
  parley::Diagnostics diagnostics;
  const parley::ReadOptions options;
  const Clock::time_point start = Clock::now();
  if (per_file) {
    std::vector<std::string> list_errors;
    const std::vector<std::string> files = stage.file_system->ListFilesRecursively(dir, &list_errors);
    for (const std::string& error : list_errors) diagnostics.Error(dir, 0, 0, error);
    std::string contents;
    std::string error;
    for (const std::string& file : files) {
      const std::filesystem::path path(file);
      if (!HasDocumentExtension(path)) continue;
      if (!stage.file_system->ReadFile(file, &contents, &error)) {
        diagnostics.Error(file, 0, 0, error);
        continue;
      }
      std::optional<parley::Document> document =
          parley::ReadTextDocument(std::move(contents), file, path.stem().string(), options, diagnostics);
      contents = std::string();
      if (document) SegmentDocument(stage, *document, pass);
    }
  } else {
    parley::ReadInputs(
        {dir}, options, *stage.file_system,
        [&](parley::Document&& document) { SegmentDocument(stage, document, pass); }, diagnostics);
  }
  pass.seconds = Seconds(start, Clock::now());
  CollectDiagnostics(diagnostics, pass);
  return pass;
}

// ---------------------------------------------------------------------------
// Report.

std::string Grouped(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  const size_t size = digits.size();
  for (size_t i = 0; i < size; ++i) {
    if (i > 0 && (size - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double MedianSeconds(const std::vector<Pass>& passes) {
  std::vector<double> seconds;
  for (const Pass& pass : passes) seconds.push_back(pass.seconds);
  return Median(seconds);
}

// The pass whose time is the median (for an even count, the lower middle);
// its counts are the same as every other pass's when the run is sound.
const Pass& MedianPass(const std::vector<Pass>& passes) {
  std::vector<const Pass*> sorted;
  for (const Pass& pass : passes) sorted.push_back(&pass);
  std::sort(sorted.begin(), sorted.end(), [](const Pass* a, const Pass* b) { return a->seconds < b->seconds; });
  return *sorted[(sorted.size() - 1) / 2];
}

void PrintRow(const char* name, const Pass& pass, double seconds) {
  const double megabytes = pass.bytes / 1e6;
  std::printf("  %-40s %7s %9.2f %9.3f %9.2f %12s %12s %13s\n", name, Grouped(pass.documents).c_str(), megabytes,
              seconds, seconds > 0 ? megabytes / seconds : 0.0,
              Grouped(static_cast<uint64_t>(seconds > 0 ? pass.sentences / seconds : 0)).c_str(),
              Grouped(pass.sentences).c_str(), Grouped(pass.tokens).c_str());
}

std::string RoundTimes(const std::vector<Pass>& passes) {
  std::string out;
  char buffer[32];
  for (const Pass& pass : passes) {
    std::snprintf(buffer, sizeof buffer, "%s%.3f", out.empty() ? "" : " ", pass.seconds);
    out += buffer;
  }
  return out;
}

int Usage() {
  std::fprintf(stderr,
               "usage: parley_segment_bench CORPUS_DIR [--rounds N] [--per-file] [--only icu|parley] [--check]\n"
               "  --rounds N   timed rounds per side, run alternately (default 3); the median counts\n"
               "  --per-file   parley side: FileSystem::ReadFile + ReadTextDocument per file\n"
               "               instead of ReadInputs over the directory\n"
               "  --only SIDE  time one side only (for profiling); no ratio\n"
               "  --check      exit status 1 when parley is below %.2fx the bare ICU MB/s\n",
               kTarget);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  int rounds = 3;
  bool per_file = false;
  bool check = false;
  bool run_icu = true;
  bool run_parley = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
      if (rounds < 1) return Usage();
    } else if (arg == "--per-file") {
      per_file = true;
    } else if (arg == "--check") {
      check = true;
    } else if (arg == "--only" && i + 1 < argc) {
      const std::string side = argv[++i];
      if (side != "icu" && side != "parley") return Usage();
      run_icu = side == "icu";
      run_parley = side == "parley";
    } else if (arg == "-h" || arg == "--help") {
      Usage();
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      return Usage();
    } else if (dir.empty()) {
      dir = arg;
    } else {
      return Usage();
    }
  }
  if (dir.empty()) return Usage();
  if (!std::filesystem::is_directory(dir)) {
    std::fprintf(stderr, "parley_segment_bench: %s is not a directory\n", dir.c_str());
    return 2;
  }

  // Warm the page cache and learn the corpus's size.
  const std::vector<std::string> files = ListDocuments(dir);
  if (files.empty()) {
    std::fprintf(stderr, "parley_segment_bench: no .txt or .md files below %s\n", dir.c_str());
    return 2;
  }
  uint64_t corpus_bytes = 0;
  {
    std::string bytes;
    for (const std::string& file : files) {
      if (ReadBytes(file, &bytes)) corpus_bytes += bytes.size();
    }
  }
  if (const size_t jsonl = CountOtherInputs(dir); jsonl > 0) {
    std::fprintf(stderr,
                 "parley_segment_bench: warning: %zu .jsonl files below %s are read by parley but not by the "
                 "baseline; the two sides do not see the same bytes\n",
                 jsonl, dir.c_str());
  }

  // Everything that is built once: ICU iterators, parley segmenters.
  IcuIterators icu_iterators;
  std::string error;
  if (!MakeIcuIterators(&icu_iterators, &error)) {
    std::fprintf(stderr, "parley_segment_bench: %s\n", error.c_str());
    return 1;
  }
  ParleyStage stage;
  stage.file_system = parley::MakeRealFileSystem();
  const parley::Language languages[2] = {parley::Language::kGerman, parley::Language::kEnglish};
  for (int i = 0; i < 2; ++i) {
    parley::Status status;
    stage.segmenter[i] = parley::Segmenter::Create(languages[i], &status);
    if (!status.ok() || !stage.segmenter[i]) {
      std::fprintf(stderr, "parley_segment_bench: Segmenter::Create(%s): %s\n",
                   std::string(parley::LanguageCode(languages[i])).c_str(), status.ToString().c_str());
      return 1;
    }
  }

  // Alternate the sides, and which goes first, round by round.
  std::vector<Pass> icu_passes;
  std::vector<Pass> parley_passes;
  for (int round = 0; round < rounds; ++round) {
    const bool icu_first = round % 2 == 0;
    if (run_icu && icu_first) icu_passes.push_back(RunIcu(dir, icu_iterators));
    if (run_parley) parley_passes.push_back(RunParley(dir, stage, per_file));
    if (run_icu && !icu_first) icu_passes.push_back(RunIcu(dir, icu_iterators));
    std::fprintf(stderr, "round %d/%d:", round + 1, rounds);
    if (run_icu) std::fprintf(stderr, " bare ICU %.3f s", icu_passes.back().seconds);
    if (run_parley) std::fprintf(stderr, " parley %.3f s", parley_passes.back().seconds);
    std::fprintf(stderr, "\n");
  }

  std::printf("parley segmentation benchmark\n");
  std::printf("  corpus   %s: %s .txt/.md files, %.2f MB (1 MB = 10^6 bytes)\n", dir.c_str(),
              Grouped(files.size()).c_str(), corpus_bytes / 1e6);
  std::printf("  ICU      %s; build %s%s\n", U_ICU_VERSION,
#ifdef PARLEY_BENCH_BUILD_TYPE
              PARLEY_BENCH_BUILD_TYPE,
#else
              "(unknown build type)",
#endif
#ifdef NDEBUG
              ""
#else
              " WITHOUT NDEBUG: assertions on, figures not representative"
#endif
  );
  std::printf("  method   %d round%s per side%s, page cache warm; each figure is the side's median round\n", rounds,
              rounds == 1 ? "" : "s", run_icu && run_parley ? ", alternating" : "");
  if (run_parley) {
    std::printf("  parley   %s\n", per_file ? "FileSystem::ReadFile + ReadTextDocument per file, then Segment"
                                          : "ReadInputs over the directory, Segment in its callback");
  }

  std::printf("\n  %-40s %7s %9s %9s %9s %12s %12s %13s\n", "stage", "docs", "MB", "seconds", "MB/s", "sentences/s",
              "sentences", "tokens/words");
  if (run_icu) PrintRow("bare ICU (sentence+word BreakIterator)", MedianPass(icu_passes), MedianSeconds(icu_passes));
  if (run_parley) {
    PrintRow("parley read+segment+tokenize", MedianPass(parley_passes), MedianSeconds(parley_passes));
  }
  std::printf("\n");

  if (run_icu) {
    const Pass& icu = MedianPass(icu_passes);
    std::printf("  bare ICU     rounds (s): %s\n", RoundTimes(icu_passes).c_str());
    std::printf("               median round: %.3f s listing+reading, %.3f s UTF-16 conversion+break iteration\n",
                icu.seconds - icu.inner_seconds, icu.inner_seconds);
  }
  if (run_parley) {
    const Pass& parley_pass = MedianPass(parley_passes);
    std::printf("  parley       rounds (s): %s\n", RoundTimes(parley_passes).c_str());
    std::printf("               median round: %.3f s listing+reading+checks, %.3f s Segment()\n",
                parley_pass.seconds - parley_pass.inner_seconds, parley_pass.inner_seconds);
  }
  if (run_icu && run_parley) {
    std::printf("  counts       differ by design: parley corrects ICU's sentence breaks (abbreviations, ordinals,\n"
                "               headlines, hard wraps) and splits hyphens and clitics; ICU counts word-break\n"
                "               segments whose rule status is not UBRK_WORD_NONE and its sentence segments that\n"
                "               are not all whitespace, over the whole file (front matter included)\n");
  }

  // Sanity checks: the same counts every round, the same input on both sides.
  bool sound = true;
  for (const Pass& p : icu_passes) sound = sound && p.SameCounts(icu_passes.front());
  for (const Pass& p : parley_passes) sound = sound && p.SameCounts(parley_passes.front());
  if (!sound) std::printf("  WARNING      counts differ between rounds of the same side\n");
  if (run_icu && run_parley) {
    const Pass& icu = icu_passes.front();
    const Pass& parley_pass = parley_passes.front();
    if (icu.bytes != parley_pass.bytes || icu.documents != parley_pass.documents) {
      std::printf("  WARNING      the sides read different input: bare ICU %s docs / %s bytes, parley %s docs / %s bytes\n",
                  Grouped(icu.documents).c_str(), Grouped(icu.bytes).c_str(), Grouped(parley_pass.documents).c_str(),
                  Grouped(parley_pass.bytes).c_str());
    }
  }
  for (const std::vector<Pass>* passes : {&icu_passes, &parley_passes}) {
    if (passes->empty()) continue;
    const Pass& p = passes->front();
    const char* side = passes == &icu_passes ? "bare ICU" : "parley";
    if (p.language_mismatches > 0) {
      std::printf("  note         %s: the language differs from the file name's for %s documents\n", side,
                  Grouped(p.language_mismatches).c_str());
    }
    if (p.errors > 0 || p.warnings > 0) {
      std::printf("  diagnostics  %s: %s errors, %s warnings\n", side, Grouped(p.errors).c_str(),
                  Grouped(p.warnings).c_str());
      for (const std::string& message : p.messages) std::printf("               %s\n", message.c_str());
    }
  }

  if (!run_icu || !run_parley) return 0;
  const double icu_rate = MedianPass(icu_passes).bytes / 1e6 / MedianSeconds(icu_passes);
  const double parley_rate = MedianPass(parley_passes).bytes / 1e6 / MedianSeconds(parley_passes);
  const double ratio = icu_rate > 0 ? parley_rate / icu_rate : 0;
  const bool pass_target = ratio >= kTarget;
  std::printf("\n  ratio parley/bare ICU (MB/s): %.2f   target >= %.2f: %s\n", ratio, kTarget,
              pass_target ? "PASS" : "BELOW");
  return check && !pass_target ? 1 : 0;
}
