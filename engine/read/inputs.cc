// Turning INPUT arguments (files, directories, "-") into documents.
#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "parley/reader.h"
#include "read/document_checks.h"
#include "read/json_lines.h"
#include "read/line_reader.h"

namespace parley {
namespace {

std::string LowerExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot);
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

// Whether a file found below a directory is read as a document.
bool IsDocumentFile(const std::string& relative) {
  // Hidden files and folders (.git, .DS_Store) are never documents.
  if (relative.front() == '.' || relative.find("/.") != std::string::npos) return false;
  const std::string ext = LowerExtension(relative);
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

std::string WithoutExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || dot == 0 || (slash != std::string::npos && dot <= slash + 1))
    return path;
  return path.substr(0, dot);
}

std::string FileName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Calls `visit(path, id)` for each document file below `directory`, in
// reading order; the id is its relative path without extension.
template <typename Visit>
void ForEachDocumentFile(const FileSystem& fs, const std::string& directory,
                         std::vector<std::string>* errors, Visit&& visit) {
  std::string prefix = directory;
  while (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
  prefix += '/';
  fs.ForEachFileRecursively(
      directory,
      [&](const std::string& path) {
        std::string relative = path.compare(0, prefix.size(), prefix) == 0 ? path.substr(prefix.size()) : path;
        if (relative.empty() || !IsDocumentFile(relative)) return;
        visit(path, WithoutExtension(relative));
      },
      errors);
}

class InputReader {
 public:
  InputReader(const ReadOptions& options, const FileSystem& file_system,
              const DocumentCallback& on_document, Diagnostics& diagnostics)
      : options_(options), fs_(file_system), on_document_(on_document), diagnostics_(diagnostics) {}

  size_t count() const { return count_; }

  void ReadFile(const std::string& path, const std::string& id_fallback) {
    if (LowerExtension(path) == ".jsonl") {
      Stream(path, id_fallback, /*jsonl_if_it_looks_so=*/false);
      return;
    }
    // A .txt or .md file is one document, held whole anyway: measured first,
    // so that a file too large for the limit is never read.
    if (std::optional<uint64_t> size = fs_.FileSize(path); size && *size > MaxDocumentBytes(options_)) {
      ReportOversizedDocument(path, 0, *size, options_, diagnostics_);
      return;
    }
    std::string contents;
    std::string error;
    if (!fs_.ReadFile(path, &contents, &error)) {
      diagnostics_.Error(path, 0, 0, error);
      return;
    }
    if (contents.empty()) {
      diagnostics_.Warning(path, 0, 0, "empty document, nothing to read; skipped");
      return;
    }
    ReadText(std::move(contents), path, id_fallback);
  }

  void ReadDirectory(const std::string& directory) {
    std::vector<std::string> errors;
    size_t files = 0;
    ForEachDocumentFile(fs_, directory, &errors, [&](const std::string& path, const std::string& id) {
      ++files;
      ReadFile(path, id);
    });
    for (const std::string& error : errors) diagnostics_.Error(directory, 0, 0, error);
    if (files == 0)
      diagnostics_.Error(directory, 0, 0,
                         "no documents found (parley reads .txt, .md and .jsonl files)");
  }

  void ReadStandardInput() { Stream("-", "stdin", /*jsonl_if_it_looks_so=*/true); }

 private:
  // Reads `path` ("-" for standard input) as a stream of JSON Lines, so that
  // a file of any size is read in memory the size of its longest line. With
  // `jsonl_if_it_looks_so`, input whose first non-blank byte does not open an
  // object is one text document instead (standard input has no extension).
  void Stream(const std::string& path, const std::string& id_fallback, bool jsonl_if_it_looks_so) {
    std::string error;
    std::unique_ptr<ReadStream> stream = fs_.OpenStream(path, &error);
    if (!stream) {
      diagnostics_.Error(path, 0, 0, error);
      return;
    }
    const uint64_t max_bytes = MaxDocumentBytes(options_);
    LineReader lines(*stream, size_t{1} << 16, max_bytes);
    if (lines.AtEnd()) {
      if (!lines.error().empty())
        diagnostics_.Error(path, 0, 0, lines.error());
      else
        diagnostics_.Warning(path, 0, 0, "empty document, nothing to read; skipped");
      return;
    }
    if (!jsonl_if_it_looks_so || lines.PeekFirstNonBlank() == '{') {
      const size_t diagnostics_before = diagnostics_.items().size();
      const size_t read = ReadJsonLinesFrom(lines, path, options_, on_document_, diagnostics_);
      count_ += read;
      // Only blank lines: say so, as for an empty file (bad lines say it themselves).
      if (read == 0 && diagnostics_.items().size() == diagnostics_before)
        diagnostics_.Warning(path, 0, 0, "no documents, only blank lines; skipped");
      return;
    }
    std::string contents;
    uint64_t size = 0;
    if (!lines.ReadRest(&contents, max_bytes, &size)) {
      diagnostics_.Error(path, 0, 0, lines.error());
      return;
    }
    if (size > max_bytes) {
      ReportOversizedDocument(path, 0, size, options_, diagnostics_);
      return;
    }
    ReadText(std::move(contents), path, id_fallback);
  }

  void ReadText(std::string contents, const std::string& path, const std::string& id_fallback) {
    if (std::optional<Document> document =
            ReadTextDocument(std::move(contents), path, id_fallback, options_, diagnostics_)) {
      on_document_(std::move(*document));
      ++count_;
    }
  }

  const ReadOptions& options_;
  const FileSystem& fs_;
  const DocumentCallback& on_document_;
  Diagnostics& diagnostics_;
  size_t count_ = 0;
};

}  // namespace

