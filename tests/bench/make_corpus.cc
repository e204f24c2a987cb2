// Writes a deterministic corpus of German and English news-like text for the
// benchmarks (speed.sh, run.sh), with planted claims at known places:
//
//   parley_make_corpus OUT_DIR MEGABYTES [--seed N] [--format txt|jsonl]
//                      [--single-jsonl] [--part-mb N] [--planted FILE]
//
// OUT_DIR must not exist or be empty. The corpus is MEGABYTES * 10^6 bytes of
// text files or a little more: articles of 2–12 KB, even numbers German, odd
// numbers English. As txt (the default) they are NNN/NNNNNN-de.txt and
// NNNNNN-en.txt, a thousand to a folder, about 60% with front matter (id,
// date, lang), 30% with a date line and the rest with neither (their language
// is left to detection). As jsonl, the same articles are JSON Lines documents
// ({"id", "date", "lang", "text"} as far as the txt form names them, the text
// without front matter or date line) in OUT_DIR/part-NNNN.jsonl files of at
// most --part-mb MB (default 64), or all in OUT_DIR/corpus.jsonl with
// --single-jsonl. The size counts the txt form, so both forms of one size and
// seed hold the same articles with the same ids.
//
// Paragraphs are one line each, separated by blank lines; about a third of the
// articles are hard-wrapped at 72 columns. Filler sentences (corpus_de.h,
// corpus_en.h) contain the cases a news segmenter must get right and name
// actors, stance verbs and the things negotiated, but never complete a rule of
// a generated rule set (make_rules.cc). About one paragraph in nine starts with
// a planted sentence (corpus_planted.h) that the core rules turn into exactly
// one claim; the manifest (--planted, default OUT_DIR.planted.jsonl, outside
// the corpus so that parley does not read it) lists one per line:
//   {"doc", "line", "actor", "stance", "position", "attributes", "text"}
// with the line as parley reports it for this form. OUT_DIR.info holds the
// counts (bytes, documents, sentences written, planted claims) as key=value.
//
// The output depends only on size and seed (std::mt19937 with distributions
// written here, as the std:: ones differ between standard libraries); a
// checksum of everything written is printed.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus_de.h"
#include "corpus_en.h"
#include "corpus_planted.h"
#include "corpus_text.h"

namespace {

using namespace bench;

struct Article {
  std::string id, date, lang;  // date and lang empty where the txt form does not name them
  std::string header;          // front matter or date line, in the txt form only
  int header_lines = 0;
  std::string body;
  uint64_t sentences = 0;
  std::vector<std::pair<int, Planted>> planted;  // line in the body (1-based), claim
};

class ArticleWriter {
 public:
  explicit ArticleWriter(uint32_t seed) : random_(seed), german_(random_), english_(random_), planter_(random_) {}

  // One article of 2–12 KB (the last paragraph may go a little past).
  Article Make(int index, bool german) {
    Article a;
    const char* lang = german ? "de" : "en";
    char date[32], id[32], path_id[48];
    const int month = random_.Between(1, 12);
    const int day = random_.Between(1, 28);
    std::snprintf(date, sizeof date, "2025-%02d-%02d", month, day);
    std::snprintf(id, sizeof id, "%s-%06d", lang, index);
    std::snprintf(path_id, sizeof path_id, "%03d/%06d-%s", index / 1000, index, lang);
    const int header = static_cast<int>(random_.Below(10));
    if (header < 6) {
      a.id = id;
      a.date = date;
      a.lang = lang;
      a.header = Cat({"---\nid: ", id, "\ndate: ", date, "\nlang: ", lang, "\n---\n"});
      a.header_lines = 5;
    } else {
      a.id = path_id;  // parley's id for a file without one: its path without extension
      if (header < 9) {
        a.date = date;
        a.header = Cat({date, "\n\n"});
        a.header_lines = 2;
      }
    }
    const bool wrapped = random_.Chance(35);
    const size_t target = static_cast<size_t>(random_.Between(2000, 12000));

    std::string& out = a.body;
    out += Headline(german);
    out += "\n\n";
    ++a.sentences;
    while (out.size() < target) {
      const int kind = static_cast<int>(random_.Below(100));
      if (kind < 6) {  // a subheading
        out += Headline(german);
        ++a.sentences;
      } else if (kind < 9) {  // a short list
        out += german ? german_.ListIntro() : english_.ListIntro();
        const int items = random_.Between(2, 4);
        for (int i = 0; i < items; ++i) {
          out += "\n- ";
          out += german ? german_.ListItem() : english_.ListItem();
        }
        a.sentences += 1 + static_cast<uint64_t>(items);
      } else {
        std::string paragraph;
        int sentences = random_.Between(1, 5);
        if (random_.Chance(11)) {  // a planted claim opens the paragraph
          Planted planted = planter_.Make(german);
          paragraph = planted.sentence;
          a.planted.push_back({Lines(out) + 1, std::move(planted)});
          ++a.sentences;
          --sentences;
        }
        for (int i = 0; i < sentences; ++i) {
          if (!paragraph.empty()) paragraph += ' ';
          paragraph += SentenceOfLength(german);
        }
        a.sentences += static_cast<uint64_t>(sentences);
        out += wrapped ? Wrap(paragraph, 72) : paragraph;
      }
      out += "\n\n";
    }
    out.pop_back();  // end with a single newline
    return a;
  }

