// WriteReport: the format chosen on the command line, dispatched to its
// writer. Every writer is a pure function of the Comparison.
#include "parley/report.h"

#include "report/csv_report.h"
#include "report/dot_export.h"
#include "report/graphml_export.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/markdown_report.h"

namespace parley {

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  if (name == "md") return ReportFormat::kMarkdown;
  if (name == "html") return ReportFormat::kHtml;
  if (name == "json") return ReportFormat::kJson;
  if (name == "csv") return ReportFormat::kCsv;
  if (name == "dot") return ReportFormat::kDot;
  if (name == "graphml") return ReportFormat::kGraphml;
  return std::nullopt;
}

std::optional<CsvTable> ParseCsvTable(std::string_view name) {
  if (name == "claims") return CsvTable::kClaims;
  if (name == "pairs") return CsvTable::kPairs;
  if (name == "matrix") return CsvTable::kMatrix;
  return std::nullopt;
}

bool WriteReport(const Comparison& comparison, const ReportOptions& options, std::ostream& out) {
  switch (options.format) {
    case ReportFormat::kMarkdown: WriteMarkdownReport(comparison, out); return true;
    case ReportFormat::kJson: WriteJsonReport(comparison, out); return true;
    case ReportFormat::kCsv: WriteCsvReport(comparison, options.table, out); return true;
    case ReportFormat::kDot: WriteDotExport(comparison, out); return true;
    case ReportFormat::kGraphml: WriteGraphmlExport(comparison, out); return true;
    case ReportFormat::kHtml: WriteHtmlReport(comparison, out); return true;
  }
  return false;
}

}  // namespace parley
