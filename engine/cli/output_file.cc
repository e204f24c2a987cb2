// Whole-or-nothing output files.
#include "cli/output_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace parley::cli {

namespace {

// Interrupted runs. SIGKILL ends the process where it stands: the renamed
// file is whole or absent, and the temporary file (".NAME.parley-PID-N"
// beside NAME, hidden and named for what it is) stays behind; nothing can
// remove it. SIGTERM, SIGINT and SIGHUP (kill, Ctrl-C, a closed terminal)
// would do the same, since their default action skips every destructor; so
// while a temporary file exists, a handler removes it and then dies of the
// same signal.
//
// The code's rule is no global state. A signal handler, though, can reach
// nothing but static storage and may only do async-signal-safe work, so the
// exception is made here at the command-line edge and nowhere else: one
// path, stored before the flag that arms it is set, read by the handler
// only while the flag is set, and used for unlink() alone. A parley process
// writes one output file at a time.
char g_temporary[PATH_MAX];
volatile sig_atomic_t g_armed = 0;

extern "C" void RemoveTemporaryAndDie(int signal_number) {
  if (g_armed) unlink(g_temporary);
  // SA_RESETHAND has restored the default action; the signal is blocked
  // until this handler returns, and then ends the process as it would have.
  raise(signal_number);
}

void Arm(const std::string& temporary) {
  if (temporary.size() >= sizeof g_temporary) return;  // left behind if killed
  g_armed = 0;
  std::atomic_signal_fence(std::memory_order_seq_cst);
  std::memcpy(g_temporary, temporary.c_str(), temporary.size() + 1);
  std::atomic_signal_fence(std::memory_order_seq_cst);
  g_armed = 1;
  for (int signal_number : {SIGTERM, SIGINT, SIGHUP}) {
    struct sigaction action {};
    // A signal the caller ignores (nohup; SIGINT of a background job) stays ignored.
    if (sigaction(signal_number, nullptr, &action) != 0 || action.sa_handler == SIG_IGN) continue;
    if (action.sa_handler == RemoveTemporaryAndDie) continue;
    action = {};
    action.sa_handler = RemoveTemporaryAndDie;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, nullptr);
  }
}

// After the rename or the removal: a signal now finds nothing to remove.
void Disarm() {
  g_armed = 0;
  std::atomic_signal_fence(std::memory_order_seq_cst);
}

}  // namespace

OutputFile::~OutputFile() {
  if (!temporary_.empty()) {
    file_.close();
    std::remove(temporary_.c_str());
    Disarm();
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
    // Armed before the file exists, so no signal finds it unarmed. A file
    // of that name already there is a leftover of a killed process with
    // this one's id: removing it does no harm.
    Arm(temporary_);
    fd = open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    *error = path + ": cannot write: " + std::strerror(errno);
    Disarm();
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
    if (std::cout.flush()) return true;
    *error = "cannot write to standard output (is the disk full?)";
    return false;
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
  Disarm();
  temporary_.clear();
  return true;
}

}  // namespace parley::cli
