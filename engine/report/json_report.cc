// The `json` format: the whole Comparison, self-contained, as documented in
// docs/json-schema.md ("schema": "parley-comparison/1").
//
// The document is one JSON object whose arrays put one element per line, so
// that it streams (a million claims are never one tree in memory) and stays
// readable with line tools; any JSON parser reads it as one value.
#include "report/json_report.h"

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "claims/claim_json.h"

namespace parley {
namespace {

constexpr const char* kSchema = "parley-comparison/1";

Json OrNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

// 30 rather than 30.0, as in the claims.
Json Number(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
    return Json(static_cast<int64_t>(value));
  return Json(value);
}

Json AttributesJson(const Attributes& attributes) {
  Json json = Json::object();
  for (const auto& [name, value] : attributes)
    json[name] = value.is_number ? Number(value.number) : Json(value.text);
  return json;
}

Json Strings(const std::vector<std::string>& values) {
  Json json = Json::array();
  for (const std::string& value : values) json.push_back(value);
  return json;
}

std::string Dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Strings that recur in every finding (ids and dates) as JSON, each
// escaped by nlohmann once: there are as many as the ontology has ids and
// the corpus dates, however many findings cite them.
class QuotedStrings {
 public:
  const std::string& operator()(const std::string& value) {
    auto it = quoted_.find(value);
    if (it == quoted_.end()) it = quoted_.emplace(value, Dump(Json(value))).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string> quoted_;
};

// One object, written field by field into a buffer: keys and punctuation as
// literals, every value through nlohmann (so that strings are escaped as in
// the claims), except whole numbers and arrays of claim or holding indices,
// which are written directly: they are most of a large report, need no
// escaping, and would otherwise cost a JSON node each.
class Element {
 public:
  explicit Element(QuotedStrings* quoted) : quoted_(quoted), text_("{") {}
  Element& Add(std::string_view key, const Json& value) {
    Key(key).append(Dump(value));
    return *this;
  }
  Element& Add(std::string_view key, const std::string& value) {
    Key(key).append((*quoted_)(value));
    return *this;
  }
  Element& Add(std::string_view key, const char* value) { return Add(key, Json(value)); }
  Element& Add(std::string_view key, bool value) {
    Key(key).append(value ? "true" : "false");
    return *this;
  }
  Element& Add(std::string_view key, int64_t value) {
    Number(Key(key), value);
    return *this;
  }
  template <typename Index>
  Element& AddIndices(std::string_view key, const std::vector<Index>& values) {
    std::string& text = Key(key);
    text.push_back('[');
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) text.push_back(',');
      Number(text, static_cast<int64_t>(values[i]));
    }
    text.push_back(']');
    return *this;
  }
  // A string that does not recur (a sentence): escaped, not remembered.
  Element& AddText(std::string_view key, const std::string& value) {
    Key(key).append(Dump(Json(value)));
    return *this;
  }
  Element& AddOrNull(std::string_view key, const std::string& value) {
    if (value.empty()) {
      Key(key).append("null");
      return *this;
    }
    return Add(key, value);
  }
  // A value already written as JSON (an array of elements).
  Element& AddRaw(std::string_view key, std::string_view json) {
    Key(key).append(json);
    return *this;
  }
  std::string Finish() {
    text_.push_back('}');
    return std::move(text_);
  }

 private:
  std::string& Key(std::string_view key) {
    if (text_.size() > 1) text_.push_back(',');
    return text_.append(1, '"').append(key).append("\":");
  }
  static void Number(std::string& text, int64_t value) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    text.append(digits, result.ptr);
  }
  QuotedStrings* quoted_;
  std::string text_;
};

