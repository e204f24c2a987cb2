// Resource limits (parley/limits.h): each one stops its input early, with a
// message that names the limit and the flag that raises it, and raising it
// lets the same input through.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parley/extractor.h"
#include "parley/reader.h"
#include "parley/rule_set.h"
#include "parley/segmenter.h"
#include "read/line_reader.h"
#include "rules/pattern.h"
#include "test_support.h"

using namespace parley;
using parley::testing::ChunkedReadStream;
using parley::testing::MakeSegmenter;
using parley::testing::MemoryFileSystem;

namespace {

std::string Messages(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items()) out += d.ToString() + "\n";
  return out;
}

std::string Repeat(const std::string& word, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += (i ? " " : "") + word;
  return out;
}

// Reads `inputs` from `fs` with `options`; the ids of the documents read.
std::vector<std::string> ReadIds(const MemoryFileSystem& fs, const std::vector<std::string>& inputs,
                                 const ReadOptions& options, Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  ReadInputs(inputs, options, fs, [&](Document&& d) { ids.push_back(d.id); }, diagnostics);
  return ids;
}

ReadOptions WithMaxBytes(uint64_t max_bytes, bool strict = false) {
  ReadOptions options;
  options.limits.max_bytes = max_bytes;
  options.strict = strict;
  return options;
}

const char* kRuleHead =
    "parley: 1\n"
    "actors:\n"
    "  - {id: UKR, aliases: {de: [Ukraine, \"Kiew*\"], en: [Ukraine, Kyiv]}}\n"
    "topics:\n"
    "  - {id: truce, positions: [{id: truce.now}]}\n"
    "lexicon:\n"
    "  ASK: {de: [\"forder*\", \"verlang*\"], en: [\"demand*\"]}\n";

std::string Rule(const std::string& id, const std::string& pattern) {
  return "  - {id: " + id + ", lang: de, stance: demand, position: truce.now, pattern: \"" +
         pattern + "\"}\n";
}

struct Loaded {
  RuleSet rules;
  Diagnostics diagnostics;
  bool ok = false;
};

Loaded Load(const MemoryFileSystem& fs, const std::vector<std::string>& paths,
            const RuleLimits& limits = RuleLimits()) {
  Loaded loaded;
  loaded.ok = LoadRuleSet(paths, fs, &loaded.rules, loaded.diagnostics, limits);
  return loaded;
}

}  // namespace

// --- documents ------------------------------------------------------------------

TEST_CASE("limits: a .txt document over the size limit is skipped before it is read") {
  MemoryFileSystem fs;
  fs.directories = {"corpus"};
  fs.files["corpus/a.txt"] = "Kiew verlangt eine Feuerpause.";
  fs.files["corpus/b.txt"] = "Kiew verlangt eine Feuerpause noch heute, sagte die Sprecherin.";
  fs.files["corpus/c.txt"] = "Kiew verlangt nichts.";
  Diagnostics diagnostics;
  CHECK(ReadIds(fs, {"corpus"}, WithMaxBytes(40), diagnostics) == std::vector<std::string>{"a", "c"});
  CHECK(Messages(diagnostics) ==
        "corpus/b.txt: warning: document is 63 bytes, over the limit of 40 "
        "(--max-document-bytes raises it); document skipped\n");

  Diagnostics strict;
  CHECK(ReadIds(fs, {"corpus"}, WithMaxBytes(40, true), strict).size() == 2);
  CHECK(strict.has_errors());
  CHECK(Messages(strict).find("corpus/b.txt: error: document is 63 bytes") == 0);

  Diagnostics raised;
  CHECK(ReadIds(fs, {"corpus"}, WithMaxBytes(63), raised).size() == 3);
  CHECK(raised.empty());
}

TEST_CASE("limits: a .jsonl line over the size limit is skipped, the lines after it are read") {
  const std::string big = "{\"id\": \"gross\", \"text\": \"" + Repeat("Feuerpause", 50) + "\"}";
  MemoryFileSystem fs;
  fs.files["docs.jsonl"] = "{\"id\": \"eins\", \"text\": \"Kiew verlangt eine Feuerpause.\"}\n" +
                           big + "\n{\"id\": \"drei\", \"text\": \"Kyiv demands a truce.\"}\n";
  for (size_t chunk : {size_t{0}, size_t{7}}) {
    CAPTURE(chunk);
    fs.chunk_size = chunk;
    Diagnostics diagnostics;
    CHECK(ReadIds(fs, {"docs.jsonl"}, WithMaxBytes(100), diagnostics) ==
          std::vector<std::string>{"eins", "drei"});
    CHECK(Messages(diagnostics) == "docs.jsonl:2:1: warning: document is " +
                                       std::to_string(big.size()) +
                                       " bytes, over the limit of 100 (--max-document-bytes "
                                       "raises it); document skipped\n");
  }
}

