// Reading documents (SPEC §7): inputs, front matter, leading dates, JSON
// Lines, byte checks. Uses an in-memory file system.
#include <doctest/doctest.h>

#include <map>

#include "parley/reader.h"
#include "read/metadata.h"
#include "test_support.h"

using namespace parley;
using parley::testing::MemoryFileSystem;

namespace {

struct Run {
  std::vector<Document> documents;
  Diagnostics diagnostics;
  std::string Messages() const {
    std::string out;
    for (const auto& d : diagnostics.items()) out += d.ToString() + "\n";
    return out;
  }
};

Run Read(const MemoryFileSystem& fs, std::vector<std::string> inputs, ReadOptions options = {}) {
  Run run;
  ReadInputs(inputs, options, fs, [&](Document&& d) { run.documents.push_back(std::move(d)); },
             run.diagnostics);
  return run;
}

}  // namespace

TEST_CASE("front matter gives id, date, title, source and language") {
  MemoryFileSystem fs;
  fs.files["a.md"] =
      "---\nid: talks-1\ndate: 2025-06-02\ntitle: \"Istanbul: Runde zwei\"\nsource: Agentur\n"
      "lang: de\nauthor: kept out\n---\nDie Ukraine fordert eine Waffenruhe.\n";
  Run run = Read(fs, {"a.md"});
  REQUIRE(run.documents.size() == 1);
  const Document& d = run.documents[0];
  CHECK(d.id == "talks-1");
  CHECK(d.date == "2025-06-02");
  CHECK(d.title == "Istanbul: Runde zwei");
  CHECK(d.source == "Agentur");
  CHECK(d.lang == Language::kGerman);
  CHECK(d.lang_source == LanguageSource::kDocument);
  CHECK(d.body_line == 9);
  CHECK(d.text.substr(d.body_offset, 11) == "Die Ukraine");
  CHECK(run.diagnostics.empty());
}

TEST_CASE("front matter beyond plain 'key: value' lines is read by yaml-cpp") {
  MemoryFileSystem fs;
  fs.files["comment.md"] = "---\nid: a # a comment\ntitle: Über Kiew\n---\nText.\n";
  fs.files["quoted.md"] = "---\ntitle: 'Quoted: yes'\nsource: \"Agentur #1\"\n---\nText.\n";
  fs.files["block.md"] = "---\ntitle: >\n  Zwei Zeilen\n  Titel\n---\nText.\n";
  fs.files["colon.md"] = "---\nid: a:b\n---\nText.\n";
  Run run = Read(fs, {"comment.md", "quoted.md", "block.md", "colon.md"});
  REQUIRE(run.documents.size() == 4);
  CHECK(run.documents[0].id == "a");
  CHECK(run.documents[0].title == "Über Kiew");
  CHECK(run.documents[1].title == "Quoted: yes");
  CHECK(run.documents[1].source == "Agentur #1");
  CHECK(run.documents[2].title == "Zwei Zeilen Titel\n");
  CHECK(run.documents[3].id == "a:b");
  CHECK(run.diagnostics.empty());
}

TEST_CASE("a leading date is the document's date when front matter gives none") {
  size_t length = 0;
  CHECK(ParseLeadingDate("2025-06-02\nText", &length) == std::string("2025-06-02"));
  CHECK(length == 11);
  CHECK(ParseLeadingDate(" date 2025-06 Newsblog", &length) == std::string("2025-06"));
  CHECK(length == 14);
  CHECK(ParseLeadingDate("Date: 2025-07-15\n\nText", &length) == std::string("2025-07-15"));
  CHECK_FALSE(ParseLeadingDate("2025-13-01 Text", &length));
  CHECK_FALSE(ParseLeadingDate("2025-06-02x", &length));
  CHECK_FALSE(ParseLeadingDate("Am 2025-06-02 begann", &length));
  CHECK_FALSE(ParseLeadingDate("dated 2025-06-02", &length));

  MemoryFileSystem fs;
  fs.files["b.txt"] = "date 2025-07\nKiew lädt zu neuen Gesprächen ein\n";
  Run run = Read(fs, {"b.txt"});
  REQUIRE(run.documents.size() == 1);
  CHECK(run.documents[0].date == "2025-07");
  CHECK(run.documents[0].body_offset == 13);
  CHECK(run.documents[0].body_line == 2);
  CHECK(run.documents[0].id == "b");
}

