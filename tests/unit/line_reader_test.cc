// Streaming .jsonl: LineReader over chunked streams, and ReadInputs reading
// .jsonl files and standard input in pieces with the same documents and
// diagnostics as reading them whole.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parley/reader.h"
#include "read/line_reader.h"
#include "test_support.h"

using namespace parley;
using parley::testing::ChunkedReadStream;
using parley::testing::MemoryFileSystem;

namespace {

struct Line {
  std::string text;
  int number;
  uint64_t offset;
  uint64_t consumed;
  bool operator==(const Line&) const = default;
};

std::vector<Line> Lines(const std::string& contents, size_t chunk, size_t reader_chunk = 3) {
  ChunkedReadStream stream(contents, chunk);
  LineReader reader(stream, reader_chunk);
  std::vector<Line> lines;
  for (std::string_view line; reader.Next(&line);)
    lines.push_back({std::string(line), reader.line_number(), reader.line_offset(),
                     reader.consumed()});
  CHECK(reader.error().empty());
  return lines;
}

struct Run {
  std::vector<Document> documents;
  Diagnostics diagnostics;
  std::string Messages() const {
    std::string out;
    for (const auto& d : diagnostics.items()) out += d.ToString() + "\n";
    return out;
  }
};

Run Read(const MemoryFileSystem& fs, std::vector<std::string> inputs) {
  Run run;
  ReadInputs(inputs, {}, fs, [&](Document&& d) { run.documents.push_back(std::move(d)); },
             run.diagnostics);
  return run;
}

}  // namespace

TEST_CASE("LineReader: lines, offsets and numbers do not depend on where chunks end") {
  const std::string contents = "eins\nzwei\r\n\n  drei  \r\nvier ohne Ende";
  const std::vector<Line> want = {{"eins", 1, 0, 5},
                                  {"zwei\r", 2, 5, 11},
                                  {"", 3, 11, 12},
                                  {"  drei  \r", 4, 12, 22},
                                  {"vier ohne Ende", 5, 22, 36}};
  for (size_t chunk = 1; chunk <= contents.size() + 1; ++chunk) {
    CAPTURE(chunk);
    CHECK(Lines(contents, chunk) == want);
    CHECK(Lines(contents, chunk, 1) == want);
    CHECK(Lines(contents, chunk, 64) == want);
  }
}

TEST_CASE("LineReader: a final newline makes no empty line; an empty stream has no line") {
  CHECK(Lines("a\nb\n", 2) == std::vector<Line>{{"a", 1, 0, 2}, {"b", 2, 2, 4}});
  CHECK(Lines("", 2).empty());
  CHECK(Lines("\n", 2) == std::vector<Line>{{"", 1, 0, 1}});
  CHECK(Lines("\n\n", 1) == std::vector<Line>{{"", 1, 0, 1}, {"", 2, 1, 2}});
}

TEST_CASE("LineReader: a line far longer than a chunk is read whole") {
  const std::string long_line(1 << 20, 'x');
  const std::string contents = "kurz\n" + long_line + "\nnoch eine";
  ChunkedReadStream stream(contents, 4093);
  LineReader reader(stream, 4096);
  std::string_view line;
  REQUIRE(reader.Next(&line));
  CHECK(line == "kurz");
  REQUIRE(reader.Next(&line));
  CHECK(line == long_line);
  CHECK(reader.line_offset() == 5);
  REQUIRE(reader.Next(&line));
  CHECK(line == "noch eine");
  CHECK(reader.line_offset() == 5 + long_line.size() + 1);
  CHECK_FALSE(reader.Next(&line));
}

TEST_CASE("LineReader: peeking at the first non-blank byte, then reading on or reading the rest") {
  {
    ChunkedReadStream stream(" \r\n\t\n {\"a\":1}\nzwei", 2);
    LineReader reader(stream, 2);
    CHECK(reader.PeekFirstNonBlank() == '{');
    std::vector<std::string> lines;
    for (std::string_view line; reader.Next(&line);) lines.emplace_back(line);
    CHECK(lines == std::vector<std::string>{" \r", "\t", " {\"a\":1}", "zwei"});
  }
  {
    ChunkedReadStream stream("\n\n  Text über\nzwei Zeilen.\n", 3);
    LineReader reader(stream, 3);
    CHECK(reader.PeekFirstNonBlank() == 'T');
    std::string rest;
    CHECK(reader.ReadRest(&rest));
    CHECK(rest == "\n\n  Text über\nzwei Zeilen.\n");
  }
  {
    ChunkedReadStream stream(" \n\t ", 1);
    LineReader reader(stream, 1);
    CHECK_FALSE(reader.AtEnd());
    CHECK(reader.PeekFirstNonBlank() == '\0');
  }
  {
    ChunkedReadStream stream("", 1);
    LineReader reader(stream, 1);
    CHECK(reader.AtEnd());
  }
}