TEST_CASE("limits: standard input as one text over the size limit is counted, not held") {
  MemoryFileSystem fs;
  fs.chunk_size = 16;
  fs.files["-"] = Repeat("Waffenruhe", 30);
  Diagnostics diagnostics;
  CHECK(ReadIds(fs, {"-"}, WithMaxBytes(100), diagnostics).empty());
  CHECK(Messages(diagnostics) ==
        "-: warning: document is 329 bytes, over the limit of 100 (--max-document-bytes raises "
        "it); document skipped\n");
}

TEST_CASE("limits: LineReader skips a line over the limit without holding it") {
  const std::string line = std::string(1000, 'x');
  ChunkedReadStream stream("kurz\n" + line + "\n" + line + "\nnoch eine", 10);
  LineReader reader(stream, 8, /*max_line_bytes=*/100);
  std::string_view text;
  REQUIRE(reader.Next(&text));
  CHECK(text == "kurz");
  CHECK_FALSE(reader.line_too_long());
  REQUIRE(reader.Next(&text));
  CHECK(reader.line_too_long());
  CHECK(text.empty());
  CHECK(reader.line_size() == 1000);
  CHECK(reader.line_number() == 2);
  CHECK(reader.line_offset() == 5);
  REQUIRE(reader.Next(&text));
  CHECK(reader.line_too_long());
  CHECK(reader.line_offset() == 1006);
  CHECK(reader.consumed() == 2007);
  REQUIRE(reader.Next(&text));
  CHECK(text == "noch eine");
  CHECK_FALSE(reader.line_too_long());
  CHECK(reader.line_number() == 4);
  CHECK_FALSE(reader.Next(&text));

  // The last line too long, without a final newline.
  ChunkedReadStream tail("a\n" + line, 64);
  LineReader tail_reader(tail, 16, 100);
  REQUIRE(tail_reader.Next(&text));
  REQUIRE(tail_reader.Next(&text));
  CHECK(tail_reader.line_too_long());
  CHECK(tail_reader.line_size() == 1000);
  CHECK_FALSE(tail_reader.Next(&text));
}

// --- sentences ------------------------------------------------------------------

TEST_CASE("limits: a sentence over the token or character limit keeps no tokens") {
  auto segmenter = MakeSegmenter(Language::kGerman);
  const std::string text = "Kiew verlangt eine Feuerpause. " + Repeat("Feuerpause", 12) +
                           ".\nKiew verlangt Gespräche.";
  Segmentation segmentation;
  SentenceLimits limits;
  limits.max_tokens = 10;
  segmenter->Segment(text, 0, 1, &segmentation, limits);
  REQUIRE(segmentation.sentences.size() == 3);
  CHECK(segmentation.sentences[0].token_count == 4);
  CHECK(segmentation.sentences[0].over_limit == Sentence::OverLimit::kNone);
  CHECK(segmentation.sentences[1].token_count == 0);
  CHECK(segmentation.sentences[1].over_limit == Sentence::OverLimit::kTokens);
  CHECK(segmentation.sentences[1].size == 12);
  CHECK(segmentation.sentences[2].token_count == 3);

  limits = SentenceLimits();
  limits.max_chars = 100;  // the second sentence has 132
  segmenter->Segment(text, 0, 1, &segmentation, limits);
  CHECK(segmentation.sentences[1].over_limit == Sentence::OverLimit::kChars);
  CHECK(segmentation.sentences[1].size == 132);
  CHECK(segmentation.sentences[1].token_count == 0);

  // Characters, not bytes: 60 "ä" are 120 bytes.
  limits.max_chars = 60;
  std::string umlauts;
  for (int i = 0; i < 60; ++i) umlauts += "\xC3\xA4";
  segmenter->Segment(umlauts, 0, 1, &segmentation, limits);
  REQUIRE(segmentation.sentences.size() == 1);
  CHECK(segmentation.sentences[0].over_limit == Sentence::OverLimit::kNone);
  umlauts += "\xC3\xA4";
  segmenter->Segment(umlauts, 0, 1, &segmentation, limits);
  CHECK(segmentation.sentences[0].over_limit == Sentence::OverLimit::kChars);
  CHECK(segmentation.sentences[0].size == 61);
}