TEST_CASE("dates are checked") {
  CHECK(IsValidDate("2025"));
  CHECK(IsValidDate("2025-06"));
  CHECK(IsValidDate("2024-02-29"));
  CHECK_FALSE(IsValidDate("2025-02-29"));
  CHECK_FALSE(IsValidDate("2025-13"));
  CHECK_FALSE(IsValidDate("2025-06-31"));
  CHECK_FALSE(IsValidDate("25-06-02"));
}

TEST_CASE("malformed front matter is an error at its line and column") {
  MemoryFileSystem fs;
  fs.files["open.md"] = "---\nid: x\nText ohne Ende\n";
  fs.files["yaml.md"] = "---\nid: x\ntitle: [unclosed\n---\nText.\n";
  fs.files["date.md"] = "---\nid: x\ndate: 2025-13-45\n---\nText.\n";
  fs.files["lang.md"] = "---\nlang: fr\n---\nTexte.\n";
  fs.files["list.md"] = "---\n- a\n- b\n---\nText.\n";
  fs.files["nested.md"] = "---\ntitle:\n  a: b\n---\nText.\n";
  Run run = Read(fs, {"open.md", "yaml.md", "date.md", "lang.md", "list.md", "nested.md"});
  CHECK(run.documents.empty());
  const std::string messages = run.Messages();
  CHECK(messages.find("open.md:1:1: error: front matter opened with '---' is never closed") !=
        std::string::npos);
  CHECK(messages.find("yaml.md:3:17: error: front matter is not valid YAML") != std::string::npos);
  CHECK(messages.find("date.md:3:7: error: invalid date '2025-13-45'") != std::string::npos);
  CHECK(messages.find("lang.md:2:7: error: unsupported language 'fr'") != std::string::npos);
  CHECK(messages.find("list.md:2:1: error: front matter must be") != std::string::npos);
  CHECK(messages.find("nested.md:2:1: error: front matter field 'title' must be a single value") !=
        std::string::npos);
}

TEST_CASE("invalid UTF-8 and binary files are skipped with a warning naming the byte offset") {
  MemoryFileSystem fs;
  fs.files["bad.txt"] = "Erste Zeile.\nZweite \xC3\x28 Zeile.\n";
  fs.files["bin.txt"] = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  fs.files["good.txt"] = "Die Ukraine fordert Frieden.\n";
  Run run = Read(fs, {"bad.txt", "bin.txt", "good.txt"});
  CHECK(run.documents.size() == 1);
  CHECK_FALSE(run.diagnostics.has_errors());
  const std::string messages = run.Messages();
  CHECK(messages.find("bad.txt:2:8: warning: invalid UTF-8 at byte offset 20 (byte 0xC3)") !=
        std::string::npos);
  CHECK(messages.find("bin.txt:3:1: warning: binary content (a NUL byte) at byte offset 8") !=
        std::string::npos);

  ReadOptions strict;
  strict.strict = true;
  Run strict_run = Read(fs, {"bad.txt"}, strict);
  CHECK(strict_run.diagnostics.has_errors());
  CHECK(strict_run.Messages().find("bad.txt:2:8: error: invalid UTF-8") != std::string::npos);
}

TEST_CASE("overlong encodings and surrogates are invalid UTF-8") {
  MemoryFileSystem fs;
  fs.files["overlong.txt"] = "ab\xC0\xAF";
  fs.files["surrogate.txt"] = "ab\xED\xA0\x80";
  fs.files["truncated.txt"] = "abc\xE2\x82";
  Run run = Read(fs, {"overlong.txt", "surrogate.txt", "truncated.txt"});
  CHECK(run.documents.empty());
  const std::string messages = run.Messages();
  CHECK(messages.find("overlong.txt:1:3: warning: invalid UTF-8 at byte offset 2") != std::string::npos);
  CHECK(messages.find("surrogate.txt:1:3: warning: invalid UTF-8 at byte offset 2") != std::string::npos);
  CHECK(messages.find("truncated.txt:1:4: warning: invalid UTF-8 at byte offset 3") != std::string::npos);
}

TEST_CASE("empty documents are skipped with a warning") {
  MemoryFileSystem fs;
  fs.files["empty.txt"] = "";
  fs.files["blank.txt"] = "\n  \n";
  fs.files["only-front-matter.md"] = "---\nid: x\n---\n";
  Run run = Read(fs, {"empty.txt", "blank.txt", "only-front-matter.md"});
  CHECK(run.documents.empty());
  CHECK_FALSE(run.diagnostics.has_errors());
  CHECK(run.diagnostics.items().size() == 3);
}

