// Limits that turn resource exhaustion into clear errors.
//
// A corpus or a rule file can be large or hostile: a 10 GB log named by
// mistake, a text without a single full stop, a pattern pasted a thousand
// times, YAML whose aliases expand to billions of nodes. Each limit below
// stops such input early, before it costs memory or time, with a message
// that names the limit and the command-line flag that raises it. The
// defaults are far above anything a real corpus or rule set needs.
//
// The limits travel in the option structs of each stage (ReadOptions,
// LoadRuleSet); nothing here is global.
#ifndef PARLEY_LIMITS_H_
#define PARLEY_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace parley {

// How long a sentence may be and still be matched. A longer one is kept in
// the segmentation (its place and text) but its tokens are left out, so no
// rule is tried on it: matching costs grow faster than the sentence, and a
// "sentence" this long is a table, a list or a text without punctuation.
// Real sentences stay far below: a long one in a treaty has 150 words.
struct SentenceLimits {
  uint32_t max_chars = 100'000;  // characters (code points) from its start to its end
  uint32_t max_tokens = 10'000;
};

// Limits on reading documents (extract, analyze, explain).
struct DocumentLimits {
  // A .txt/.md file, a .jsonl line or standard input larger than this is
  // skipped with a warning (an error under --strict), checked before it is
  // read into memory. At most kMaxDocumentBytesLimit: offsets are 32-bit.
  uint64_t max_bytes = uint64_t{64} << 20;
  SentenceLimits sentences;
};

// Limits on loading rule sets (every command that loads rules).
struct RuleLimits {
  // Elements of one pattern, alias or lexicon entry: words, gaps, @lists,
  // captures and bracket groups, as written.
  size_t max_pattern_elements = 1'000;
  // Rules in the whole rule set, all files together.
  size_t max_rules = 100'000;
  // Collections (lists, mappings) nested inside each other in a YAML file.
  // At most kMaxYamlDepthLimit: yaml-cpp refuses deeper ones itself.
  int max_yaml_depth = 64;
  // Nodes that YAML aliases (*name) expand to, counted over a file: an alias
  // of a list of 10 items counts 11 each time it is used. Guards against
  // "billion laughs" files, whose aliases of aliases multiply.
  uint64_t max_yaml_alias_nodes = 100'000;
};

struct Limits {
  DocumentLimits documents;
  RuleLimits rules;
};

// The highest values the limits can be raised to.
inline constexpr uint64_t kMaxDocumentBytesLimit = uint64_t{1} << 30;
inline constexpr int kMaxYamlDepthLimit = 400;

}  // namespace parley

#endif  // PARLEY_LIMITS_H_