TEST_CASE("limits: warnings name each overlong sentence, a few per document") {
  auto segmenter = MakeSegmenter(Language::kGerman);
  Document document;
  document.id = "lang";
  document.file = "lang.txt";
  document.text = "Kurz und gut.\n";
  for (int i = 0; i < 8; ++i) document.text += Repeat("Wort", 6) + ".\n";
  document.sentence_limits.max_tokens = 5;
  Segmentation segmentation;
  segmenter->Segment(document, &segmentation);
  Diagnostics diagnostics;
  WarnAboutLongSentences(document, segmentation, diagnostics);
  const std::string messages = Messages(diagnostics);
  CHECK(messages.find("lang.txt:2:1: warning: sentence of 6 tokens, over the limit of 5 "
                      "(--max-sentence-tokens raises it); not matched\n") == 0);
  CHECK(messages.find("lang.txt:6:1: warning: sentence of 6 tokens") != std::string::npos);
  CHECK(messages.find("lang.txt:7:1:") == std::string::npos);
  CHECK(diagnostics.items().size() == kMaxSentenceWarnings + 1);
  CHECK(diagnostics.items().back().ToString() ==
        "lang.txt: warning: 3 more sentences of document 'lang' over the sentence limits; "
        "not matched");
  CHECK_FALSE(diagnostics.has_errors());

  // In a .jsonl document the place is the file's line; the text's is named.
  document.from_jsonl = true;
  document.file = "docs.jsonl";
  document.file_line = 4;
  document.sentence_limits = SentenceLimits();
  document.sentence_limits.max_chars = 20;
  segmenter->Segment(document, &segmentation);
  Diagnostics jsonl;
  WarnAboutLongSentences(document, segmentation, jsonl);
  CHECK(jsonl.items().front().ToString() ==
        "docs.jsonl:4: warning: the sentence at line 2, column 1 of document 'lang' has 30 "
        "characters, over the limit of 20 (--max-sentence-chars raises it); not matched");
}

TEST_CASE("limits: the extractor matches no sentence over the limits, and the others as before") {
  MemoryFileSystem fs;
  fs.files["rules.yaml"] = std::string(kRuleHead) + "rules:\n" + Rule("r", "{actor} @ASK Feuerpause");
  Loaded loaded = Load(fs, {"rules.yaml"});
  REQUIRE(loaded.ok);
  Status status;
  std::shared_ptr<const CompiledRules> compiled = CompiledRules::Compile(loaded.rules, &status);
  REQUIRE(compiled);
  std::unique_ptr<Extractor> extractor = Extractor::Create(compiled, &status);
  REQUIRE(extractor);
  Document document;
  document.id = "d";
  document.lang = Language::kGerman;
  document.text = "Kiew verlangt Feuerpause. Kiew verlangt Feuerpause " + Repeat("und", 20) + ".";
  std::vector<Claim> claims;
  extractor->Extract(document, &claims);
  CHECK(claims.size() == 2);
  document.sentence_limits.max_tokens = 20;
  claims.clear();
  extractor->Extract(document, &claims);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].sentence == 1);
}

// --- rule sets ------------------------------------------------------------------

TEST_CASE("limits: more rules than the limit: one error at the first rule too many") {
  MemoryFileSystem fs;
  fs.files["a.yaml"] = std::string(kRuleHead) + "rules:\n" + Rule("r1", "{actor} @ASK") +
                       Rule("r2", "{actor} @ASK Feuerpause");
  fs.files["b.yaml"] = "parley: 1\nrules:\n" + Rule("r3", "{actor} @ASK Waffenruhe") +
                       Rule("r4", "{actor} @ASK Gespräche");
  RuleLimits limits;
  limits.max_rules = 2;
  Loaded loaded = Load(fs, {"a.yaml", "b.yaml"}, limits);
  CHECK_FALSE(loaded.ok);
  CHECK(Messages(loaded.diagnostics) ==
        "b.yaml:3:5: error: one rule more than the limit of 2 (--max-rules raises it); this "
        "rule and the ones after it are not read\n");
  CHECK(loaded.rules.rules.size() == 2);
  limits.max_rules = 4;
  CHECK(Load(fs, {"a.yaml", "b.yaml"}, limits).ok);
}

