// Small helpers shared by the unit tests.
#ifndef PARLEY_TESTS_UNIT_TEST_SUPPORT_H_
#define PARLEY_TESTS_UNIT_TEST_SUPPORT_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "parley/file_system.h"
#include "parley/segmenter.h"

namespace parley::testing {

// A ReadStream over bytes in memory that hands out at most `chunk` bytes per
// read, so that lines fall across chunk boundaries; with `fail_after`, it
// hands out that many bytes and then fails (a disk error mid-file).
class ChunkedReadStream : public ReadStream {
 public:
  ChunkedReadStream(std::string contents, size_t chunk, size_t fail_after = SIZE_MAX)
      : contents_(std::move(contents)), chunk_(chunk), fail_after_(fail_after) {}

  bool Read(char* buffer, size_t capacity, size_t* size, std::string* error) override {
    *size = 0;
    if (position_ == contents_.size()) return true;
    if (position_ >= fail_after_) {
      *error = "read failed: disk on fire";
      return false;
    }
    *size = std::min({capacity, chunk_, contents_.size() - position_, fail_after_ - position_});
    std::copy_n(contents_.data() + position_, *size, buffer);
    position_ += *size;
    return true;
  }

 private:
  std::string contents_;
  size_t chunk_;
  size_t fail_after_;
  size_t position_ = 0;
};

// A file system in memory: the OS interface the engine sees, for tests.
class MemoryFileSystem : public FileSystem {
 public:
  std::map<std::string, std::string> files;  // path → contents; "-" is standard input
  std::vector<std::string> directories;
  // When not 0, OpenStream hands files out this many bytes per read.
  size_t chunk_size = 0;
  // OpenStream fails to read past this many bytes of any file.
  size_t fail_after = SIZE_MAX;

  std::unique_ptr<ReadStream> OpenStream(const std::string& path,
                                         std::string* error) const override {
    if (chunk_size == 0 && fail_after == SIZE_MAX) return FileSystem::OpenStream(path, error);
    auto it = files.find(path);
    if (it == files.end()) {
      *error = "cannot open";
      return nullptr;
    }
    return std::make_unique<ChunkedReadStream>(it->second, chunk_size ? chunk_size : SIZE_MAX,
                                               fail_after);
  }

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