 private:
  static int Lines(const std::string& text) {
    int n = 0;
    for (char c : text) n += c == '\n';
    return n;
  }

  std::string Headline(bool german) { return german ? german_.Headline() : english_.Headline(); }

  // A sentence of 10–35 words, mostly 14–26.
  std::string SentenceOfLength(bool german) {
    std::string sentence;
    for (int attempt = 0; attempt < 50; ++attempt) {
      sentence = german ? german_.Sentence() : english_.Sentence();
      const int words = CountWords(sentence);
      if (words >= 10 && words <= 35) return sentence;
    }
    return sentence;
  }

  Random random_;
  German german_;
  English english_;
  Planter planter_;
};

// A JSON string literal.
std::string Json(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", u);
      out += escape;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

uint64_t Fnv1a(uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// Writes files and counts what it wrote.
class Output {
 public:
  bool Write(const std::filesystem::path& path, std::string_view text, std::ios::openmode mode) {
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    std::ofstream file(path, std::ios::binary | mode);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) {
      std::fprintf(stderr, "parley_make_corpus: cannot write %s\n", path.c_str());
      return false;
    }
    checksum_ = Fnv1a(Fnv1a(checksum_, path.filename().string()), text);
    bytes_ += text.size();
    return true;
  }
  uint64_t checksum() const { return checksum_; }
  uint64_t bytes() const { return bytes_; }

 private:
  uint64_t checksum_ = 14695981039346656037ull;
  uint64_t bytes_ = 0;
};

int Usage(int status) {
  std::fprintf(stderr,
               "usage: parley_make_corpus OUT_DIR MEGABYTES [--seed N] [--format txt|jsonl] [--single-jsonl]\n"
               "                          [--part-mb N] [--planted FILE]\n"
               "Writes MEGABYTES * 10^6 bytes (or slightly more) of German and English news-like articles\n"
               "into OUT_DIR: as NNN/NNNNNN-de.txt / -en.txt files of 2-12 KB (txt), or as JSON Lines in\n"
               "part-NNNN.jsonl files of at most --part-mb MB (default 64) or one corpus.jsonl (jsonl).\n"
               "The planted claims go to --planted (default OUT_DIR.planted.jsonl), counts to OUT_DIR.info.\n");
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  uint32_t seed = 20250516;
  std::string format = "txt", planted_path;
  bool single = false;
  double part_mb = 64;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) {
      seed = static_cast<uint32_t>(std::strtoul(argv[++i], nullptr, 10));
    } else if (arg == "--format" && i + 1 < argc) {
      format = argv[++i];
      if (format != "txt" && format != "jsonl") return Usage(2);
    } else if (arg == "--single-jsonl") {
      single = true;
    } else if (arg == "--part-mb" && i + 1 < argc) {
      part_mb = std::strtod(argv[++i], nullptr);
      if (!(part_mb > 0)) return Usage(2);
    } else if (arg == "--planted" && i + 1 < argc) {
      planted_path = argv[++i];
    } else if (arg == "-h" || arg == "--help") {
      return Usage(0);
    } else if (!arg.empty() && arg[0] == '-') {
      return Usage(2);
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) return Usage(2);
  std::string dir_name = positional[0];
  while (dir_name.size() > 1 && dir_name.back() == '/') dir_name.pop_back();
  const std::filesystem::path dir = dir_name;
  if (planted_path.empty()) planted_path = dir_name + ".planted.jsonl";
  char* end = nullptr;
  const double megabytes = std::strtod(positional[1].c_str(), &end);
  if (end == positional[1].c_str() || *end != '\0' || !(megabytes > 0) || megabytes > 100000) {
    std::fprintf(stderr, "parley_make_corpus: MEGABYTES must be a positive number, got '%s'\n",
                 positional[1].c_str());
    return 2;
  }
  const uint64_t target = static_cast<uint64_t>(megabytes * 1e6);
  const uint64_t part_bytes = static_cast<uint64_t>(part_mb * 1e6);

  std::error_code error;
  if (std::filesystem::exists(dir, error) && !std::filesystem::is_empty(dir, error)) {
    std::fprintf(stderr, "parley_make_corpus: %s exists and is not empty; remove it or name another directory\n",
                 dir.c_str());
    return 2;
  }
  std::filesystem::create_directories(dir, error);
  if (error) {
    std::fprintf(stderr, "parley_make_corpus: cannot create %s: %s\n", dir.c_str(), error.message().c_str());
    return 2;
  }
  std::ofstream manifest(planted_path, std::ios::binary | std::ios::trunc);
  if (!manifest) {
    std::fprintf(stderr, "parley_make_corpus: cannot write %s\n", planted_path.c_str());
    return 2;
  }

  ArticleWriter writer(seed);
  Output output;
  uint64_t txt_bytes = 0, text_bytes = 0, sentences = 0, planted = 0, part_size = 0;
  int files = 0, german_files = 0, part = 0;
  std::string jsonl;  // lines not yet written to the current part
  auto flush = [&]() {
    if (jsonl.empty()) return true;
    char name[32];
    std::snprintf(name, sizeof name, "part-%04d.jsonl", part);
    const bool ok = output.Write(dir / (single ? "corpus.jsonl" : name), jsonl, std::ios::app);
    jsonl.clear();
    return ok;
  };
  for (int index = 0; txt_bytes < target; ++index) {
    const bool german = index % 2 == 0;
    const Article a = writer.Make(index, german);
    txt_bytes += a.header.size() + a.body.size();
    text_bytes += a.body.size();
    sentences += a.sentences;
    ++files;
    if (german) ++german_files;
    if (format == "txt") {
      char name[32];
      std::snprintf(name, sizeof name, "%03d/%06d-%s.txt", index / 1000, index, german ? "de" : "en");
      if (!output.Write(dir / name, a.header + a.body, std::ios::trunc)) return 1;
    } else {
      std::string line = "{\"id\":" + Json(a.id);
      if (!a.date.empty()) line += ",\"date\":" + Json(a.date);
      if (!a.lang.empty()) line += ",\"lang\":" + Json(a.lang);
      line += ",\"text\":" + Json(a.body) + "}\n";
      if (!single && part_size > 0 && part_size + line.size() > part_bytes) {
        if (!flush()) return 1;
        ++part;
        part_size = 0;
      }
      part_size += line.size();
      jsonl += line;
      if (jsonl.size() >= (8u << 20) && !flush()) return 1;
    }
    const int line_offset = format == "txt" ? a.header_lines : 0;
    for (const auto& [line, claim] : a.planted) {
      std::string attributes = "{";
      for (const auto& [key, value] : claim.attributes) {
        if (attributes.size() > 1) attributes += ',';
        attributes += Json(key) + ":" + value;
      }
      manifest << "{\"doc\":" << Json(a.id) << ",\"line\":" << line + line_offset << ",\"actor\":" << Json(claim.actor)
               << ",\"stance\":" << Json(claim.stance) << ",\"position\":" << Json(claim.position)
               << ",\"attributes\":" << attributes << "},\"text\":" << Json(claim.sentence) << "}\n";
      ++planted;
    }
  }
  if (format == "jsonl" && !flush()) return 1;
  manifest.close();
  if (!manifest) {
    std::fprintf(stderr, "parley_make_corpus: cannot write %s\n", planted_path.c_str());
    return 1;
  }
  std::ofstream info(dir_name + ".info", std::ios::binary | std::ios::trunc);
  info << "format=" << format << (format == "jsonl" && single ? "-single" : "") << "\nbytes=" << output.bytes()
       << "\ntxt_bytes=" << txt_bytes << "\ntext_bytes=" << text_bytes << "\ndocuments=" << files
       << "\nsentences=" << sentences << "\nplanted=" << planted << "\nseed=" << seed << "\n";
  char checksum[20];
  std::snprintf(checksum, sizeof checksum, "%016llx", static_cast<unsigned long long>(output.checksum()));
  info << "checksum=" << checksum << "\n";
  std::printf("wrote %d articles (%d de, %d en) as %s, %llu bytes (%.2f MB), %llu sentences, %llu planted claims, "
              "to %s; seed %u, checksum %s\n",
              files, german_files, files - german_files, format.c_str(), static_cast<unsigned long long>(output.bytes()),
              output.bytes() / 1e6, static_cast<unsigned long long>(sentences),
              static_cast<unsigned long long>(planted), dir.c_str(), seed, checksum);
  return 0;
}
