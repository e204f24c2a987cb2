// A YAML document as a small tree of our own, built from yaml-cpp's parse
// events in one pass.
//
// Why not YAML::Load: a rule set of 10,000 rules is 2.5 MB of YAML, and
// yaml-cpp's Load spends a third of its time building its own node graph
// (shared pointers, a memory holder per node), and each lookup of a key in
// it compares the key against every entry through a string conversion. The
// limits on nesting and alias expansion (parley/limits.h) are checked on the
// same events, so the file is scanned once, not once to check and once to
// load. Aliases share the node they refer to, as in yaml-cpp.
//
// The interface follows YAML::Node's so that the loader reads the same:
// IsMap(), Scalar(), Mark(), node["key"] (and node.Item(i)), and iteration that gives a node
// for sequence items and .first/.second for map entries.
#ifndef PARLEY_ENGINE_RULES_YAML_TREE_H_
#define PARLEY_ENGINE_RULES_YAML_TREE_H_

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/limits.h"

namespace parley {

struct YamlData {
  enum class Kind { kNull, kScalar, kSequence, kMap };
  Kind kind = Kind::kNull;
  YAML::Mark mark;
  std::string tag;
  std::string scalar;
  // Sequence items; for a map, keys and values alternately.
  std::vector<const YamlData*> children;
};

class YamlItem;

class YamlNode {
 public:
  YamlNode() = default;  // not defined: what a missing key gives
  explicit YamlNode(const YamlData* data) : data_(data) {}

  explicit operator bool() const { return data_ != nullptr; }
  bool IsDefined() const { return data_ != nullptr; }
  bool IsNull() const { return !data_ || data_->kind == YamlData::Kind::kNull; }
  bool IsScalar() const { return data_ && data_->kind == YamlData::Kind::kScalar; }
  bool IsSequence() const { return data_ && data_->kind == YamlData::Kind::kSequence; }
  bool IsMap() const { return data_ && data_->kind == YamlData::Kind::kMap; }
  const std::string& Scalar() const;  // "" unless a scalar
  const std::string& Tag() const;
  YAML::Mark Mark() const { return data_ ? data_->mark : YAML::Mark::null_mark(); }
  // Items of a sequence, entries of a map, else 0.
  size_t size() const;

  // A map's value for the first entry whose key is the scalar `key`; not
  // defined when there is none or this is not a map.
  YamlNode operator[](std::string_view key) const;
  // A sequence's item `index`; not defined when there is none.
  YamlNode Item(size_t index) const;

  class const_iterator;
  const_iterator begin() const;
  const_iterator end() const;

 private:
  const YamlData* data_ = nullptr;
};

// What iterating gives: for a sequence, the item itself; for a map, the
// entry as .first (key) and .second (value).
class YamlItem : public YamlNode {
 public:
  YamlItem() = default;
  explicit YamlItem(const YamlData* item) : YamlNode(item) {}
  YamlItem(const YamlData* key, const YamlData* value) : first(key), second(value) {}
  YamlNode first;
  YamlNode second;
};

class YamlNode::const_iterator {
 public:
  const_iterator(const YamlData* data, size_t index) : data_(data), index_(index) {}
  YamlItem operator*() const;
  const_iterator& operator++() {
    index_ += data_ && data_->kind == YamlData::Kind::kMap ? 2 : 1;
    return *this;
  }
  bool operator==(const const_iterator& other) const { return index_ == other.index_; }
  bool operator!=(const const_iterator& other) const { return index_ != other.index_; }

 private:
  const YamlData* data_;
  size_t index_;
};

// Owns the nodes of one document.
class YamlTree {
 public:
  YamlNode root() const { return YamlNode(root_); }

 private:
  friend class YamlTreeBuilder;
  std::deque<YamlData> nodes_;
  const YamlData* root_ = nullptr;
};

struct YamlError {
  YAML::Mark mark;
  std::string message;
  bool syntax = false;  // yaml-cpp refused the text; else a limit was broken
};

// Parses the first document of `text` into `tree`, checking `limits`'
// max_yaml_depth and max_yaml_alias_nodes as it goes. An empty text gives
// a null root. Returns false with `error` set on a syntax error (yaml-cpp's
// message) or a broken limit (a message naming the limit and its flag).
bool ParseYamlTree(std::string_view text, const RuleLimits& limits, YamlTree* tree,
                   YamlError* error);

}  // namespace parley

#endif  // PARLEY_ENGINE_RULES_YAML_TREE_H_
