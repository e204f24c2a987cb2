// The YAML tree the rule loader reads (rules/yaml_tree.h): the same answers
// as yaml-cpp's YAML::Load for what the loader asks, built in one pass with
// the nesting and alias limits checked on the way.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "rules/yaml_tree.h"

namespace parley {
namespace {

YamlTree Parse(const std::string& text, const RuleLimits& limits = RuleLimits()) {
  YamlTree tree;
  YamlError error;
  REQUIRE_MESSAGE(ParseYamlTree(text, limits, &tree, &error), error.message);
  return tree;
}

YamlError Fail(const std::string& text, const RuleLimits& limits = RuleLimits()) {
  YamlTree tree;
  YamlError error;
  CHECK_FALSE(ParseYamlTree(text, limits, &tree, &error));
  return error;
}

// Compares the tree with yaml-cpp's node graph, node by node, marks included.
void Same(const YamlNode& ours, const YAML::Node& theirs) {
  REQUIRE(ours.IsDefined() == theirs.IsDefined());
  CHECK(ours.IsNull() == theirs.IsNull());
  CHECK(ours.IsScalar() == theirs.IsScalar());
  CHECK(ours.IsSequence() == theirs.IsSequence());
  CHECK(ours.IsMap() == theirs.IsMap());
  CHECK(ours.Mark().line == theirs.Mark().line);
  CHECK(ours.Mark().column == theirs.Mark().column);
  if (theirs.IsScalar()) CHECK(ours.Scalar() == theirs.Scalar());
  if (theirs.IsSequence()) {
    REQUIRE(ours.size() == theirs.size());
    auto it = theirs.begin();
    for (const YamlItem& item : ours) Same(item, *it++);
  }
  if (theirs.IsMap()) {
    REQUIRE(ours.size() == theirs.size());
    auto it = theirs.begin();
    for (const YamlItem& entry : ours) {
      Same(entry.first, it->first);
      Same(entry.second, it->second);
      ++it;
    }
  }
}

}  // namespace

TEST_CASE("yaml tree: the same nodes, scalars and marks as YAML::Load") {
  const std::string text =
      "parley: 1\n"
      "actors:\n"
      "  - id: UKR\n"
      "    aliases: {de: [Ukraine, \"Kyjiw\"], en: [Ukraine, Kyiv]}\n"
      "    group: ~\n"
      "rules:\n"
      "  - id: r1\n"
      "    pattern: >-\n"
      "      {actor} ...6 fordert\n"
      "      Waffenruhe\n"
      "    tests:\n"
      "      - |\n"
      "        Die Ukraine fordert eine Waffenruhe.\n"
      "      - 'it''s quoted'\n"
      "    empty:\n";
  const YamlTree tree = Parse(text);
  Same(tree.root(), YAML::Load(text));
  CHECK(tree.root()["rules"].IsSequence());
  CHECK(tree.root()["actors"]["x"].IsDefined() == false);  // a sequence has no keys
  CHECK_FALSE(tree.root()["missing"]);
  CHECK(tree.root()["parley"].Scalar() == "1");
}

TEST_CASE("yaml tree: an empty text is a null root; a repeated key is kept, a lookup sees the first") {
  CHECK(Parse("").root().IsNull());
  CHECK(Parse("# only a comment\n").root().IsNull());
  const YamlTree tree = Parse("a: 1\na: 2\n");
  CHECK(tree.root().size() == 2);
  CHECK(tree.root()["a"].Scalar() == "1");
}

TEST_CASE("yaml tree: an alias shares the anchored node") {
  const YamlTree tree = Parse("base: &b {x: 1}\nother: *b\n");
  CHECK(tree.root()["other"]["x"].Scalar() == "1");
  CHECK(tree.root()["other"].Mark().line == tree.root()["base"].Mark().line);
}

TEST_CASE("yaml tree: syntax errors come back with yaml-cpp's place and message") {
  const YamlError error = Fail("a: [1, 2\nb: 3\n");
  CHECK(error.syntax);
  CHECK_FALSE(error.message.empty());
  CHECK(Fail("a: b: c\n").syntax);
}

TEST_CASE("yaml tree: nesting deeper than the limit is refused where it goes over") {
  RuleLimits limits;
  limits.max_yaml_depth = 3;
  CHECK(Parse("[[[1]]]", limits).root().IsSequence());
  const YamlError error = Fail("[[[[1]]]]", limits);
  CHECK_FALSE(error.syntax);
  CHECK(error.mark.column == 3);
  CHECK(error.message == "lists and mappings nested deeper than the limit of 3 (--max-yaml-depth raises it)");
  // 100,000 brackets: refused at the limit, long before yaml-cpp's own guard.
  CHECK(Fail(std::string(100000, '[')).message.find("--max-yaml-depth") != std::string::npos);
}

TEST_CASE("yaml tree: aliases that expand past the limit are refused (billion laughs)") {
  std::string laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char name = 'b'; name <= 'i'; ++name) {
    const char previous = static_cast<char>(name - 1);
    laughs += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 9; ++i) laughs += std::string(i ? ", " : "") + "*" + previous;
    laughs += "]\n";
  }
  const YamlError error = Fail(laughs);
  CHECK_FALSE(error.syntax);
  CHECK(error.message.find("over the limit of 100000 (--max-yaml-alias-nodes raises it)") != std::string::npos);
  RuleLimits small;
  small.max_yaml_alias_nodes = 10;
  Parse("a: &a [1, 2]\nb: *a\nc: *a\n", small);  // 3 + 3 nodes
  CHECK(Fail("a: &a [1, 2]\nb: *a\nc: *a\nd: *a\ne: *a\n", small).message.find("alias '*a'") == 0);
}

}  // namespace parley
