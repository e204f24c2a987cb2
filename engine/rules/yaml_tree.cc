// Building a YamlTree from yaml-cpp's parse events, with the limits on
// nesting and alias expansion checked on the way.
#include "rules/yaml_tree.h"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <limits>
#include <sstream>

namespace parley {

const std::string& YamlNode::Scalar() const {
  static const std::string kEmpty;
  return IsScalar() ? data_->scalar : kEmpty;
}

const std::string& YamlNode::Tag() const {
  static const std::string kEmpty;
  return data_ ? data_->tag : kEmpty;
}

size_t YamlNode::size() const {
  if (IsSequence()) return data_->children.size();
  if (IsMap()) return data_->children.size() / 2;
  return 0;
}

YamlNode YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return YamlNode();
  const std::vector<const YamlData*>& children = data_->children;
  for (size_t i = 0; i + 1 < children.size(); i += 2)
    if (children[i]->kind == YamlData::Kind::kScalar && children[i]->scalar == key)
      return YamlNode(children[i + 1]);
  return YamlNode();
}

YamlNode YamlNode::Item(size_t index) const {
  if (!IsSequence() || index >= data_->children.size()) return YamlNode();
  return YamlNode(data_->children[index]);
}

YamlNode::const_iterator YamlNode::begin() const { return const_iterator(data_, 0); }

YamlNode::const_iterator YamlNode::end() const {
  const bool collection = IsSequence() || IsMap();
  return const_iterator(data_, collection ? data_->children.size() : 0);
}

YamlItem YamlNode::const_iterator::operator*() const {
  if (data_->kind == YamlData::Kind::kMap)
    return YamlItem(data_->children[index_], data_->children[index_ + 1]);
  return YamlItem(data_->children[index_]);
}

namespace {

// Thrown out of yaml-cpp's parser to stop it at once; caught in
// ParseYamlTree, never further out.
struct LimitBroken {
  YAML::Mark mark;
  std::string message;
};

}  // namespace

// Builds the tree, counting for each node the nodes it stands for once its
// aliases are expanded. The tree itself stays small (an alias is a second
// reference to the same node), but a reader that walks it expands them.
class YamlTreeBuilder : public YAML::EventHandler {
 public:
  YamlTreeBuilder(const RuleLimits& limits, YamlTree* tree) : limits_(limits), tree_(tree) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Leaf(New(YamlData::Kind::kNull, mark, ""), anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlData* data = New(YamlData::Kind::kScalar, mark, tag);
    data->scalar = value;
    Leaf(data, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Anchor* known = anchor < anchors_.size() ? &anchors_[anchor] : nullptr;
    const std::string name = known ? known->name : "";
    if (!known || !known->data)
      throw LimitBroken{mark, std::string("alias '*").append(name).append("' refers to no anchor before it")};
    if (known->nodes == kOpen)
      throw LimitBroken{mark, std::string("alias '*").append(name).append(
                                  "' refers to a node that contains it: it would expand forever")};
    alias_nodes_ += known->nodes;
    if (alias_nodes_ > limits_.max_yaml_alias_nodes)
      throw LimitBroken{mark, std::string("alias '*")
                                  .append(name)
                                  .append("' brings the nodes that YAML aliases expand to over "
                                          "the limit of ")
                                  .append(std::to_string(limits_.max_yaml_alias_nodes))
                                  .append(" (--max-yaml-alias-nodes raises it)")};
    Attach(known->data, known->nodes);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(New(YamlData::Kind::kSequence, mark, tag), anchor);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(New(YamlData::Kind::kMap, mark, tag), anchor);
  }
  void OnMapEnd() override { Close(); }

 private:
  // The size of an anchored collection not yet closed: an alias to it is a cycle.
  static constexpr uint64_t kOpen = std::numeric_limits<uint64_t>::max();

  struct Anchor {
    std::string name;
    const YamlData* data = nullptr;
    uint64_t nodes = 0;
  };
  struct OpenCollection {
    YamlData* data;
    uint64_t nodes;  // itself and everything in it so far, aliases expanded
    YAML::anchor_t anchor;
  };

  YamlData* New(YamlData::Kind kind, const YAML::Mark& mark, const std::string& tag) {
    YamlData& data = tree_->nodes_.emplace_back();
    data.kind = kind;
    data.mark = mark;
    data.tag = tag;
    return &data;
  }

  void Name(YAML::anchor_t anchor, const YamlData* data, uint64_t nodes) {
    if (anchor == YAML::NullAnchor) return;
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
    anchors_[anchor] = {anchor_name_, data, nodes};
  }

  // Hangs `data` into the collection being built (or makes it the root).
  void Attach(const YamlData* data, uint64_t nodes) {
    if (open_.empty()) {
      if (!tree_->root_) tree_->root_ = data;
      return;
    }
    open_.back().data->children.push_back(data);
    open_.back().nodes += nodes;
  }

  void Leaf(YamlData* data, YAML::anchor_t anchor) {
    Name(anchor, data, 1);
    Attach(data, 1);
  }

  void Open(YamlData* data, YAML::anchor_t anchor) {
    // Checked on the way in, so yaml-cpp's recursion stops here too.
    if (open_.size() >= static_cast<size_t>(limits_.max_yaml_depth))
      throw LimitBroken{data->mark, std::string("lists and mappings nested deeper than the limit of ")
                                        .append(std::to_string(limits_.max_yaml_depth))
                                        .append(" (--max-yaml-depth raises it)")};
    Name(anchor, data, kOpen);
    open_.push_back({data, 1, anchor});
  }

  void Close() {
    const OpenCollection closed = open_.back();
    open_.pop_back();
    if (closed.anchor != YAML::NullAnchor) anchors_[closed.anchor].nodes = closed.nodes;
    Attach(closed.data, closed.nodes);
  }

  const RuleLimits& limits_;
  YamlTree* tree_;
  std::vector<OpenCollection> open_;
  std::vector<Anchor> anchors_;  // by yaml-cpp's anchor number
  std::string anchor_name_;      // of the anchor the next node carries
  uint64_t alias_nodes_ = 0;
};

bool ParseYamlTree(std::string_view text, const RuleLimits& limits, YamlTree* tree,
                   YamlError* error) {
  *tree = YamlTree();
  std::istringstream stream{std::string(text)};
  YamlTreeBuilder builder(limits, tree);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
  } catch (const LimitBroken& broken) {
    *error = {broken.mark, broken.message, false};
    return false;
  } catch (const YAML::Exception& e) {
    *error = {e.mark, e.msg, true};
    return false;
  }
  return true;
}

}  // namespace parley
