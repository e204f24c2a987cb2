// The engine's only view of the operating system's files, so that tests can
// replace it (as ninja's DiskInterface does).
#ifndef PARLEY_FILE_SYSTEM_H_
#define PARLEY_FILE_SYSTEM_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parley {

enum class PathKind { kMissing, kFile, kDirectory, kOther };

// A file read front to back in pieces, so that a file larger than memory can
// be read in memory that does not grow with it. Not shared between threads.
class ReadStream {
 public:
  virtual ~ReadStream() = default;

  // Reads up to `capacity` bytes into `buffer` and sets `*size` to how many
  // were read: fewer only at the end, 0 once the end is reached. On failure
  // returns false and sets `error` to a reason a person understands.
  virtual bool Read(char* buffer, size_t capacity, size_t* size, std::string* error) = 0;
};

// A ReadStream over bytes held in memory (what a test or a whole-file read has).
std::unique_ptr<ReadStream> MakeStringReadStream(std::string contents);

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  virtual PathKind Kind(const std::string& path) const = 0;

  // Reads a whole file, or standard input for "-". On failure returns false
  // and sets `error` to a reason a person understands.
  virtual bool ReadFile(const std::string& path, std::string* contents,
                        std::string* error) const = 0;

  // Opens a file, or standard input for "-", to be read in pieces. Returns
  // null and sets `error` (as ReadFile does) when it cannot be opened. The
  // default reads the whole file with ReadFile, which suits file systems held
  // in memory; the real one streams.
  virtual std::unique_ptr<ReadStream> OpenStream(const std::string& path,
                                                 std::string* error) const;

  // The size of a regular file in bytes, without reading it (for progress
  // displays); nullopt when it cannot be told.
  virtual std::optional<uint64_t> FileSize(const std::string& path) const = 0;

  // Every regular file below `directory`, recursively, as paths that start
  // with `directory`, sorted by their path relative to `directory` (byte
  // order, so the result is the same on every machine). Unreadable
  // subdirectories are reported through `error` and the listing goes on.
  virtual std::vector<std::string> ListFilesRecursively(const std::string& directory,
                                                        std::vector<std::string>* errors) const = 0;

  // The same files in the same order, handed to `visit` one at a time, so
  // that a corpus of many files is never listed whole in memory. The
  // default collects ListFilesRecursively; the real file system walks one
  // directory at a time.
  virtual void ForEachFileRecursively(const std::string& directory,
                                      const std::function<void(const std::string&)>& visit,
                                      std::vector<std::string>* errors) const {
    for (const std::string& path : ListFilesRecursively(directory, errors)) visit(path);
  }
};

// The real file system of the machine.
std::unique_ptr<FileSystem> MakeRealFileSystem();

}  // namespace parley

#endif  // PARLEY_FILE_SYSTEM_H_
