// Output that is written whole or not at all (SPEC §8): a named file is
// written to a temporary file beside it and renamed into place on Commit,
// so a failed or interrupted run leaves the old file or none, never half of
// one. Without a name, output goes to standard output as it is produced.
#ifndef PARLEY_CLI_OUTPUT_FILE_H_
#define PARLEY_CLI_OUTPUT_FILE_H_

#include <fstream>
#include <iostream>
#include <string>

namespace parley::cli {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();  // removes the temporary file unless committed

  // Prepares to write `path` ("" or "-": standard output). Returns false
  // with a message when the file cannot be created (no such folder, no
  // permission).
  bool Open(const std::string& path, std::string* error);

  std::ostream& stream() { return to_stdout_ ? std::cout : file_; }
  bool to_stdout() const { return to_stdout_; }

  // Flushes and renames the temporary file into place.
  bool Commit(std::string* error);

  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

 private:
  bool to_stdout_ = true;
  std::string path_;
  std::string temporary_;
  std::ofstream file_;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_OUTPUT_FILE_H_
