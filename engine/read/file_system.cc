// The real file system behind parley::FileSystem.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>
#include <utility>

#include "parley/file_system.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class StringReadStream : public ReadStream {
 public:
  explicit StringReadStream(std::string contents) : contents_(std::move(contents)) {}

  bool Read(char* buffer, size_t capacity, size_t* size, std::string*) override {
    *size = std::min(capacity, contents_.size() - position_);
    std::copy_n(contents_.data() + position_, *size, buffer);
    position_ += *size;
    return true;
  }

 private:
  std::string contents_;
  size_t position_ = 0;
};

// An open file, or standard input (`in` is then std::cin, not owned).
class IstreamReadStream : public ReadStream {
 public:
  IstreamReadStream(std::unique_ptr<std::istream> owned, std::istream& in, std::string failure)
      : owned_(std::move(owned)), in_(in), failure_(std::move(failure)) {}

  bool Read(char* buffer, size_t capacity, size_t* size, std::string* error) override {
    *size = 0;
    if (in_.eof()) return true;
    in_.read(buffer, static_cast<std::streamsize>(capacity));
    *size = static_cast<size_t>(in_.gcount());
    if (in_.bad()) {
      *error = failure_;
      return false;
    }
    return true;
  }

 private:
  std::unique_ptr<std::istream> owned_;
  std::istream& in_;
  std::string failure_;
};

class RealFileSystem : public FileSystem {
 public:
  PathKind Kind(const std::string& path) const override {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return PathKind::kMissing;
    if (fs::is_directory(status)) return PathKind::kDirectory;
    if (fs::is_regular_file(status)) return PathKind::kFile;
    return PathKind::kOther;
  }

  bool ReadFile(const std::string& path, std::string* contents,
                std::string* error) const override {
    if (path == "-") {
      contents->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      if (std::cin.bad()) {
        *error = "cannot read standard input";
        return false;
      }
      return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::error_code ec(errno, std::generic_category());
      *error = "cannot open: " + ec.message();
      return false;
    }
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > 0) {
      contents->resize(static_cast<size_t>(size));
      in.read(contents->data(), size);
      contents->resize(static_cast<size_t>(in.gcount()));
    } else {
      contents->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (in.bad()) {
      *error = "read failed";
      return false;
    }
    return true;
  }

  std::unique_ptr<ReadStream> OpenStream(const std::string& path,
                                         std::string* error) const override {
    if (path == "-")
      return std::make_unique<IstreamReadStream>(nullptr, std::cin, "cannot read standard input");
    auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in) {
      std::error_code ec(errno, std::generic_category());
      *error = "cannot open: " + ec.message();
      return nullptr;
    }
    std::istream& stream = *in;
    return std::make_unique<IstreamReadStream>(std::move(in), stream, "read failed");
  }

  std::optional<uint64_t> FileSize(const std::string& path) const override {
    std::error_code ec;
    const uintmax_t size = fs::file_size(path, ec);
    if (ec) return std::nullopt;
    return static_cast<uint64_t>(size);
  }

  std::vector<std::string> ListFilesRecursively(const std::string& directory,
                                                std::vector<std::string>* errors) const override {
    std::vector<std::string> out;
    ForEachFileRecursively(directory, [&](const std::string& path) { out.push_back(path); }, errors);
    return out;
  }

  // Depth first, each directory's entries sorted by name with a '/' after a
  // directory's: that is byte order of the relative paths ("a.txt" before
  // "a/b.txt", as '.' < '/'), and only one directory is held at a time.
  void ForEachFileRecursively(const std::string& directory,
                              const std::function<void(const std::string&)>& visit,
                              std::vector<std::string>* errors) const override {
    Walk(fs::path(directory), directory, visit, errors, /*depth=*/0);
  }

 private:
  // Deeper than this is a link cycle or a mistake, not a corpus.
  static constexpr int kMaxDepth = 64;

  void Walk(const fs::path& folder, const std::string& root,
            const std::function<void(const std::string&)>& visit, std::vector<std::string>* errors,
            int depth) const {
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors->push_back(root + ": " + ec.message());
      return;
    }
    struct Entry {
      std::string key;  // the name, with '/' after a directory's
      fs::path path;
      bool directory = false;
    };
    std::vector<Entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        errors->push_back(root + ": " + ec.message());
        break;
      }
      std::error_code kind_ec;
      // A link to a folder is not followed (as recursive_directory_iterator
      // does not by default): no cycles.
      const bool is_directory = !it->is_symlink(kind_ec) && it->is_directory(kind_ec);
      if (!is_directory && !it->is_regular_file(kind_ec)) continue;
      std::string key = it->path().filename().generic_string();
      if (is_directory) key += '/';
      entries.push_back({std::move(key), it->path(), is_directory});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    for (const Entry& entry : entries) {
      if (!entry.directory) {
        visit(entry.path.generic_string());
      } else if (depth < kMaxDepth) {
        Walk(entry.path, root, visit, errors, depth + 1);
      } else {
        errors->push_back(entry.path.generic_string() + ": folders nested too deep; skipped");
      }
    }
  }
};

}  // namespace

std::unique_ptr<ReadStream> MakeStringReadStream(std::string contents) {
  return std::make_unique<StringReadStream>(std::move(contents));
}

std::unique_ptr<ReadStream> FileSystem::OpenStream(const std::string& path,
                                                   std::string* error) const {
  std::string contents;
  if (!ReadFile(path, &contents, error)) return nullptr;
  return MakeStringReadStream(std::move(contents));
}

std::unique_ptr<FileSystem> MakeRealFileSystem() { return std::make_unique<RealFileSystem>(); }

}  // namespace parley
