// Errors that users cause are values, never exceptions or aborts.
//
// A Diagnostic names where a problem is (file, 1-based line and column, and
// for byte-level problems the 0-based byte offset) and what is wrong. A
// Diagnostics list collects every problem of a run so that all of them can be
// reported at once; the CLI turns it into messages and an exit status.
#ifndef PARLEY_STATUS_H_
#define PARLEY_STATUS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace parley {

enum class Severity { kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;          // as the user named it; "-" for standard input
  int line = 0;              // 1-based; 0 when the problem concerns the whole file
  int column = 0;            // 1-based, counted in characters; 0 when unknown
  int64_t byte_offset = -1;  // 0-based offset into the file as read; -1 when not relevant
  std::string message;
  // Optional: the source line the problem is in, shown under the message with
  // a caret at `excerpt_column` (1-based, in characters), as compilers do.
  std::string excerpt;
  int excerpt_column = 0;

  // "file:line:column: error: message" (the parts that are known), then the
  // excerpt and its caret when there is one.
  std::string ToString() const;
};

// Collects diagnostics in the order they were found.
class Diagnostics {
 public:
  void Add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void Error(std::string file, int line, int column, std::string message);
  void Warning(std::string file, int line, int column, std::string message);

  bool has_errors() const;
  bool empty() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

// The result of an operation that either succeeds or fails for one reason.
class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(Diagnostic diagnostic) { return Status(std::move(diagnostic)); }

  bool ok() const { return !failed_; }
  const Diagnostic& diagnostic() const { return diagnostic_; }
  std::string ToString() const { return ok() ? "ok" : diagnostic_.ToString(); }

 private:
  explicit Status(Diagnostic diagnostic) : failed_(true), diagnostic_(std::move(diagnostic)) {}
  bool failed_ = false;
  Diagnostic diagnostic_;
};

}  // namespace parley

#endif  // PARLEY_STATUS_H_
