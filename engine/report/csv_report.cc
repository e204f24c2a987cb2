#include "report/csv_report.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "report/report_support.h"

namespace parley {
namespace {

constexpr std::string_view kRecordEnd = "\r\n";

// Writes one record: the fields, each quoted when it must be.
void WriteRecord(const std::vector<std::string>& fields, std::ostream& out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    out << CsvField(fields[i]);
  }
  out << kRecordEnd;
}

// "demand ceasefire.unconditional (days=30, monitored=international)".
std::string HoldingText(const Holding& holding, bool with_attributes) {
  std::string text(StanceName(holding.stance));
  text.append(" ").append(holding.position);
  const std::string attributes = report::AttributesText(holding.attributes);
  if (with_attributes && !attributes.empty()) text.append(" (").append(attributes).append(")");
  return text;
}

// The holdings named by `indices`, separated by "; ", each once.
std::string HoldingsText(const Comparison& comparison, const std::vector<size_t>& indices,
                         bool with_attributes) {
  std::string text;
  std::set<std::string> seen;
  for (size_t index : indices) {
    if (index >= comparison.holdings.size()) continue;
    std::string entry = HoldingText(comparison.holdings[index], with_attributes);
    if (!seen.insert(entry).second) continue;
    if (!text.empty()) text.append("; ");
    text.append(entry);
  }
  return text;
}

void WriteClaims(const Comparison& comparison, std::ostream& out) {
  static const std::set<std::string, std::less<>> kFixed = {
      "doc", "date", "sentence", "line", "start", "end", "actor", "stance",
      "position", "topic", "target", "condition_of", "rule", "text"};
  std::vector<std::string> header = {"doc", "date", "sentence", "line", "start", "end", "actor",
                                     "stance", "position", "topic", "target", "condition_of",
                                     "rule", "text"};
  std::set<std::string> attribute_names;
  for (const Claim& claim : comparison.claims)
    for (const auto& [name, value] : claim.attributes) attribute_names.insert(name);
  for (const std::string& name : attribute_names)
    header.push_back(kFixed.count(name) ? std::string("attribute:").append(name) : name);
  WriteRecord(header, out);

  std::vector<std::string> fields;
  fields.reserve(header.size());
  for (const Claim& claim : comparison.claims) {
    fields.clear();
    fields.push_back(claim.doc);
    fields.push_back(claim.date);
    fields.push_back(std::to_string(claim.sentence));
    fields.push_back(std::to_string(claim.line));
    fields.push_back(std::to_string(claim.start));
    fields.push_back(std::to_string(claim.end));
    fields.push_back(claim.actor);
    fields.emplace_back(StanceName(claim.stance));
    fields.push_back(claim.position);
    fields.push_back(claim.topic);
    fields.push_back(claim.target);
    fields.push_back(claim.condition_of);
    fields.push_back(claim.rule);
    fields.push_back(claim.text);
    for (const std::string& name : attribute_names) {
      auto found = claim.attributes.find(name);
      fields.push_back(found == claim.attributes.end() ? std::string() : AttributeText(found->second));
    }
    WriteRecord(fields, out);
  }
}

void WritePairs(const Comparison& comparison, std::ostream& out) {
  WriteRecord({"first", "second", "topic", "relation", "first_positions", "second_positions",
               "agreement_index"},
              out);
  for (const ActorPair& pair : comparison.pairs) {
    for (const TopicRelation& topic : pair.topics) {
      WriteRecord({pair.first, pair.second, topic.topic, RelationName(topic.relation),
                   HoldingsText(comparison, topic.first_side, true),
                   HoldingsText(comparison, topic.second_side, true),
                   FormatNumber(pair.agreement_index)},
                  out);
    }
  }
}

void WriteMatrix(const Comparison& comparison, std::ostream& out) {
  const std::vector<std::string> actors = report::ListedActors(comparison);
  const std::vector<std::string> topics = report::ListedTopics(comparison);
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> cells;
  for (size_t i = 0; i < comparison.holdings.size(); ++i)
    cells[{comparison.holdings[i].actor, comparison.holdings[i].topic}].push_back(i);

  std::vector<std::string> header{"actor"};
  header.insert(header.end(), topics.begin(), topics.end());
  WriteRecord(header, out);
  for (const std::string& actor : actors) {
    std::vector<std::string> row{actor};
    for (const std::string& topic : topics) {
      auto found = cells.find({actor, topic});
      row.push_back(found == cells.end() ? std::string() : HoldingsText(comparison, found->second, false));
    }
    WriteRecord(row, out);
  }
}

}  // namespace

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string field = "\"";
  for (char c : text) {
    if (c == '"') field += '"';
    field += c;
  }
  return field += '"';
}

void WriteCsvReport(const Comparison& comparison, CsvTable table, std::ostream& out) {
  switch (table) {
    case CsvTable::kClaims: WriteClaims(comparison, out); return;
    case CsvTable::kPairs: WritePairs(comparison, out); return;
    case CsvTable::kMatrix: WriteMatrix(comparison, out); return;
  }
}

}  // namespace parley
