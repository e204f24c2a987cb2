// The real file system behind parley::FileSystem.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

#include "parley/file_system.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

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

std::unique_ptr<FileSystem> MakeRealFileSystem() { return std::make_unique<RealFileSystem>(); }

}  // namespace parley
