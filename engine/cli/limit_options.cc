// The flags of the resource limits (parley/limits.h): one per limit, each
// named in the message of the limit it raises.
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>

#include "cli/cli.h"
#include "cli/options.h"

namespace parley::cli {
namespace {

namespace po = boost::program_options;

constexpr uint64_t kMaxCount = std::numeric_limits<uint32_t>::max();

// "64M" as 67108864: digits, and for sizes one of K, M, G (powers of 1024).
// nullopt when it is anything else, or more than `highest`.
std::optional<uint64_t> ParseNumber(const std::string& text, bool size_suffix, uint64_t highest) {
  uint64_t value = 0;
  size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    value = value * 10 + static_cast<uint64_t>(text[i] - '0');
    if (value > highest) return std::nullopt;  // also keeps the next step from overflowing
  }
  if (i == 0) return std::nullopt;
  if (i + 1 == text.size() && size_suffix) {
    const char unit = text[i];
    const int shift = unit == 'K' || unit == 'k' ? 10 : unit == 'M' || unit == 'm' ? 20
                      : unit == 'G' || unit == 'g' ? 30 : -1;
    if (shift < 0 || value > (highest >> shift)) return std::nullopt;
    value <<= shift;
  } else if (i != text.size()) {
    return std::nullopt;
  }
  return value;
}

// Checks one flag; -1 when fine (or not given), else the usage error's status.
template <typename Value>
int ToLimit(const std::string& command, const po::variables_map& vm, const char* flag,
            const std::string& text, uint64_t highest, bool size_suffix, Value* limit,
            std::ostream& err) {
  if (vm.count(flag) == 0) return -1;
  std::optional<uint64_t> value = ParseNumber(text, size_suffix, highest);
  if (!value || *value == 0) {
    std::string message = std::string("--").append(flag).append(" '").append(text).append(
        "': give a whole number from 1 to ");
    message.append(size_suffix ? "1G (bytes; K, M and G multiply by 1024)"
                               : std::to_string(highest));
    return UsageError(command, message, err);
  }
  *limit = static_cast<Value>(*value);
  return -1;
}

// "TEXT (default: VALUE)", for a help line.
std::string WithDefault(const char* text, const std::string& value) {
  return std::string(text).append(" (default: ").append(value).append(")");
}

}  // namespace

void AddDocumentLimitOptions(po::options_description* options, LimitArguments* arguments) {
  const DocumentLimits defaults;
  const std::string bytes = WithDefault(
      "skip a document (a .txt or .md file, a .jsonl line, standard input) larger than N "
      "bytes, with a warning; an error with --strict",
      std::to_string(defaults.max_bytes >> 20).append("M; K, M, G suffixes; at most 1G"));
  const std::string chars =
      WithDefault("match no sentence longer than N characters; each is named in a warning",
                  std::to_string(defaults.sentences.max_chars));
  const std::string tokens =
      WithDefault("match no sentence of more than N tokens; each is named in a warning",
                  std::to_string(defaults.sentences.max_tokens));
  options->add_options()
      ("max-document-bytes", po::value(&arguments->max_document_bytes)->value_name("N"),
       bytes.c_str())
      ("max-sentence-chars", po::value(&arguments->max_sentence_chars)->value_name("N"),
       chars.c_str())
      ("max-sentence-tokens", po::value(&arguments->max_sentence_tokens)->value_name("N"),
       tokens.c_str());
}

void AddRuleLimitOptions(po::options_description* options, LimitArguments* arguments) {
  const RuleLimits defaults;
  const std::string elements = WithDefault(
      "a pattern, alias or lexicon entry has at most N elements: words, gaps, @lists, "
      "captures, brackets",
      std::to_string(defaults.max_pattern_elements));
  const std::string rules =
      WithDefault("a rule set has at most N rules", std::to_string(defaults.max_rules));
  const std::string depth =
      WithDefault("rule files nest lists and mappings at most N deep",
                  std::to_string(defaults.max_yaml_depth)
                      .append(", at most ")
                      .append(std::to_string(kMaxYamlDepthLimit)));
  const std::string aliases =
      WithDefault("YAML aliases (*name) in a rule file expand to at most N nodes in all",
                  std::to_string(defaults.max_yaml_alias_nodes));
  options->add_options()
      ("max-pattern-elements", po::value(&arguments->max_pattern_elements)->value_name("N"),
       elements.c_str())
      ("max-rules", po::value(&arguments->max_rules)->value_name("N"), rules.c_str())
      ("max-yaml-depth", po::value(&arguments->max_yaml_depth)->value_name("N"), depth.c_str())
      ("max-yaml-alias-nodes", po::value(&arguments->max_yaml_alias_nodes)->value_name("N"),
       aliases.c_str());
}

int ToLimits(const std::string& command, const po::variables_map& vm,
             const LimitArguments& arguments, Limits* limits, std::ostream& err) {
  DocumentLimits& documents = limits->documents;
  RuleLimits& rules = limits->rules;
  // The first bad value is the usage error.
  int done = -1;
  if (done < 0)
    done = ToLimit(command, vm, "max-document-bytes", arguments.max_document_bytes,
                   kMaxDocumentBytesLimit, true, &documents.max_bytes, err);
  if (done < 0)
    done = ToLimit(command, vm, "max-sentence-chars", arguments.max_sentence_chars, kMaxCount,
                   false, &documents.sentences.max_chars, err);
  if (done < 0)
    done = ToLimit(command, vm, "max-sentence-tokens", arguments.max_sentence_tokens, kMaxCount,
                   false, &documents.sentences.max_tokens, err);
  if (done < 0)
    done = ToLimit(command, vm, "max-pattern-elements", arguments.max_pattern_elements,
                   kMaxCount, false, &rules.max_pattern_elements, err);
  if (done < 0)
    done = ToLimit(command, vm, "max-rules", arguments.max_rules, kMaxCount, false,
                   &rules.max_rules, err);
  if (done < 0)
    done = ToLimit(command, vm, "max-yaml-depth", arguments.max_yaml_depth,
                   static_cast<uint64_t>(kMaxYamlDepthLimit), false, &rules.max_yaml_depth, err);
  if (done < 0)
    done = ToLimit(command, vm, "max-yaml-alias-nodes", arguments.max_yaml_alias_nodes,
                   kMaxCount, false, &rules.max_yaml_alias_nodes, err);
  return done;
}

}  // namespace parley::cli
