// Claims read back from JSON Lines, every line checked (see claim_reader.h).
#include "parley/claim_reader.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "graph/ontology.h"
#include "read/metadata.h"
#include "read/utf8.h"
#include "rules/suggest.h"

namespace parley {
namespace {

using Json = nlohmann::json;

constexpr const char* kFieldList =
    "doc, sentence, line, start, end, actor, stance, position, topic, rule and text";
constexpr const char* kAgainstRules =
    "compare against the rule set the claims were extracted with (--rules)";

// Column (in characters) of a 0-based byte offset inside a line.
int ColumnAt(std::string_view line, size_t offset) {
  int column = 1;
  for (size_t i = 0; i < offset && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

// Column of the value of `"key":` in the raw line, so that an error points
// at the field; 1 when it cannot be found.
int ValueColumn(std::string_view line, std::string_view key) {
  std::string quoted;
  quoted.reserve(key.size() + 2);
  quoted.append(1, '"').append(key).append(1, '"');
  for (size_t at = line.find(quoted); at != std::string_view::npos; at = line.find(quoted, at + 1)) {
    size_t i = at + quoted.size();
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size() || line[i] != ':') continue;
    ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    return ColumnAt(line, i);
  }
  return 1;
}

std::string Quoted(std::string_view text) { return std::string("'").append(text).append("'"); }

std::vector<std::string_view> StanceNames() {
  std::vector<std::string_view> names;
  for (Stance stance : {Stance::kDemand, Stance::kPropose, Stance::kSupport, Stance::kAgree,
                        Stance::kAccept, Stance::kThreaten, Stance::kReject, Stance::kOppose})
    names.push_back(StanceName(stance));
  return names;
}

}  // namespace

class ClaimReader::Impl {
 public:
  Impl(const RuleSet& rule_set, size_t max_errors)
      : ontology_(rule_set), max_errors_(max_errors) {
    for (const PositionDef& position : rule_set.positions) position_ids_.push_back(position.id);
  }

  void Read(std::istream& in, const std::string& file, std::vector<Claim>* claims,
            Diagnostics& diagnostics) {
    std::string line;
    int number = 0;
    int64_t offset = 0;  // of the line in the file
    while (std::getline(in, line)) {
      ++number;
      const int64_t next = offset + static_cast<int64_t>(line.size()) + 1;
      std::string_view text = line;
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      if (text.find_first_not_of(" \t") != std::string_view::npos) {
        Line current{text, file, number, diagnostics};
        if (CheckBytes(current, offset)) {
          Claim claim;
          if (Parse(current, &claim)) claims->push_back(std::move(claim));
        }
      }
      offset = next;
    }
    if (in.bad()) Report({Severity::kError, file, 0, 0, -1, "cannot read: an input error", "", 0}, diagnostics);
  }

  void Finish(Diagnostics& diagnostics) {
    if (errors_ <= max_errors_) return;
    diagnostics.Error("", 0, 0,
                      std::string("… and ").append(std::to_string(errors_ - max_errors_))
                          .append(" more errors; mend the ones above and run again"));
  }

  size_t errors() const { return errors_; }

 private:
  struct Line {
    std::string_view text;
    const std::string& file;
    int number;
    Diagnostics& diagnostics;
    bool ok = true;
    int errors = 0;
  };

  void Report(Diagnostic diagnostic, Diagnostics& diagnostics) {
    if (++errors_ <= max_errors_) diagnostics.Add(std::move(diagnostic));
  }

  void Error(Line& line, int column, std::string message) {
    line.ok = false;
    ++line.errors;
    Diagnostic diagnostic;
    diagnostic.file = line.file;
    diagnostic.line = line.number;
    diagnostic.column = column;
    diagnostic.message = std::move(message);
    Report(std::move(diagnostic), line.diagnostics);
  }

  void FieldError(Line& line, std::string_view key, std::string message) {
    Error(line, ValueColumn(line.text, key), std::move(message));
  }

  bool CheckBytes(Line& line, int64_t offset) {
    bool binary = false;
    const int64_t bad = FindBinaryOrInvalidUtf8(line.text, &binary);
    if (bad < 0) return true;
    Diagnostic diagnostic;
    diagnostic.file = line.file;
    diagnostic.line = line.number;
    diagnostic.column = ColumnAt(line.text, static_cast<size_t>(bad));
    diagnostic.byte_offset = offset + bad;
    diagnostic.message =
        std::string(binary ? "a NUL byte" : "invalid UTF-8")
            .append(" at byte offset ")
            .append(std::to_string(offset + bad))
            .append(": a claims file is UTF-8 text as 'parley extract' writes it; "
                    "extract the claims again or repair the file's encoding");
    line.ok = false;
    Report(std::move(diagnostic), line.diagnostics);
    return false;
  }

