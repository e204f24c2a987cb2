// The report writers (SPEC §5) on a small comparison built by hand: the
// Markdown sections and their evidence, CSV quoting and attribute columns,
// a DOT file whose nodes and edges are counted by a small DOT reader, and
// GraphML checked for well-formed XML and declared keys.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "parley/report.h"
#include "report/csv_report.h"
#include "report/dot_export.h"
#include "report/markdown_text.h"
#include "report/report_support.h"
#include "report_fixture.h"

using namespace parley;
using namespace parley::testing;

namespace {

std::string Write(const Comparison& comparison, ReportFormat format, CsvTable table = CsvTable::kClaims) {
  std::ostringstream out;
  REQUIRE(WriteReport(comparison, ReportOptions{format, table}, out));
  return out.str();
}

// RFC 4180 records: fields unquoted, quotes doubled; records end in CRLF.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted && c == '"' && text.compare(i, 2, "\"\"") == 0) {
      field += '"', ++i;
    } else if (c == '"') {
      REQUIRE_MESSAGE((quoted || field.empty()), "a quote inside an unquoted field");
      quoted = !quoted;
    } else if (quoted || (c != ',' && c != '\r')) {
      REQUIRE_MESSAGE((quoted || c != '\n'), "a bare LF ends a record");
      field += c;
    } else if (c == ',') {
      records.back().emplace_back();
    } else {
      REQUIRE_MESSAGE(text.compare(i, 2, "\r\n") == 0, "a CR without LF");
      records.emplace_back(1), ++i;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE((records.back().size() == 1 && records.back()[0].empty()));  // after the last CRLF
  records.pop_back();
  return records;
}

// A small DOT reader: the statements of the graph and its subgraphs, as
// token lists (quoted strings unescaped, marked by a leading '"'), with
// braces and quotes checked.
struct DotStatements {
  std::vector<std::vector<std::string>> statements;
  int subgraphs = 0;
};
DotStatements ReadDot(const std::string& text) {
  DotStatements dot;
  std::vector<std::string> current;
  int depth = 0;
  auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '#';
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      std::string value = "\"";
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text.compare(i, 2, "\\\"") == 0) ++i;
        value += text[i];
      }
      REQUIRE_MESSAGE(i < text.size(), "an unterminated string");
      current.push_back(value);
    } else if (c == '{' || c == '}' || c == ';') {
      if (c == '{') dot.subgraphs += !current.empty() && current[0] == "subgraph";
      if (c != '{' && !current.empty()) dot.statements.push_back(current);
      current.clear();
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      REQUIRE(depth >= 0);
    } else if (text.compare(i, 2, "->") == 0) {
      current.push_back("->"), ++i;
    } else if (c == '[' || c == ']' || c == ',' || c == '=') {
      current.push_back(std::string(1, c));
    } else if (is_word(c)) {
      std::string word;
      for (; i < text.size() && is_word(text[i]); ++i) word += text[i];
      current.push_back(word), --i;
    } else {
      REQUIRE_MESSAGE(std::isspace(static_cast<unsigned char>(c)), "an unexpected character in DOT: " << c);
    }
  }
  CHECK(depth == 0);
  return dot;
}

// The value of attribute `name` in a node or edge statement ("" if none).
std::string DotAttribute(const std::vector<std::string>& statement, const std::string& name) {
  for (size_t i = 0; i + 2 < statement.size(); ++i)
    if (statement[i] == name && statement[i + 1] == "=") {
      const std::string& value = statement[i + 2];
      return value[0] == '"' ? value.substr(1) : value;
    }
  return "";
}

