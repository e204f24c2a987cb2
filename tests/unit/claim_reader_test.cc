// Reading claims back (parley compare): good lines round-trip through
// WriteClaimJson; every bad line is an error with file:line:column and a
// message that says how to mend it; errors beyond the cap are counted.
#include <doctest/doctest.h>

#include <sstream>

#include "parley/claim_reader.h"

using namespace parley;

namespace {

RuleSet MakeRuleSet() {
  RuleSet rules;
  for (const char* id : {"UKR", "RUS"}) {
    ActorDef actor;
    actor.id = id;
    actor.name = id;
    rules.actors.push_back(actor);
  }
  TopicDef topic;
  topic.id = "ceasefire";
  topic.positions = {"ceasefire.unconditional", "ceasefire.conditional"};
  rules.topics.push_back(topic);
  TopicDef nato;
  nato.id = "nato";
  nato.positions = {"nato.join"};
  rules.topics.push_back(nato);
  for (const char* id : {"ceasefire.unconditional", "ceasefire.conditional"})
    rules.positions.push_back({id, id, "ceasefire", {}});
  rules.positions.push_back({"nato.join", "nato.join", "nato", {}});
  return rules;
}

const char* kGood =
    R"({"doc":"istanbul","date":"2025-06-02","sentence":14,"line":23,"start":1870,"end":2041,)"
    R"("actor":"UKR","stance":"demand","position":"ceasefire.unconditional","topic":"ceasefire",)"
    R"("target":"RUS","attributes":{"days":30,"monitored":"international"},"condition_of":null,)"
    R"("rule":"de.rule","text":"Die Ukraine fordert eine Waffenruhe."})";

struct Result {
  std::vector<Claim> claims;
  Diagnostics diagnostics;
  std::string messages;  // every diagnostic, one per line
};

Result Read(const std::string& contents, size_t max_errors = ClaimReader::kDefaultMaxErrors) {
  static const RuleSet rules = MakeRuleSet();
  Result result;
  ClaimReader reader(rules, max_errors);
  std::istringstream in(contents);
  reader.Read(in, "claims.jsonl", &result.claims, result.diagnostics);
  reader.Finish(result.diagnostics);
  for (const Diagnostic& d : result.diagnostics.items()) result.messages += d.ToString() + "\n";
  return result;
}

// kGood with `from` replaced by `to` (the first occurrence).
std::string GoodWith(const std::string& from, const std::string& to) {
  std::string line = kGood;
  const size_t at = line.find(from);
  REQUIRE(at != std::string::npos);
  return line.replace(at, from.size(), to);
}

// The 1-based column of `needle` in `line`.
int ColumnOf(const std::string& line, const std::string& needle) {
  return static_cast<int>(line.find(needle)) + 1;
}

}  // namespace

TEST_CASE("a claim line as extract writes it reads back whole, and writes back the same") {
  Result result = Read(std::string(kGood) + "\n\n   \n" + kGood + "\r\n");
  INFO(result.messages);
  CHECK(result.diagnostics.empty());
  REQUIRE(result.claims.size() == 2);  // blank lines skipped, CRLF accepted
  const Claim& claim = result.claims[0];
  CHECK(claim.doc == "istanbul");
  CHECK(claim.date == "2025-06-02");
  CHECK(claim.sentence == 14);
  CHECK(claim.line == 23);
  CHECK(claim.start == 1870);
  CHECK(claim.end == 2041);
  CHECK(claim.stance == Stance::kDemand);
  CHECK(claim.target == "RUS");
  CHECK(claim.condition_of.empty());
  CHECK(claim.attributes.at("days").is_number);
  CHECK(claim.attributes.at("days").number == 30);
  CHECK(claim.attributes.at("monitored").text == "international");
  std::ostringstream written;
  WriteClaimJson(claim, written);
  CHECK(written.str() == std::string(kGood) + "\n");
}

TEST_CASE("invalid JSON: the line and the column where the parser stopped") {
  const std::string broken = R"({"doc":"x", "sentence":1,)";
  Result result = Read(std::string(kGood) + "\n" + broken + "\n");
  CHECK(result.claims.size() == 1);
  REQUIRE(result.diagnostics.items().size() == 1);
  const Diagnostic& d = result.diagnostics.items()[0];
  CHECK(d.file == "claims.jsonl");
  CHECK(d.line == 2);
  CHECK(d.column == static_cast<int>(broken.size()) + 1);  // the input ended there
  CHECK(d.message.find("invalid JSON") == 0);
  CHECK(d.message.find("one JSON object") != std::string::npos);
}

TEST_CASE("a missing field names every field a claim needs; a mistyped one points at its value") {
  const std::string missing = GoodWith(R"("actor":"UKR",)", "");
  const std::string mistyped = GoodWith(R"("sentence":14)", R"("sentence":"14")");
  Result result = Read(missing + "\n" + mistyped + "\n");
  CHECK(result.claims.empty());
  CHECK(result.messages.find("claims.jsonl:1:1: error: missing \"actor\": every claim needs doc, "
                             "sentence, line, start, end, actor, stance") != std::string::npos);
  const std::string mistyped_at = "claims.jsonl:2:" + std::to_string(ColumnOf(mistyped, "\"14\"")) +
                                  ": error: \"sentence\" must be a whole number from 1, not \"14\"";
  CHECK(result.messages.find(mistyped_at) != std::string::npos);
}

