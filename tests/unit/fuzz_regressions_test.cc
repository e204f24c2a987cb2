// Every input the fuzzers once crashed on (tests/fuzz/regressions/<target>/)
// goes through its target's code again, in every build — not only in the
// clang fuzz build — so a crash that was fixed stays fixed. A target aborts
// on a broken promise, so a regression fails this test by crashing it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "parley/claim_reader.h"
#include "parley/reader.h"
#include "parley/rule_set.h"
#include "test_support.h"

namespace {

std::vector<std::filesystem::path> SavedInputs(std::string_view target) {
  const std::filesystem::path dir =
      std::filesystem::path(PARLEY_SOURCE_DIR) / "tests/fuzz/regressions" / std::string(target);
  std::vector<std::filesystem::path> inputs;
  if (!std::filesystem::is_directory(dir)) return inputs;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file()) inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::string Contents(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

TEST_CASE("every saved fuzz crash input runs through its target without a crash") {
  for (const parley::fuzz::FuzzTarget& target : parley::fuzz::AllFuzzTargets()) {
    for (const std::filesystem::path& input : SavedInputs(target.name)) {
      CAPTURE(input.string());
      target.run(Contents(input));
    }
  }
}

TEST_CASE("the fuzz targets take the empty input and a plain sentence") {
  for (const parley::fuzz::FuzzTarget& target : parley::fuzz::AllFuzzTargets()) {
    CAPTURE(target.name);
    target.run("");
    target.run("Die Ukraine fordert eine Waffenruhe.");
  }
}

// Found by fuzz_pattern: an alias that matches no word ("" or "[Kiew]") was
// accepted, and extract then recursed without end looking for mentions.
TEST_CASE("the loader refuses an alias that can match no word") {
  for (const char* alias : {"\"\"", "\"[Kiew]\"", "\"[Kiew] [Kyjiw]\""}) {
    CAPTURE(alias);
    parley::testing::MemoryFileSystem fs;
    fs.files["r.yaml"] = std::string("parley: 1\nactors:\n  - id: UKR\n    aliases: {de: [Ukraine, ") +
                         alias + "]}\n";
    parley::RuleSet rules;
    parley::Diagnostics diagnostics;
    CHECK_FALSE(parley::LoadRuleSet({"r.yaml"}, fs, &rules, diagnostics));
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].line == 4);
    CHECK(diagnostics.items()[0].message.find("can match no word") != std::string::npos);
  }
}

// Found by fuzz_document and fuzz_claims: a number beyond a double in a JSON
// line made nlohmann throw out_of_range, which nothing caught.
TEST_CASE("a JSON line with a number too large is an error, not an abort") {
  const std::string line = "{\"id\": \"a\", \"text\": \"Kyiv.\", \"n\": 1e999}\n";
  parley::Diagnostics documents;
  CHECK(parley::ReadJsonLines(line, "in.jsonl", {}, [](parley::Document&&) {}, documents) == 0);
  REQUIRE(documents.items().size() == 1);
  CHECK(documents.items()[0].line == 1);
  CHECK(documents.items()[0].message.find("number overflow") != std::string::npos);

  std::istringstream claims(line);
  parley::ClaimReader reader(parley::fuzz::ShippedRules());
  std::vector<parley::Claim> read;
  parley::Diagnostics diagnostics;
  reader.Read(claims, "claims.jsonl", &read, diagnostics);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].line == 1);
  CHECK(diagnostics.items()[0].message.find("number overflow") != std::string::npos);
}
