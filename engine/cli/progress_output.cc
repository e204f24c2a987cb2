#include <chrono>

#include "cli/cli.h"
#include "parley/file_system.h"
#include "parley/reader.h"

namespace parley::cli {

std::unique_ptr<Progress> StartProgress(ProgressMode mode, const Terminal& terminal,
                                        const std::vector<std::string>& inputs,
                                        bool streams_to_stdout, std::ostream& err) {
  const ProgressStyle style = ChooseProgressStyle(mode, terminal, streams_to_stdout);
  InputSize size;
  // Listing the folders twice costs little next to reading the files, but
  // nothing at all when no one is watching.
  if (style != ProgressStyle::kNone) size = MeasureInputs(inputs, *MakeRealFileSystem());
  const int width = style == ProgressStyle::kTerminal ? terminal.Width() : 0;
  return std::make_unique<Progress>(err, style, width, size.documents, size.bytes,
                                    [] { return std::chrono::steady_clock::now(); });
}

}  // namespace parley::cli