TEST_CASE("an unknown actor, target or position against the rule set, with the nearest id") {
  const std::string actor = GoodWith(R"("actor":"UKR")", R"("actor":"UKX")");
  const std::string target = GoodWith(R"("target":"RUS")", R"("target":"XYZW")");
  const std::string position =
      GoodWith(R"("position":"ceasefire.unconditional")", R"("position":"ceasefire.unconditionl")");
  Result result = Read(actor + "\n" + target + "\n" + position + "\n");
  INFO(result.messages);
  CHECK(result.claims.empty());
  CHECK(result.messages.find("claims.jsonl:1:" + std::to_string(ColumnOf(actor, "\"UKX\"")) +
                             ": error: unknown actor 'UKX' (did you mean 'UKR'?) in \"actor\"") !=
        std::string::npos);
  CHECK(result.messages.find("claims.jsonl:2:" + std::to_string(ColumnOf(target, "\"XYZW\"")) +
                             ": error: unknown actor 'XYZW' in \"target\"") != std::string::npos);
  CHECK(result.messages.find("unknown position 'ceasefire.unconditionl' (did you mean "
                             "'ceasefire.unconditional'?)") != std::string::npos);
  CHECK(result.messages.find("--rules") != std::string::npos);
}

TEST_CASE("a position of another topic than the claim's") {
  const std::string line = GoodWith(R"("position":"ceasefire.unconditional")", R"("position":"nato.join")");
  Result result = Read(line);
  CHECK(result.messages.find(":1:" + std::to_string(ColumnOf(line, "\"ceasefire\"")) +
                             ": error: position 'nato.join' belongs to topic 'nato', not 'ceasefire'") !=
        std::string::npos);
}

TEST_CASE("an unknown stance lists the stances; one line's problems are all reported") {
  std::string line = GoodWith(R"("stance":"demand")", R"("stance":"demnd")");
  line = GoodWith(R"("stance":"demand")", R"("stance":"demnd")");
  const size_t date = line.find("2025-06-02");
  line.replace(date, 10, "2025-13-02");
  Result result = Read(line);
  CHECK(result.diagnostics.items().size() == 2);
  CHECK(result.messages.find("unknown stance 'demnd' (did you mean 'demand'?): write one of demand, "
                             "propose, support, agree, accept, threaten, reject, oppose") !=
        std::string::npos);
  CHECK(result.messages.find("invalid date '2025-13-02'") != std::string::npos);
}

TEST_CASE("invalid UTF-8: the byte offset in the file, and the column on the line") {
  std::string line = kGood;
  const size_t at = line.find("Waffenruhe");
  line[at] = '\xff';
  Result result = Read(std::string(kGood) + "\n" + line + "\n");
  CHECK(result.claims.size() == 1);
  REQUIRE(result.diagnostics.items().size() == 1);
  const Diagnostic& d = result.diagnostics.items()[0];
  CHECK(d.line == 2);
  CHECK(d.column == static_cast<int>(at) + 1);  // the line is ASCII before it
  const int64_t offset = static_cast<int64_t>(std::string(kGood).size() + 1 + at);
  CHECK(d.byte_offset == offset);
  CHECK(d.message.find("invalid UTF-8 at byte offset " + std::to_string(offset)) == 0);
}

TEST_CASE("not an object, a bad offset pair, a bad attribute") {
  const std::string offsets = GoodWith(R"("end":2041)", R"("end":12)");
  const std::string attribute = GoodWith(R"("days":30)", R"("days":true)");
  Result result = Read("[1, 2]\n" + offsets + "\n" + attribute + "\n");
  CHECK(result.claims.empty());
  CHECK(result.messages.find("claims.jsonl:1:1: error: expected a claim object") != std::string::npos);
  CHECK(result.messages.find("claims.jsonl:2:" + std::to_string(ColumnOf(offsets, "12,")) +
                             ": error: \"end\" (12) is before \"start\" (1870)") != std::string::npos);
  CHECK(result.messages.find("claims.jsonl:3:") != std::string::npos);
  CHECK(result.messages.find("attribute 'days' must be a number or a string, not boolean") !=
        std::string::npos);
}

TEST_CASE("errors beyond the cap are counted, not listed") {
  std::string contents;
  for (int i = 0; i < 8; ++i) contents += "not json\n";
  Result result = Read(contents, 5);
  // 5 listed and one line for the other 3.
  REQUIRE(result.diagnostics.items().size() == 6);
  CHECK(result.diagnostics.items()[4].line == 5);
  CHECK(result.diagnostics.items()[5].message.find("… and 3 more errors") == 0);
}
