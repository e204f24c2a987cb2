// Fuzz target: claims reading for `parley compare` (JSON Lines in).
//
// The input is a claims file, read against the shipped rule pack as
// `parley compare` reads it. Bad lines must become errors with a line and a
// column; the lines that read are compared and the comparison written in
// every format but HTML (which draws with Graphviz, not the subject here,
// and slow). A second reader with an error limit of 2 covers the "… and N
// more errors" path.
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "parley/claim_reader.h"
#include "parley/comparison.h"
#include "parley/report.h"

namespace parley::fuzz {
namespace {

constexpr const char* kFile = "claims.jsonl";

void ReadCompareWrite(std::string_view jsonl, size_t max_errors) {
  const RuleSet& rules = ShippedRules();
  ClaimReader reader(rules, max_errors);
  std::istringstream in{std::string(jsonl)};
  std::vector<Claim> claims;
  Diagnostics diagnostics;
  reader.Read(in, kFile, &claims, diagnostics);
  reader.Finish(diagnostics);
  RequirePlacesIn(diagnostics, kFile, jsonl);
  Require((reader.errors() == 0) == !diagnostics.has_errors(),
          "the reader counts exactly the errors it reports");
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    if (diagnostic.file == kFile)
      Require(diagnostic.line >= 1 && diagnostic.column >= 1,
              "an error in a claims line names its line and column");
    (void)diagnostic.ToString();
  }
  if (max_errors != ClaimReader::kDefaultMaxErrors) return;

  const size_t count = claims.size();
  Comparison comparison = Compare(rules, std::move(claims), CompareOptions{});
  Require(comparison.claims.size() <= count, "compare takes no claim that was not read");
  for (ReportFormat format : {ReportFormat::kMarkdown, ReportFormat::kJson, ReportFormat::kDot,
                              ReportFormat::kGraphml}) {
    std::ostringstream out;
    Require(WriteReport(comparison, ReportOptions{format, CsvTable::kClaims}, out),
            "every text format is written");
  }
  for (CsvTable table : {CsvTable::kClaims, CsvTable::kPairs, CsvTable::kMatrix}) {
    std::ostringstream out;
    Require(WriteReport(comparison, ReportOptions{ReportFormat::kCsv, table}, out),
            "every CSV table is written");
  }
}

}  // namespace

void FuzzClaims(std::string_view jsonl) {
  ReadCompareWrite(jsonl, ClaimReader::kDefaultMaxErrors);
  ReadCompareWrite(jsonl, 2);
}

}  // namespace parley::fuzz
