// The engine's only view of the operating system's files, so that tests can
// replace it (as ninja's DiskInterface does).
#ifndef PARLEY_FILE_SYSTEM_H_
#define PARLEY_FILE_SYSTEM_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parley {

enum class PathKind { kMissing, kFile, kDirectory, kOther };

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  virtual PathKind Kind(const std::string& path) const = 0;

  // Reads a whole file, or standard input for "-". On failure returns false
  // and sets `error` to a reason a person understands.
  virtual bool ReadFile(const std::string& path, std::string* contents,
                        std::string* error) const = 0;

  // The size of a regular file in bytes, without reading it (for progress
  // displays); nullopt when it cannot be told.
  virtual std::optional<uint64_t> FileSize(const std::string& path) const = 0;

  // Every regular file below `directory`, recursively, as paths that start
  // with `directory`, sorted by their path relative to `directory` (byte
  // order, so the result is the same on every machine). Unreadable
  // subdirectories are reported through `error` and the listing goes on.
  virtual std::vector<std::string> ListFilesRecursively(const std::string& directory,
                                                        std::vector<std::string>* errors) const = 0;
};

// The real file system of the machine.
std::unique_ptr<FileSystem> MakeRealFileSystem();

}  // namespace parley

#endif  // PARLEY_FILE_SYSTEM_H_
