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
    std::vector<std::pair<std::string, std::string>> found;  // (relative, full)
    std::error_code ec;
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                        ec);
    if (ec) {
      errors->push_back(directory + ": " + ec.message());
      return {};
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        errors->push_back(directory + ": " + ec.message());
        break;
      }
      std::error_code kind_ec;
      if (!it->is_regular_file(kind_ec)) continue;
      fs::path full = it->path();
      found.emplace_back(full.lexically_relative(directory).generic_string(),
                         full.generic_string());
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    out.reserve(found.size());
    for (auto& entry : found) out.push_back(std::move(entry.second));
    return out;
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