TEST_CASE("missing inputs are all reported before anything is read") {
  MemoryFileSystem fs;
  fs.files["good.txt"] = "Text.";
  Run run = Read(fs, {"good.txt", "nope.txt", "gone/"});
  CHECK(run.documents.empty());
  CHECK(run.Messages() ==
        "nope.txt: error: no such file or directory\ngone/: error: no such file or directory\n");
}

TEST_CASE("directories are read recursively in sorted order; ids are relative paths") {
  MemoryFileSystem fs;
  fs.directories = {"corpus", "empty"};
  fs.files["corpus/b/two.md"] = "Zwei.";
  fs.files["corpus/a.txt"] = "Eins.";
  fs.files["corpus/c.pdf"] = "%PDF";
  fs.files["corpus/.hidden.txt"] = "Versteckt.";
  fs.files["corpus/d.jsonl"] = "{\"id\": \"j1\", \"text\": \"Drei.\"}\n";
  Run run = Read(fs, {"corpus"});
  REQUIRE(run.documents.size() == 3);
  CHECK(run.documents[0].id == "a");
  CHECK(run.documents[1].id == "b/two");
  CHECK(run.documents[2].id == "j1");
  CHECK(run.diagnostics.empty());

  Run empty = Read(fs, {"empty"});
  CHECK(empty.Messages() == "empty: error: no documents found (parley reads .txt, .md and .jsonl files)\n");
}

TEST_CASE("JSON Lines: one document per line, bad lines reported and skipped") {
  MemoryFileSystem fs;
  fs.files["docs.jsonl"] =
      "{\"id\": \"a\", \"text\": \"Die Ukraine fordert Frieden.\", \"date\": \"2025-06-02\", "
      "\"title\": \"T\", \"source\": \"S\", \"lang\": \"de\"}\n"
      "{\"id\": \"b\", \"text\": \"unterminated}\n"
      "{\"id\": \"c\"}\n"
      "\n"
      "{\"id\": 7, \"text\": \"Russia rejects the proposal and the talks are over.\"}\n"
      "[1, 2]\n"
      "{\"id\": \"d\", \"text\": \"x\", \"date\": \"June\"}\n"
      "{\"id\": \"e\", \"text\": 5}\n";
  Run run = Read(fs, {"docs.jsonl"});
  REQUIRE(run.documents.size() == 2);
  CHECK(run.documents[0].id == "a");
  CHECK(run.documents[0].file_line == 1);
  CHECK(run.documents[0].lang == Language::kGerman);
  CHECK(run.documents[0].date == "2025-06-02");
  CHECK(run.documents[1].id == "7");
  CHECK(run.documents[1].file_line == 5);
  CHECK(run.documents[1].lang == Language::kEnglish);
  CHECK(run.documents[1].lang_source == LanguageSource::kDetected);
  const std::string messages = run.Messages();
  CHECK(messages.find("docs.jsonl:2:") != std::string::npos);
  CHECK(messages.find("error: invalid JSON") != std::string::npos);
  CHECK(messages.find("docs.jsonl:3:1: error: missing \"text\"") != std::string::npos);
  CHECK(messages.find("docs.jsonl:6:1: error: expected a JSON object") != std::string::npos);
  CHECK(messages.find("docs.jsonl:7:") != std::string::npos);
  CHECK(messages.find("invalid date 'June'") != std::string::npos);
  CHECK(messages.find("docs.jsonl:8:") != std::string::npos);
  CHECK(messages.find("\"text\" must be a string") != std::string::npos);
}

TEST_CASE("standard input is JSON Lines when it starts with an object, else one text") {
  MemoryFileSystem fs;
  fs.files["-"] = "  {\"id\": \"s1\", \"text\": \"Kyiv demands a ceasefire.\"}\n";
  Run run = Read(fs, {"-"});
  REQUIRE(run.documents.size() == 1);
  CHECK(run.documents[0].id == "s1");

  fs.files["-"] = "Kiew fordert eine Waffenruhe.";
  run = Read(fs, {"-"});
  REQUIRE(run.documents.size() == 1);
  CHECK(run.documents[0].id == "stdin");
  CHECK(run.documents[0].file == "-");
}