// Writes `"key":[` then each element on a line of its own, then `]`.
class ArrayWriter {
 public:
  ArrayWriter(std::ostream& out, const char* key) : out_(out) { out_ << ",\n\"" << key << "\":["; }
  ~ArrayWriter() { out_ << (first_ ? "]" : "\n]"); }
  void Add(const Json& element) { Add(Dump(element)); }
  void Add(const std::string& element) {
    out_ << (first_ ? "\n" : ",\n") << element;
    first_ = false;
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

// A claim exactly as WriteClaimJson writes it (SPEC §3; a unit test holds
// the two equal), built from remembered ids instead of a JSON tree per
// claim: the claims are most of the report, and this is what keeps writing
// a million of them cheaper than reading them (tests/bench/compare_bench.sh).
class ClaimWriter {
 public:
  explicit ClaimWriter(QuotedStrings* quoted) : quoted_(quoted) {}

  std::string Write(const Claim& claim) {
    // Claims come document by document: the document id is quoted once per
    // document, and not remembered beyond it.
    if (claim.doc != doc_) {
      doc_ = claim.doc;
      quoted_doc_ = Dump(Json(claim.doc));
    }
    return Element(quoted_)
        .AddRaw("doc", quoted_doc_)
        .AddOrNull("date", claim.date)
        .Add("sentence", int64_t{claim.sentence})
        .Add("line", int64_t{claim.line})
        .Add("start", int64_t{claim.start})
        .Add("end", int64_t{claim.end})
        .Add("actor", claim.actor)
        .Add("stance", std::string(StanceName(claim.stance)))
        .Add("position", claim.position)
        .Add("topic", claim.topic)
        .AddOrNull("target", claim.target)
        .Add("attributes", AttributesJson(claim.attributes))
        .AddOrNull("condition_of", claim.condition_of)
        .Add("rule", claim.rule)
        .AddText("text", claim.text)
        .Finish();
  }

 private:
  QuotedStrings* quoted_;
  std::string doc_;
  std::string quoted_doc_;
};

void WriteOntology(const Comparison& comparison, std::ostream& out) {
  const RuleSet* rules = comparison.rule_set;
  {
    ArrayWriter actors(out, "actors");
    for (const std::string& id : comparison.actors) {
      Json actor;
      actor["id"] = id;
      const ActorDef* def = rules ? rules->FindActor(id) : nullptr;
      actor["name"] = def ? def->name : id;
      actor["members"] = Strings(def ? def->members : std::vector<std::string>());
      actors.Add(actor);
    }
  }
  {
    ArrayWriter topics(out, "topics");
    if (rules) {
      for (const TopicDef& def : rules->topics) {
        Json topic;
        topic["id"] = def.id;
        topic["name"] = def.name;
        topic["exclusive"] = def.exclusive;
        Json positions = Json::array();
        for (const std::string& id : def.positions) {
          const PositionDef* position = rules->FindPosition(id);
          positions.push_back(Json{{"id", id}, {"name", position ? position->name : id}});
        }
        topic["positions"] = std::move(positions);
        topics.Add(topic);
      }
    }
  }
  ArrayWriter conflicts(out, "conflicts");
  for (const PositionConflict& conflict : comparison.conflicts)
    conflicts.Add(Json{{"first", conflict.first}, {"second", conflict.second},
                       {"declared", conflict.declared}});
}

void WriteHoldings(const Comparison& comparison, QuotedStrings& quoted, std::ostream& out) {
  ArrayWriter holdings(out, "holdings");
  for (const Holding& holding : comparison.holdings)
    holdings.Add(Element(&quoted)
                     .Add("actor", holding.actor)
                     .Add("position", holding.position)
                     .Add("topic", holding.topic)
                     .Add("stance", std::string(StanceName(holding.stance)))
                     .Add("count", int64_t{holding.count})
                     .Add("first_date", OrNull(holding.first_date))
                     .Add("last_date", OrNull(holding.last_date))
                     .Add("attributes", AttributesJson(holding.attributes))
                     .AddIndices("claims", holding.claims)
                     .Finish());
}

void WritePairs(const Comparison& comparison, QuotedStrings& quoted, std::ostream& out) {
  ArrayWriter pairs(out, "pairs");
  for (const ActorPair& pair : comparison.pairs) {
    std::string topics = "[";
    for (const TopicRelation& relation : pair.topics) {
      if (topics.size() > 1) topics.push_back(',');
      topics.append(Element(&quoted)
                        .Add("topic", relation.topic)
                        .Add("relation", RelationName(relation.relation))
                        .AddIndices("first", relation.first_side)
                        .AddIndices("second", relation.second_side)
                        .Finish());
    }
    topics.push_back(']');
    pairs.Add(Element(&quoted)
                  .Add("first", pair.first)
                  .Add("second", pair.second)
                  .Add("agree", int64_t{pair.agree})
                  .Add("conflict", int64_t{pair.conflict})
                  .Add("differ", int64_t{pair.differ})
                  .Add("agreement_index", Json(pair.agreement_index))
                  .AddRaw("topics", topics)
                  .Finish());
  }
}

void WriteFindings(const Comparison& comparison, QuotedStrings& quoted, std::ostream& out) {
  {
    ArrayWriter conditions(out, "conditions");
    for (const Condition& condition : comparison.conditions)
      conditions.Add(Element(&quoted)
                         .Add("actor", condition.actor)
                         .Add("position", condition.position)
                         .Add("condition", condition.condition)
                         .AddIndices("claims", condition.claims)
                         .Finish());
  }
  {
    ArrayWriter grounds(out, "common_ground");
    for (const CommonGround& ground : comparison.common_ground)
      grounds.Add(Element(&quoted)
                      .Add("position", ground.position)
                      .Add("actors", Strings(ground.actors))
                      .AddIndices("claims", ground.claims)
                      .Finish());
  }
  {
    ArrayWriter coalitions(out, "coalitions");
    for (const Coalition& coalition : comparison.coalitions)
      coalitions.Add(Element(&quoted).Add("actors", Strings(coalition.actors)).Finish());
  }
  {
    ArrayWriter brokers(out, "brokers");
    for (const Broker& broker : comparison.brokers)
      brokers.Add(
          Element(&quoted).Add("actor", broker.actor).Add("betweenness", Json(broker.betweenness)).Finish());
  }
  {
    ArrayWriter shifts(out, "shifts");
    for (const Shift& shift : comparison.shifts)
      shifts.Add(Element(&quoted)
                     .Add("actor", shift.actor)
                     .Add("topic", shift.topic)
                     .Add("from", shift.from_date)
                     .Add("to", shift.to_date)
                     .AddIndices("before", shift.before)
                     .AddIndices("after", shift.after)
                     .Finish());
  }
  ArrayWriter contradictions(out, "contradictions");
  for (const Contradiction& contradiction : comparison.contradictions)
    contradictions.Add(Element(&quoted)
                           .Add("actor", contradiction.actor)
                           .Add("period", contradiction.period)
                           .Add("first", contradiction.first_position)
                           .Add("second", contradiction.second_position)
                           .AddIndices("claims", contradiction.claims)
                           .Finish());
}

void WriteCoverage(const Coverage& coverage, std::ostream& out) {
  const bool known = coverage.has_unclaimed;  // filled by analyze
  Json json;
  json["documents"] = coverage.documents;
  json["documents_read"] = known ? Json(coverage.documents_read) : Json(nullptr);
  json["sentences"] = known ? Json(coverage.sentences) : Json(nullptr);
  json["claims"] = coverage.claims;
  json["unclaimed"] = known ? Strings(coverage.unclaimed) : Json(nullptr);
  out << ",\n\"coverage\":" << Dump(json);
}

}  // namespace

void WriteJsonReport(const Comparison& comparison, std::ostream& out) {
  out << "{\"schema\":\"" << kSchema << "\"";
  WriteOntology(comparison, out);
  QuotedStrings quoted;
  {
    ArrayWriter claims(out, "claims");
    ClaimWriter writer(&quoted);
    for (const Claim& claim : comparison.claims) claims.Add(writer.Write(claim));
  }
  WriteHoldings(comparison, quoted, out);
  WritePairs(comparison, quoted, out);
  WriteFindings(comparison, quoted, out);
  WriteCoverage(comparison.coverage, out);
  out << "\n}\n";
}

}  // namespace parley