  bool Parse(Line& line, Claim* claim) {
    Json json;
    try {
      json = Json::parse(line.text.begin(), line.text.end());
    } catch (const Json::parse_error& e) {
      std::string what = e.what();
      // nlohmann's messages start "[json.exception.parse_error.101] parse error at ...: ".
      if (size_t colon = what.rfind(": "); colon != std::string::npos) what = what.substr(colon + 2);
      const size_t byte = e.byte > 0 ? static_cast<size_t>(e.byte) - 1 : 0;
      Error(line, ColumnAt(line.text, byte),
            std::string("invalid JSON: ").append(what).append(
                " (each line of a claims file is one JSON object, as 'parley extract' writes it)"));
      return false;
    } catch (const Json::out_of_range& e) {
      // A number beyond a double ("1e999") is not a parse_error to nlohmann;
      // uncaught, it ended the program (found by the fuzzer, tests/fuzz/).
      std::string what = e.what();
      if (size_t bracket = what.find("] "); bracket != std::string::npos) what = what.substr(bracket + 2);
      Error(line, 1, std::string("invalid JSON: ").append(what).append(
                         " (each line of a claims file is one JSON object, as 'parley extract' writes it)"));
      return false;
    }
    if (!json.is_object()) {
      Error(line, 1, std::string("expected a claim object {\"doc\": ...} on this line; every claim needs ")
                         .append(kFieldList));
      return false;
    }
    claim->doc = TakeString(line, json, "doc", true);
    claim->date = TakeString(line, json, "date", false);
    claim->sentence = static_cast<int>(TakeCount(line, json, "sentence", 1, std::numeric_limits<int>::max()));
    claim->line = static_cast<int>(TakeCount(line, json, "line", 1, std::numeric_limits<int>::max()));
    const int errors_before_offsets = line.errors;
    claim->start = static_cast<uint32_t>(TakeCount(line, json, "start", 0, UINT32_MAX));
    claim->end = static_cast<uint32_t>(TakeCount(line, json, "end", 0, UINT32_MAX));
    const bool offsets_read = line.errors == errors_before_offsets;
    claim->actor = TakeString(line, json, "actor", true);
    const std::string stance = TakeString(line, json, "stance", true);
    claim->position = TakeString(line, json, "position", true);
    claim->topic = TakeString(line, json, "topic", true);
    claim->target = TakeString(line, json, "target", false);
    claim->condition_of = TakeString(line, json, "condition_of", false);
    claim->rule = TakeString(line, json, "rule", true);
    claim->text = TakeString(line, json, "text", true);
    TakeAttributes(line, json, &claim->attributes);
    // Every field that could be read is checked, so that one run lists all
    // the line's problems; a field that could not be read is "" here.
    if (!claim->date.empty() && !IsValidDate(claim->date))
      FieldError(line, "date", std::string("invalid date ").append(Quoted(claim->date))
                                   .append(": write YYYY-MM-DD, YYYY-MM, YYYY or null"));
    if (offsets_read && claim->start > claim->end)
      FieldError(line, "end", std::string("\"end\" (").append(std::to_string(claim->end))
                                  .append(") is before \"start\" (").append(std::to_string(claim->start))
                                  .append("): they frame the matched text, start first"));
    if (std::optional<Stance> parsed = ParseStance(stance)) {
      claim->stance = *parsed;
    } else if (!stance.empty()) {
      FieldError(line, "stance", std::string("unknown stance ").append(Quoted(stance))
                                     .append(DidYouMean(stance, StanceNames()))
                                     .append(": write one of demand, propose, support, agree, "
                                             "accept, threaten, reject, oppose"));
    }
    if (!claim->actor.empty()) CheckActor(line, "actor", claim->actor);
    if (!claim->target.empty()) CheckActor(line, "target", claim->target);
    const int position = claim->position.empty() ? -1 : CheckPosition(line, "position", claim->position);
    if (!claim->condition_of.empty()) CheckPosition(line, "condition_of", claim->condition_of);
    if (position >= 0 && !claim->topic.empty()) {
      const std::string& topic = ontology_.rule_set().positions[static_cast<size_t>(position)].topic;
      if (topic != claim->topic) {
        std::string message = std::string("position ").append(Quoted(claim->position))
                                  .append(" belongs to topic ").append(Quoted(topic))
                                  .append(", not ").append(Quoted(claim->topic));
        message.append(ontology_.FindTopic(claim->topic) < 0 ? " (no topic of the rule set)" : "");
        FieldError(line, "topic", message.append(": ").append(kAgainstRules));
      }
    }
    return line.ok;
  }