// A small XML reader for the GraphML: its tags with their attributes. Fails
// on an unquoted attribute, a '<' inside a tag, or an '&' that starts no entity.
struct XmlTag {
  std::string name;
  bool closing = false;
  bool self_closing = false;
  std::map<std::string, std::string> attributes;
};
std::vector<XmlTag> ReadXml(const std::string& xml) {
  REQUIRE(xml.rfind("<?xml ", 0) == 0);
  for (size_t amp = xml.find('&'); amp != std::string::npos; amp = xml.find('&', amp + 1)) {
    bool known = false;
    for (std::string entity : {"&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#32;"})
      known = known || xml.compare(amp, entity.size(), entity) == 0;
    CHECK_MESSAGE(known, "an '&' that starts no entity: " << xml.substr(amp, 10));
  }
  std::vector<XmlTag> tags;
  for (size_t open = xml.find('<', 1); open != std::string::npos; open = xml.find('<', open + 1)) {
    const size_t close = xml.find('>', open);
    REQUIRE(close != std::string::npos);
    std::string inside = xml.substr(open + 1, close - open - 1);
    REQUIRE(inside.find('<') == std::string::npos);
    XmlTag tag;
    if (inside[0] == '/') tag.closing = true, inside.erase(0, 1);
    if (inside.back() == '/') tag.self_closing = true, inside.pop_back();
    tag.name = inside.substr(0, inside.find(' '));
    for (size_t at = tag.name.size(); inside.find_first_not_of(' ', at) != std::string::npos;) {
      at = inside.find_first_not_of(' ', at);
      const size_t equals = inside.find("=\"", at);
      REQUIRE_MESSAGE(equals != std::string::npos, "an unquoted attribute in <" << inside << ">");
      const size_t end = inside.find('"', equals + 2);
      REQUIRE(end != std::string::npos);
      const std::string name = inside.substr(at, equals - at);
      REQUIRE(name.find_first_of(" \"") == std::string::npos);
      tag.attributes[name] = inside.substr(equals + 2, end - equals - 2);
      at = end + 1;
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace

TEST_CASE("report: format and table names") {
  CHECK((ParseReportFormat("md") == ReportFormat::kMarkdown && ParseReportFormat("dot") == ReportFormat::kDot));
  CHECK((ParseReportFormat("graphml") == ReportFormat::kGraphml && !ParseReportFormat("markdown")));
  CHECK((ParseCsvTable("pairs") == CsvTable::kPairs && !ParseCsvTable("rows")));
  CHECK((ParseReportFormat("html") == ReportFormat::kHtml && !ParseReportFormat("HTML")));
}

TEST_CASE("report: markdown escaping and shortening") {
  CHECK(report::MdEscape("a | b *c* [d](e) <f> `g` _h_ \\ ~i~") ==
        "a \\| b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\` \\_h\\_ \\\\ \\~i\\~");
  CHECK(report::MdEscape("AT&T &amp; &#32;\nnext") == "AT&T \\&amp; \\&#32; next");
  CHECK(report::MdEscape("within_days _x") == "within_days \\_x");
  CHECK(report::TwoDecimals(-1.0 / 3) == "-0.33");
  CHECK(report::TwoDecimals(-0.001) == "0.00");
  const std::string shortText = "Die Ukraine fordert eine Waffenruhe.";
  CHECK(report::ShortenSentence(shortText, 280) == shortText);
  std::string longText = "Die Ukraine";
  for (int i = 0; i < 60; ++i) longText += " und ähnliche Worte";
  longText += " fordert eine Waffenruhe.";
  const std::string shortened = report::ShortenSentence(longText, 100);
  CHECK(shortened.rfind("Die Ukraine und", 0) == 0);
  CHECK(shortened.find(" … ") != std::string::npos);
  CHECK(shortened.size() < 140);
  CHECK(shortened.substr(shortened.size() - 24) == "fordert eine Waffenruhe.");
}

TEST_CASE("report: md has every section, the divergences first, with evidence") {
  Fixture f;
  const std::string md = Write(f.comparison, ReportFormat::kMarkdown);
  const char* sections[] = {"# Where the parties stand", "## Summary", "## Where the parties diverge",
                            "## Conditions", "## Common ground", "## Actor × topic matrix",
                            "## Coalitions", "## Agreement index", "## Brokers", "## Shifts",
                            "## Contradictions", "## Coverage"};
  size_t last = 0;
  for (const char* section : sections) {
    const size_t at = md.find(std::string(section) + "\n");
    CHECK_MESSAGE((at != std::string::npos && at >= last), "missing or out of order: " << section);
    last = std::min(at, md.size());
  }
  CHECK(md.find("- Period: 2025-05-16 to 2025-07-14\n") != std::string::npos);
  // Pairs in the rule set's order of actors: Ukraine before Russia.
  const size_t conflict = md.find("### Conflict: Ukraine and Russia on Ceasefire\n\n"
                                  "- **Ukraine** demands **Unconditional ceasefire** (days=30, "
                                  "monitored=international)\n"
                                  "  - de-istanbul:6 (2025-05-16): \"Die Ukraine fordert eine bedingungslose "
                                  "30-tägige Waffenruhe.\"\n"
                                  "- **Russia** demands **Ceasefire only under conditions**\n"
                                  "  - de-istanbul:7 (2025-05-16): \"Russland knüpft eine Waffenruhe an "
                                  "Bedingungen.\"\n");
  CHECK(conflict != std::string::npos);
  CHECK(md.find("### Conflict: Ukraine and Russia on NATO membership") != std::string::npos);
  const size_t differ = md.find("### Differ: Ukraine and United States on Ceasefire");
  CHECK(differ != std::string::npos);
  CHECK(differ > conflict);  // conflicts first
  CHECK(md.find("- **Russia** attaches **Ukraine gives up Western arms** as a condition to "
                "**Ceasefire only under conditions**\n  - de-istanbul:8") != std::string::npos);
  // Quoted text: the pipe and the stars escaped, the line break a space.
  CHECK(md.find("agree on a \"large\", swift exchange \\| of \\*prisoners\\*.\"") != std::string::npos);
  CHECK(md.find("- **Exchange of prisoners** (Prisoners \"all for all\"): held by Russia and Ukraine\n")
        != std::string::npos);
  CHECK(md.find("| Actor | Ceasefire | Western arms | NATO membership | Prisoners \"all for all\" |\n")
        != std::string::npos);
  CHECK(md.find("| Ukraine | Unconditional ceasefire; Ceasefire only under conditions | – | "
                "✗ Ukraine renounces NATO membership | Exchange of prisoners |\n") != std::string::npos);
  CHECK(md.find("| Ukraine | Russia | 3 | 1 | 0 | 2 | -0.33 |\n") != std::string::npos);
  CHECK(md.find("| Ukraine | United States | 1 | 0 | 1 | 0 | 0.00 |\n") != std::string::npos);
  CHECK(md.find("No coalitions: ") != std::string::npos);
  CHECK(md.find("| Ukraine | 0.50 |") != std::string::npos);
  CHECK(md.find("- **Russia** on **Ceasefire**, 2025-05-16 to 2025-07-14\n"
                "  - before (2025-05-16):\n"
                "    - demands **Ceasefire only under conditions** — de-istanbul:7") != std::string::npos);
  CHECK(md.find("    - accepts **Unconditional ceasefire** — en-washington:5 (2025-07-14)") != std::string::npos);
  CHECK(md.find("- **Ukraine** holds both **Unconditional ceasefire** and **Ceasefire only under "
                "conditions** in 2025-05\n") != std::string::npos);
  CHECK(md.find("- Documents: 5 read, 4 with claims\n") != std::string::npos);
  CHECK(md.find("- Sentences: 30\n") != std::string::npos);
  CHECK(md.find("no claim: 1\n  - de-istanbul:12: Moskau lehnt das ab.\n") != std::string::npos);
  // Deterministic.
  CHECK(Write(f.comparison, ReportFormat::kMarkdown) == md);
}

TEST_CASE("report: an empty comparison without a rule set; md says so in every section") {
  Comparison empty;
  const std::string md = Write(empty, ReportFormat::kMarkdown);
  for (const char* line : {"No divergences: ", "No conditions: ", "No common ground: ", "No positions held: ",
                           "No coalitions: ", "No pairs: ", "No brokers: ", "No shifts: ", "No contradictions: ",
                           "- Sentences: not known from claims", "- Documents: 0 with claims\n",
                           "no claim: not known from claims"})
    CHECK_MESSAGE(md.find(line) != std::string::npos, line);
  CHECK(Write(empty, ReportFormat::kCsv).rfind("doc,date,", 0) == 0);
  CHECK(ReadDot(Write(empty, ReportFormat::kDot)).statements.size() == 3);  // graph, node and edge defaults
  CHECK(ReadXml(Write(empty, ReportFormat::kGraphml)).size() == 19);  // <graphml>, 15 <key/>, <graph>, closings
}

TEST_CASE("report: evidence quotes each sentence once, up to three, then cites the rest") {
  Fixture f;
  f.comparison.holdings[3].claims = {1, 1, 2, 5, 1, 0, 3, 8, 6};  // Russia's, on the ceasefire
  const std::string md = Write(f.comparison, ReportFormat::kMarkdown);
  CHECK(md.find("- **Russia** demands **Ceasefire only under conditions**\n"
                "  - de-istanbul:7 (2025-05-16): \"Russland knüpft eine Waffenruhe an Bedingungen.\"\n"
                "  - de-istanbul:8 (2025-05-16): \"So soll die Ukraine auf westliche Waffenlieferungen "
                "verzichten.\"\n  - de-kreml:3 (2025-06-01)") != std::string::npos);
  CHECK(md.find("  - … and 4 more: de-istanbul:6, de-istanbul:10, de-kiew:2, en-washington:2\n") !=
        std::string::npos);
}

TEST_CASE("report: csv claims quote comma, quote and newline; one column per attribute") {
  Fixture f;
  const std::string csv = Write(f.comparison, ReportFormat::kCsv);
  CHECK(csv.rfind("doc,date,sentence,line,start,end,actor,stance,position,topic,target,condition_of,"
                  "rule,text,days,monitored,attribute:rule\r\n", 0) == 0);
  CHECK(csv.find("\"Russia and Ukraine agree on a \"\"large\"\", swift exchange |\nof *prisoners*.\"")
        != std::string::npos);
  const auto records = ParseCsv(csv);
  REQUIRE(records.size() == f.comparison.claims.size() + 1);
  for (const auto& record : records) CHECK(record.size() == 17);
  CHECK(records[1] == std::vector<std::string>{"de-istanbul", "2025-05-16", "6", "6", "600", "650", "UKR",
                                               "demand", "ceasefire.unconditional", "ceasefire", "", "",
                                               "rule.ceasefire.unconditional",
                                               "Die Ukraine fordert eine bedingungslose 30-tägige Waffenruhe.",
                                               "30", "international", ""});
  CHECK(records[3][11] == "ceasefire.conditional");
  CHECK(records[5][13] == f.comparison.claims[4].text);
  CHECK(records[5][16] == "x");
  CHECK((CsvField("plain") == "plain" && CsvField("a\rb") == "\"a\rb\""));
}

TEST_CASE("report: csv pairs and matrix tables") {
  Fixture f;
  const auto pairs = ParseCsv(Write(f.comparison, ReportFormat::kCsv, CsvTable::kPairs));
  REQUIRE(pairs.size() == 5);
  CHECK(pairs[0] == std::vector<std::string>{"first", "second", "topic", "relation", "first_positions",
                                             "second_positions", "agreement_index"});
  CHECK(pairs[1] == std::vector<std::string>{"RUS", "UKR", "ceasefire", "conflict",
                                             "demand ceasefire.conditional",
                                             "demand ceasefire.unconditional (days=30, monitored=international)",
                                             "-0.333333"});
  CHECK(pairs[4][3] == "differ");
  const auto matrix = ParseCsv(Write(f.comparison, ReportFormat::kCsv, CsvTable::kMatrix));
  REQUIRE(matrix.size() == 5);
  CHECK(matrix[0] == std::vector<std::string>{"actor", "ceasefire", "arms", "nato", "prisoners"});
  CHECK(matrix[1] == std::vector<std::string>{"UKR",
                                              "demand ceasefire.unconditional; demand ceasefire.conditional",
                                              "", "reject nato.renounce", "agree prisoners.exchange"});
}

TEST_CASE("report: dot escaping") {
  CHECK(DotText("plain") == "plain");
  CHECK(DotText("a\\nb") == "a\\\\nb");  // a backslash is text, not a label escape
  CHECK(DotText("Graph") == "Graph\\\n");  // a keyword is forced into quotes
  CHECK(DotText("Graphs") == "Graphs");
}

TEST_CASE("report: dot has actors, clustered positions, stance, conflict, condition and member edges") {
  Fixture f;
  const std::string text = Write(f.comparison, ReportFormat::kDot);
  CHECK(text.rfind("digraph parley {\n", 0) == 0);
  const DotStatements dot = ReadDot(text);
  int nodes = 0, edges = 0, stance = 0, dashed = 0, tees = 0, conflicts = 0, conditions = 0, members = 0;
  std::set<std::string> labels;
  for (const auto& statement : dot.statements) {
    const bool defaults = statement[0] == "graph" || statement[0] == "node" || statement[0] == "edge";
    if (statement.size() > 1 && statement[1] == "[" && !defaults) {
      ++nodes;
      labels.insert(DotAttribute(statement, "label"));
    }
    if (statement.size() > 2 && statement[1] == "->") {
      ++edges;
      const std::string tooltip = DotAttribute(statement, "tooltip");
      if (DotAttribute(statement, "dir") == "none") ++conflicts;
      else if (DotAttribute(statement, "style") == "dotted") ++conditions;
      else if (tooltip == "member") ++members;
      else ++stance;
      dashed += DotAttribute(statement, "style") == "dashed";
      tees += DotAttribute(statement, "arrowhead") == "tee";
    }
  }
  CHECK(nodes == 9);  // 4 actors, 5 positions
  CHECK(edges == 15);
  CHECK(stance == 11);
  CHECK(tees == 1);  // Ukraine rejects nato.renounce
  CHECK(dashed == 1);  // the conflict
  CHECK(conflicts == 1);  // the two ceasefire positions (exclusive); nato.join is not drawn
  CHECK(conditions == 1);
  CHECK(members == 2);
  CHECK(dot.subgraphs == 4);
  CHECK((labels.count("Unconditional ceasefire") && labels.count("Both parties")));
  CHECK(text.find("label=\"Prisoners \\\"all for all\\\"\"") != std::string::npos);
  CHECK(text.find("subgraph cluster_ceasefire {") != std::string::npos);
  CHECK(text.find("id=\"actor-UKR\"") != std::string::npos);
}

TEST_CASE("report: graphml is well-formed, declares its keys and holds the graph") {
  Fixture f;
  const std::string xml = Write(f.comparison, ReportFormat::kGraphml);
  const std::vector<XmlTag> tags = ReadXml(xml);
  // Every start tag closed in order.
  std::vector<std::string> open;
  for (const XmlTag& tag : tags) {
    if (tag.closing) {
      REQUIRE(!open.empty());
      CHECK(open.back() == tag.name);
      open.pop_back();
    } else if (!tag.self_closing) {
      open.push_back(tag.name);
    }
  }
  CHECK(open.empty());
  // Every data key is declared, with the expected types.
  std::map<std::string, std::string> types;  // "node.kind" → "string"
  std::set<std::string> declared;
  for (const XmlTag& tag : tags) {
    if (tag.name != "key" || tag.closing) continue;
    declared.insert(tag.attributes.at("id"));
    types[tag.attributes.at("for") + "." + tag.attributes.at("attr.name")] = tag.attributes.at("attr.type");
  }
  for (const XmlTag& tag : tags)
    if (tag.name == "data" && !tag.closing) CHECK(declared.count(tag.attributes.at("key")));
  CHECK(types["node.kind"] == "string");
  CHECK(types["node.label"] == "string");
  CHECK(types["node.claims"] == "int");
  CHECK(types["edge.kind"] == "string");
  CHECK(types["edge.count"] == "int");
  CHECK(types["edge.first_date"] == "string");
  CHECK(types["edge.attributes"] == "string");
  // 4 actors + 5 positions + 4 topics; 11 stance + 1 conflict + 1 condition + 2 member + 5 topic edges.
  const auto count = [&](const std::string& what) {
    size_t n = 0;
    for (size_t at = xml.find(what); at != std::string::npos; at = xml.find(what, at + 1)) ++n;
    return n;
  };
  CHECK(count("<node id=") == 13);
  CHECK(count("<edge id=") == 20);
  CHECK(xml.find("&quot;all for all&quot;") != std::string::npos);
  CHECK(xml.find(">days=30; monitored=international<") != std::string::npos);
  CHECK(xml.find(">de-istanbul:6<") != std::string::npos);
}
