// Small helpers shared by the unit tests.
#ifndef PARLEY_TESTS_UNIT_TEST_SUPPORT_H_
#define PARLEY_TESTS_UNIT_TEST_SUPPORT_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "parley/file_system.h"
#include "parley/segmenter.h"

namespace parley::testing {

// A file system in memory: the OS interface the engine sees, for tests.
class MemoryFileSystem : public FileSystem {
 public:
  std::map<std::string, std::string> files;  // path → contents; "-" is standard input
  std::vector<std::string> directories;

  PathKind Kind(const std::string& path) const override {
    if (files.count(path)) return PathKind::kFile;
    for (const auto& d : directories)
      if (d == path) return PathKind::kDirectory;
    return PathKind::kMissing;
  }
  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override {
    auto it = files.find(path);
    if (it == files.end()) {
      *error = "cannot open";
      return false;
    }
    *contents = it->second;
    return true;
  }
  std::optional<uint64_t> FileSize(const std::string& path) const override {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second.size();
  }
  std::vector<std::string> ListFilesRecursively(const std::string& directory,
                                                std::vector<std::string>*) const override {
    std::vector<std::string> out;
    for (const auto& [path, contents] : files)
      if (path.rfind(directory + "/", 0) == 0) out.push_back(path);
    return out;  // std::map keeps them sorted
  }
};


inline std::unique_ptr<Segmenter> MakeSegmenter(Language language) {
  Status status;
  auto segmenter = Segmenter::Create(language, &status);
  if (!segmenter) throw std::runtime_error(status.ToString());
  return segmenter;
}

// The sentences of `text`, as SentenceText gives them.
inline std::vector<std::string> Sentences(const std::string& text, Language language) {
  auto segmenter = MakeSegmenter(language);
  Segmentation segmentation;
  segmenter->Segment(text, 0, 1, &segmentation);
  std::vector<std::string> out;
  for (const Sentence& sentence : segmentation.sentences)
    out.push_back(Segmentation::SentenceText(text, sentence));
  return out;
}

// The folded tokens of a fragment, joined by single spaces.
inline std::string Folds(const std::string& text, Language language) {
  auto segmenter = MakeSegmenter(language);
  Segmentation segmentation;
  segmenter->Tokenize(text, &segmentation);
  std::string out;
  for (const Token& token : segmentation.tokens) {
    if (!out.empty()) out += ' ';
    out += segmentation.Fold(token);
  }
  return out;
}

}  // namespace parley::testing

#endif  // PARLEY_TESTS_UNIT_TEST_SUPPORT_H_