  // A string field; "" for null or (when optional) absent.
  std::string TakeString(Line& line, Json& json, const char* key, bool required) {
    auto it = json.find(key);
    if (it == json.end() || (it->is_null() && !required)) {
      if (required)
        Error(line, 1, std::string("missing \"").append(key).append("\": every claim needs ").append(kFieldList));
      return "";
    }
    if (!it->is_string()) {
      FieldError(line, key, std::string("\"").append(key).append("\" must be a string")
                                .append(required ? "" : " or null").append(", not ").append(it->type_name()));
      return "";
    }
    if (required && it->get_ref<const std::string&>().empty()) {
      FieldError(line, key, std::string("\"").append(key).append("\" is empty: name the claim's ").append(key));
      return "";
    }
    return std::move(it->get_ref<std::string&>());
  }

  int64_t TakeCount(Line& line, const Json& json, const char* key, int64_t min, int64_t max) {
    auto it = json.find(key);
    if (it == json.end() || it->is_null()) {
      Error(line, 1, std::string("missing \"").append(key).append("\": every claim needs ").append(kFieldList));
      return 0;
    }
    const std::string range = std::string("a whole number from ").append(std::to_string(min))
                                  .append(min == 0 ? " (a byte offset)" : "");
    if (!it->is_number_integer()) {
      FieldError(line, key, std::string("\"").append(key).append("\" must be ").append(range)
                                .append(", not ").append(it->dump(-1, ' ', false, Json::error_handler_t::replace)));
      return 0;
    }
    const bool negative = it->is_number_integer() && !it->is_number_unsigned() && it->get<int64_t>() < 0;
    const bool too_big = it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(max);
    const int64_t value = negative ? it->get<int64_t>() : too_big ? max : it->get<int64_t>();
    if (negative || too_big || value < min || value > max) {
      FieldError(line, key, std::string("\"").append(key).append("\" is ").append(it->dump())
                                .append(": it must be ").append(range).append(" to ")
                                .append(std::to_string(max)));
      return 0;
    }
    return value;
  }

  void TakeAttributes(Line& line, Json& json, Attributes* attributes) {
    auto it = json.find("attributes");
    if (it == json.end() || it->is_null()) return;
    if (!it->is_object()) {
      FieldError(line, "attributes", std::string("\"attributes\" must be an object such as {\"days\": 30}, not ")
                                         .append(it->type_name()));
      return;
    }
    for (auto& [name, value] : it->items()) {
      AttributeValue attribute;
      if (value.is_number()) {
        attribute.is_number = true;
        attribute.number = value.get<double>();
      } else if (value.is_string()) {
        attribute.text = std::move(value.get_ref<std::string&>());
      } else {
        FieldError(line, "attributes", std::string("attribute ").append(Quoted(name))
                                           .append(" must be a number or a string, not ")
                                           .append(value.type_name()));
        continue;
      }
      attributes->emplace(name, std::move(attribute));
    }
  }

  void CheckActor(Line& line, const char* key, const std::string& id) {
    if (ontology_.FindActor(id) >= 0) return;
    FieldError(line, key, std::string("unknown actor ").append(Quoted(id))
                              .append(DidYouMean(id, ontology_.ActorIds()))
                              .append(" in \"").append(key).append("\": the rule set has no such actor; ")
                              .append(kAgainstRules));
  }

  int CheckPosition(Line& line, const char* key, const std::string& id) {
    const int position = ontology_.FindPosition(id);
    if (position >= 0) return position;
    std::vector<std::string_view> ids(position_ids_.begin(), position_ids_.end());
    FieldError(line, key, std::string("unknown position ").append(Quoted(id))
                              .append(DidYouMean(id, ids))
                              .append(" in \"").append(key).append("\": the rule set has no such position; ")
                              .append(kAgainstRules));
    return -1;
  }

  const Ontology ontology_;
  const size_t max_errors_;
  size_t errors_ = 0;
  std::vector<std::string> position_ids_;
};

ClaimReader::ClaimReader(const RuleSet& rule_set, size_t max_errors)
    : impl_(std::make_unique<Impl>(rule_set, max_errors)) {}
ClaimReader::~ClaimReader() = default;

void ClaimReader::Read(std::istream& in, const std::string& file, std::vector<Claim>* claims,
                       Diagnostics& diagnostics) {
  impl_->Read(in, file, claims, diagnostics);
}

void ClaimReader::Finish(Diagnostics& diagnostics) { impl_->Finish(diagnostics); }

size_t ClaimReader::errors() const { return impl_->errors(); }

}  // namespace parley