TEST_CASE("limits: a pattern, alias or lexicon entry with too many elements") {
  RuleLimits limits;
  limits.max_pattern_elements = 12;
  MemoryFileSystem fs;
  // 12 elements: a capture, a list, a group (1) of two words (2), a gap, an
  // optional (1) of one word (1) and four words.
  const std::string twelve = "{actor} @ASK (eine | die) ... [sofortige] Feuerpause ab morgen früh";
  fs.files["ok.yaml"] = std::string(kRuleHead) + "rules:\n" + Rule("twelve", twelve);
  CHECK(Load(fs, {"ok.yaml"}, limits).ok);

  fs.files["over.yaml"] = std::string(kRuleHead) +
                          "  LONG: {de: [\"" + Repeat("bitte", 13) + "\"]}\n"
                          "rules:\n" +
                          Rule("thirteen", "Heute " + twelve) +
                          "  - id: u\n    lang: de\n    stance: demand\n    position: truce.now\n"
                          "    pattern: \"{actor} @ASK\"\n"
                          "    unless: [\"" + Repeat("nicht", 20) + "\"]\n";
  Loaded loaded = Load(fs, {"over.yaml"}, limits);
  CHECK_FALSE(loaded.ok);
  const std::string messages = Messages(loaded.diagnostics);
  CHECK(messages ==
        "over.yaml:8:16: error: in the entry of lexicon list 'LONG': more elements (words, gaps, "
        "@lists, captures, brackets) than the limit of 12 (--max-pattern-elements raises it)\n"
        "over.yaml:10:77: error: in the pattern of rule 'thirteen': more elements (words, gaps, "
        "@lists, captures, brackets) than the limit of 12 (--max-pattern-elements raises it)\n"
        "over.yaml:16:15: error: in the 'unless' pattern of rule 'u': more elements (words, "
        "gaps, @lists, captures, brackets) than the limit of 12 (--max-pattern-elements raises "
        "it)\n");
  limits.max_pattern_elements = 20;
  Loaded raised = Load(fs, {"over.yaml"}, limits);
  CHECK(Messages(raised.diagnostics) == "");
}

TEST_CASE("limits: counting pattern elements stops just past the limit") {
  auto segmenter = MakeSegmenter(Language::kGerman);
  // A bracket group counts, and so does each element inside it.
  CHECK(CountPatternElements("a (b | c d) [e] ... @X {actor}", PatternUse::kRule, *segmenter, 100) == 10);
  CHECK(CountPatternElements("30-tägige Waffenruhe", PatternUse::kRule, *segmenter, 100) == 3);
  const std::string huge = Repeat("(wort | [anderes wort])", 100000);
  CHECK(CountPatternElements(huge, PatternUse::kRule, *segmenter, 50) == 51);
}

TEST_CASE("limits: YAML nested deeper than the limit, in blocks and in brackets") {
  MemoryFileSystem fs;
  fs.files["blocks.yaml"] = "parley: 1\nrules:\n" + Repeat("-", 5000) + " x\n";
  fs.files["flow.yaml"] = "parley: 1\nlexicon: {A: {de: [[[[[x]]]]]}}\n";
  Loaded blocks = Load(fs, {"blocks.yaml"});
  CHECK(Messages(blocks.diagnostics) ==
        "blocks.yaml:3:127: error: lists and mappings nested deeper than the limit of 64 "
        "(--max-yaml-depth raises it)\n");
  RuleLimits limits;
  // The root mapping, two more mappings and five lists: 8 deep.
  limits.max_yaml_depth = 7;
  Loaded flow = Load(fs, {"flow.yaml"}, limits);
  CHECK(Messages(flow.diagnostics) ==
        "flow.yaml:2:23: error: lists and mappings nested deeper than the limit of 7 "
        "(--max-yaml-depth raises it)\n");
  limits.max_yaml_depth = 8;
  Loaded deeper = Load(fs, {"flow.yaml"}, limits);
  CHECK(Messages(deeper.diagnostics).find("nested deeper") == std::string::npos);
}

TEST_CASE("limits: YAML aliases are counted as they expand; a cycle is refused") {
  // Each alias of &ask brings 3 nodes (the list and its two entries).
  std::string shared = std::string(kRuleHead) + "  SHARED: {de: &ask [\"bitte*\", \"fleh*\"]}\n";
  for (int i = 0; i < 4; ++i) shared += "  L" + std::to_string(i) + ": {de: *ask}\n";
  MemoryFileSystem fs;
  fs.files["shared.yaml"] = shared;
  CHECK(Load(fs, {"shared.yaml"}).ok);
  RuleLimits limits;
  limits.max_yaml_alias_nodes = 11;
  Loaded over = Load(fs, {"shared.yaml"}, limits);
  CHECK(Messages(over.diagnostics) ==
        "shared.yaml:12:12: error: alias '*ask' brings the nodes that YAML aliases expand to "
        "over the limit of 11 (--max-yaml-alias-nodes raises it)\n");
  limits.max_yaml_alias_nodes = 12;
  CHECK(Load(fs, {"shared.yaml"}, limits).ok);

  fs.files["cycle.yaml"] = "parley: 1\nlexicon:\n  A: &loop {de: [x, *loop]}\n";
  CHECK(Messages(Load(fs, {"cycle.yaml"}).diagnostics) ==
        "cycle.yaml:3:21: error: alias '*loop' refers to a node that contains it: it would "
        "expand forever\n");
}