size_t ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                  const FileSystem& file_system, const DocumentCallback& on_document,
                  Diagnostics& diagnostics) {
  std::vector<PathKind> kinds;
  bool all_there = true;
  for (const std::string& input : inputs) {
    PathKind kind = input == "-" ? PathKind::kFile : file_system.Kind(input);
    if (kind == PathKind::kMissing) {
      diagnostics.Error(input, 0, 0, "no such file or directory");
      all_there = false;
    } else if (kind == PathKind::kOther) {
      diagnostics.Error(input, 0, 0, "not a regular file or directory");
      all_there = false;
    }
    kinds.push_back(kind);
  }
  if (!all_there) return 0;

  InputReader reader(options, file_system, on_document, diagnostics);
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string& input = inputs[i];
    if (input == "-") {
      reader.ReadStandardInput();
    } else if (kinds[i] == PathKind::kDirectory) {
      reader.ReadDirectory(input);
    } else {
      reader.ReadFile(input, WithoutExtension(FileName(input)));
    }
  }
  return reader.count();
}

InputSize MeasureInputs(const std::vector<std::string>& inputs, const FileSystem& file_system) {
  uint64_t bytes = 0;
  size_t documents = 0;
  bool bytes_known = true;
  bool documents_known = true;
  auto add_file = [&](const std::string& path) {
    bytes += file_system.FileSize(path).value_or(0);
    if (LowerExtension(path) == ".jsonl") documents_known = false;
    ++documents;
  };
  for (const std::string& input : inputs) {
    if (input == "-") {
      bytes_known = documents_known = false;
    } else if (PathKind kind = file_system.Kind(input); kind == PathKind::kFile) {
      add_file(input);
    } else if (kind == PathKind::kDirectory) {
      std::vector<std::string> errors;  // ReadInputs reports them
      ForEachDocumentFile(file_system, input, &errors,
                          [&](const std::string& path, const std::string&) { add_file(path); });
    }
  }
  InputSize size;
  if (bytes_known) size.bytes = bytes;
  if (documents_known) size.documents = documents;
  return size;
}

}  // namespace parley
