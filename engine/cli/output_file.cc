// Whole-or-nothing output files.
#include "cli/output_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace parley::cli {

OutputFile::~OutputFile() {
  if (!temporary_.empty()) {
    file_.close();
    std::remove(temporary_.c_str());
  }
}

bool OutputFile::Open(const std::string& path, std::string* error) {
  if (path.empty() || path == "-") return true;
  to_stdout_ = false;
  path_ = path;
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    *error = path + ": cannot write: the folder '" + folder.string() + "' does not exist";
    return false;
  }
  if (std::filesystem::is_directory(target, ec)) {
    *error = path + ": cannot write: it is a folder; name a file";
    return false;
  }
  // Created with O_EXCL and mode 0666, so the umask gives it the permissions
  // any new file gets (mkstemp would make it private).
  const std::string stem = (folder / std::string(".").append(target.filename().string()).append(".parley-")).string();
  int fd = -1;
  for (unsigned attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temporary_ = stem + std::to_string(getpid()) + "-" + std::to_string(attempt);
    fd = open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    *error = path + ": cannot write: " + std::strerror(errno);
    temporary_.clear();
    return false;
  }
  close(fd);
  file_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    *error = path + ": cannot write: " + std::strerror(errno);
    return false;
  }
  return true;
}

bool OutputFile::Commit(std::string* error) {
  if (to_stdout_) {
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  file_.close();
  if (!file_) {
    *error = path_ + ": cannot write: the disk may be full";
    return false;
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    *error = path_ + ": cannot write: " + std::strerror(errno);
    return false;
  }
  temporary_.clear();
  return true;
}

}  // namespace parley::cli