TEST_CASE("language: document, then --lang, then detection") {
  MemoryFileSystem fs;
  fs.files["de.txt"] = "Die Ukraine fordert eine Waffenruhe und lehnt die Bedingungen ab.";
  fs.files["en.txt"] = "Ukraine demands a ceasefire and rejects the conditions of the Kremlin.";
  fs.files["tagged.md"] = "---\nlang: en\n---\nDie Ukraine fordert.";
  Run detected = Read(fs, {"de.txt", "en.txt", "tagged.md"});
  REQUIRE(detected.documents.size() == 3);
  CHECK(detected.documents[0].lang == Language::kGerman);
  CHECK(detected.documents[1].lang == Language::kEnglish);
  CHECK(detected.documents[2].lang == Language::kEnglish);
  ReadOptions options;
  options.default_language = Language::kGerman;
  Run forced = Read(fs, {"en.txt", "tagged.md"}, options);
  CHECK(forced.documents[0].lang == Language::kGerman);
  CHECK(forced.documents[0].lang_source == LanguageSource::kOption);
  CHECK(forced.documents[1].lang == Language::kEnglish);
}

TEST_CASE("language names") {
  CHECK(ParseLanguage("de") == Language::kGerman);
  CHECK(ParseLanguage("de-AT") == Language::kGerman);
  CHECK(ParseLanguage("EN_gb") == Language::kEnglish);
  CHECK(ParseLanguage("English") == Language::kEnglish);
  CHECK_FALSE(ParseLanguage("fr"));
  CHECK_FALSE(ParseLanguage(""));
  CHECK(DetectLanguage("Über die Waffenruhe wird verhandelt.") == Language::kGerman);
  CHECK(DetectLanguage("The talks in Istanbul ended after an hour.") == Language::kEnglish);
  CHECK(DetectLanguage("") == Language::kEnglish);
}

TEST_CASE("MeasureInputs sizes the files ReadInputs would read, without reading them") {
  MemoryFileSystem fs;
  fs.directories = {"corpus"};
  fs.files["corpus/a.txt"] = "Kiew fordert eine Waffenruhe.\n";         // 30 bytes
  fs.files["corpus/sub/b.MD"] = "Moskau lehnt ab.\n";                     // 17
  fs.files["corpus/.hidden/c.txt"] = "never read";
  fs.files["corpus/rules.yaml"] = "not a document";
  fs.files["single.yaml"] = "named directly: read whatever its extension";  // 43
  InputSize size = MeasureInputs({"corpus", "single.yaml", "missing.txt"}, fs);
  CHECK(size.bytes == uint64_t{30 + 17 + 43});
  CHECK(size.documents == size_t{3});

  fs.files["corpus/more.jsonl"] = "{\"id\":\"x\",\"text\":\"A.\"}\n";  // 23
  size = MeasureInputs({"corpus"}, fs);
  CHECK(size.bytes == uint64_t{30 + 17 + 23});
  CHECK_FALSE(size.documents);  // a .jsonl file holds any number

  size = MeasureInputs({"corpus", "-"}, fs);
  CHECK_FALSE(size.bytes);
  CHECK_FALSE(size.documents);
}

TEST_CASE("documents account for the input bytes they were read from") {
  MemoryFileSystem fs;
  fs.files["a.txt"] = "---\nid: a\n---\nText.\n";
  const std::string jsonl =
      "{\"id\":\"1\",\"text\":\"Eins.\"}\n"
      "\n"
      "{\"id\":\"2\",\"text\":\"Zwei.\"}\r\n"
      "not json\n"
      "{\"id\":\"3\",\"text\":\"Drei.\"}";
  fs.files["b.jsonl"] = jsonl;
  Run run = Read(fs, {"a.txt", "b.jsonl"});
  REQUIRE(run.documents.size() == 4);
  CHECK(run.documents[0].input_bytes == fs.files["a.txt"].size());
  CHECK(run.documents[1].input_bytes == 26);
  CHECK(run.documents[2].input_bytes == 1 + 27);       // the blank line before it
  CHECK(run.documents[3].input_bytes == 9 + 25);       // the bad line before it, no newline
  uint64_t sum = 0;
  for (size_t i = 1; i < 4; ++i) sum += run.documents[i].input_bytes;
  CHECK(sum == jsonl.size());
}