TEST_CASE("LineReader: a read error ends the lines and is kept") {
  ChunkedReadStream stream("eins\nzwei\ndrei\n", 3, /*fail_after=*/7);
  LineReader reader(stream, 3);
  std::string_view line;
  REQUIRE(reader.Next(&line));
  CHECK(line == "eins");
  CHECK_FALSE(reader.Next(&line));
  CHECK(reader.error() == "read failed: disk on fire");
}

TEST_CASE("a .jsonl file read in small pieces gives the documents and diagnostics of a whole read") {
  MemoryFileSystem fs;
  fs.files["docs.jsonl"] =
      "{\"id\": \"a\", \"text\": \"Die Ukraine fordert eine Waffenruhe.\"}\r\n"
      "\n"
      "{\"id\": \"b\", \"text\": \"unterminated}\n"
      "{\"id\": \"c\", \"text\": \"Kyiv \xC3\x28 demands.\"}\n"
      "{\"id\": \"d\", \"text\": \"Russland lehnt ab.\"}";
  const Run whole = Read(fs, {"docs.jsonl"});
  REQUIRE(whole.documents.size() == 2);
  CHECK(whole.Messages().find("docs.jsonl:3:") != std::string::npos);
  // The byte offset counts from the start of the file, not of the line.
  CHECK(whole.Messages().find("docs.jsonl:4:27: warning: invalid UTF-8 at byte offset 123 "
                              "(byte 0xC3)") != std::string::npos);
  for (size_t chunk : {1, 2, 3, 7, 16, 61, 62, 63, 1000}) {
    CAPTURE(chunk);
    fs.chunk_size = chunk;
    const Run pieces = Read(fs, {"docs.jsonl"});
    CHECK(pieces.Messages() == whole.Messages());
    REQUIRE(pieces.documents.size() == whole.documents.size());
    for (size_t i = 0; i < whole.documents.size(); ++i) {
      CHECK(pieces.documents[i].id == whole.documents[i].id);
      CHECK(pieces.documents[i].text == whole.documents[i].text);
      CHECK(pieces.documents[i].file_line == whole.documents[i].file_line);
      CHECK(pieces.documents[i].input_bytes == whole.documents[i].input_bytes);
    }
  }
}

TEST_CASE("standard input streams: JSON Lines or one text, told by its first non-blank byte") {
  MemoryFileSystem fs;
  fs.chunk_size = 2;
  fs.files["-"] = "\n \n{\"id\": \"s1\", \"text\": \"Kyiv demands a ceasefire.\"}\n"
                  "{\"id\": \"s2\", \"text\": \"Moscow refuses.\"}\n";
  Run run = Read(fs, {"-"});
  REQUIRE(run.documents.size() == 2);
  CHECK(run.documents[0].id == "s1");
  CHECK(run.documents[0].file_line == 3);
  CHECK(run.documents[1].id == "s2");

  fs.files["-"] = "\n  Kiew fordert eine Waffenruhe.\n{\"not\": \"json lines\"}\n";
  run = Read(fs, {"-"});
  REQUIRE(run.documents.size() == 1);
  CHECK(run.documents[0].id == "stdin");
  CHECK(run.documents[0].text == fs.files["-"]);

  fs.files["-"] = "";
  run = Read(fs, {"-"});
  CHECK(run.documents.empty());
  CHECK(run.Messages() == "-: warning: empty document, nothing to read; skipped\n");
}

TEST_CASE("a read error in the middle of a .jsonl file is an error; the lines before are read") {
  MemoryFileSystem fs;
  fs.files["docs.jsonl"] =
      "{\"id\": \"a\", \"text\": \"Eins.\"}\n{\"id\": \"b\", \"text\": \"Zwei.\"}\n";
  fs.chunk_size = 4;
  fs.fail_after = 40;
  Run run = Read(fs, {"docs.jsonl"});
  REQUIRE(run.documents.size() == 1);
  CHECK(run.documents[0].id == "a");
  CHECK(run.Messages() == "docs.jsonl: error: read failed: disk on fire\n");
}
