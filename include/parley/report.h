// Stage 7 of the pipeline: a comparison written as a report or export
// (SPEC §5). Every writer takes the whole Comparison and writes to a stream;
// the CLI makes the file whole-or-nothing.
#ifndef PARLEY_REPORT_H_
#define PARLEY_REPORT_H_

#include <optional>
#include <ostream>
#include <string_view>

#include "parley/comparison.h"

namespace parley {

enum class ReportFormat { kMarkdown, kHtml, kJson, kCsv, kDot, kGraphml };
// "md", "html", "json", "csv", "dot", "graphml".
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

// Which table `csv` writes: the claims (one row per claim, every attribute a
// column), the actor pairs per topic, or the actor × topic matrix.
enum class CsvTable { kClaims, kPairs, kMatrix };
std::optional<CsvTable> ParseCsvTable(std::string_view name);

struct ReportOptions {
  ReportFormat format = ReportFormat::kMarkdown;
  CsvTable table = CsvTable::kClaims;
};

// Writes `comparison` in the chosen format. Returns false only for a format
// this build does not write yet (the CLI reports it as a usage error).
bool WriteReport(const Comparison& comparison, const ReportOptions& options, std::ostream& out);

}  // namespace parley

#endif  // PARLEY_REPORT_H_
