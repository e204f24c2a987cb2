// Compiling PatternNode trees into programs. Code is emitted continuation
// first: a node is compiled knowing where matching goes after it, so every
// jump targets an instruction emitted earlier (a lower index).
#include "match/program.h"

#include <algorithm>
#include <utility>

#include "match/word_hash.h"

namespace parley {
namespace {

// Lexicon lists may name other lists; the rule checks refuse cycles, and
// this bound keeps a deep chain from exhausting the stack.
constexpr int kMaxLexiconDepth = 32;

// The element as a reader would write it, for near misses.
std::string Describe(const PatternNode& node) {
  using Kind = PatternNode::Kind;
  std::string text;
  auto join = [&](const char* separator) {
    for (size_t i = 0; i < node.children.size(); ++i)
      text += (i ? separator : "") + Describe(node.children[i]);
  };
  switch (node.kind) {
    case Kind::kSequence: join(" "); return text;
    case Kind::kAlternation: join(" | "); return "(" + text + ")";
    case Kind::kOptional: join(" "); return "[" + text + "]";
    case Kind::kToken: return node.text + (node.prefix ? "*" : "");
    case Kind::kGap: return "..." + std::to_string(node.max_gap);
    case Kind::kLexicon: return "@" + node.text;
    case Kind::kCapture: {
      static constexpr const char* kTypes[] = {"", "", ":number", ":duration", ":word"};
      text = node.argument.empty() ? kTypes[static_cast<int>(node.capture)] : ":" + node.argument;
      return "{" + node.text + text + "}";
    }
  }
  return text;
}

class Compiler {
 public:
  Compiler(const LexiconTrees& lexicon, const ActorIds& actors, Program* program)
      : lexicon_(lexicon), actors_(actors), program_(program) {}

  int32_t Finish() {
    Instruction match;
    match.op = Instruction::Op::kMatch;
    return Emit(std::move(match));
  }

  // Emits `node`, continuing at `next`; returns the node's entry.
  int32_t Compile(const PatternNode& node, int32_t next, int32_t element) {
    using Kind = PatternNode::Kind;
    switch (node.kind) {
      case Kind::kSequence:
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
          next = Compile(*it, next, element);
        return next;
      case Kind::kAlternation: {
        // A failure inside alternatives is reported as the whole group.
        const int32_t group = element >= 0 ? element : Element(node, Describe(node));
        std::vector<int32_t> entries;
        for (const PatternNode& child : node.children)
          entries.push_back(Compile(child, next, group));
        return Chain(entries);
      }
      case Kind::kOptional:
        return Split(Compile(node.children.front(), next, element), next);
      case Kind::kGap: {
        // One instruction, not a chain of optional any-token steps: the
        // matcher tries the 0…N continuations from one memo cell.
        if (node.max_gap <= 0) return next;
        Instruction gap;
        gap.op = Instruction::Op::kGap;
        gap.gap = node.max_gap;
        gap.next = next;
        gap.element = element >= 0 ? element : Element(node, "..." + std::to_string(node.max_gap));
        return Emit(std::move(gap));
      }
      case Kind::kToken: {
        Instruction token;
        token.op = node.prefix ? Instruction::Op::kPrefix : Instruction::Op::kToken;
        token.text = node.text;
        token.hash = WordHash(node.text);
        token.next = next;
        token.element = element >= 0 ? element : Element(node, node.text + (node.prefix ? "*" : ""));
        return Emit(std::move(token));
      }
      case Kind::kLexicon: {
        const int32_t list = element >= 0 ? element : Element(node, "@" + node.text);
        auto it = lexicon_.find(node.text);
        std::vector<int32_t> entries;
        if (it != lexicon_.end() && depth_ < kMaxLexiconDepth) {
          ++depth_;
          for (const PatternNode& entry : it->second) entries.push_back(Compile(entry, next, list));
          --depth_;
        }
        if (entries.empty()) return Never(list);
        return Chain(entries);
      }
      case Kind::kCapture:
        return Capture(node, next, element);
    }
    return next;
  }

  // The alternatives `entries` (each an entry instruction), earlier ones
  // preferred. A run of adjacent single-word alternatives that continue at
  // the same instruction becomes one kOneOf step: they all consume one token
  // and go on alike, so which of them matched changes nothing. (The words'
  // own instructions stay in the code, unreachable.)
  int32_t Chain(const std::vector<int32_t>& entries) {
    std::vector<int32_t> merged;
    for (size_t i = 0; i < entries.size();) {
      size_t end = i;
      while (end < entries.size() && MergeableWord(entries[end], entries[i])) ++end;
      if (end - i >= 2) {
        merged.push_back(OneOf(entries, i, end));
        i = end;
      } else {
        merged.push_back(entries[i++]);
      }
    }
    int32_t chain = merged.back();
    for (size_t i = merged.size() - 1; i-- > 0;) chain = Split(merged[i], chain);
    return chain;
  }

 private:
  int32_t Emit(Instruction instruction) {
    program_->code.push_back(std::move(instruction));
    return static_cast<int32_t>(program_->code.size() - 1);
  }

  int32_t Split(int32_t preferred, int32_t other) {
    Instruction split;
    split.op = Instruction::Op::kSplit;
    split.next = preferred;
    split.alt = other;
    return Emit(std::move(split));
  }

  // Whether instruction `pc` is a plain word step that can join a kOneOf
  // with `first` (same continuation, same element, no capture).
  bool MergeableWord(int32_t pc, int32_t first) const {
    const Instruction& word = program_->code[static_cast<size_t>(pc)];
    const Instruction& head = program_->code[static_cast<size_t>(first)];
    using Op = Instruction::Op;
    return (word.op == Op::kToken || word.op == Op::kPrefix) && !word.text.empty() && word.capture < 0 &&
           word.next == head.next && word.element == head.element;
  }

  int32_t OneOf(const std::vector<int32_t>& entries, size_t begin, size_t end) {
    Instruction one_of;
    one_of.op = Instruction::Op::kOneOf;
    const Instruction& head = program_->code[static_cast<size_t>(entries[begin])];
    one_of.next = head.next;
    one_of.element = head.element;
    for (size_t i = begin; i < end; ++i) {
      const Instruction& word = program_->code[static_cast<size_t>(entries[i])];
      (word.op == Instruction::Op::kPrefix ? one_of.prefixes : one_of.words).push_back(word.text);
    }
    std::vector<std::pair<uint64_t, std::string>> by_hash;
    for (std::string& word : one_of.words) by_hash.emplace_back(WordHash(word), std::move(word));
    std::sort(by_hash.begin(), by_hash.end());
    by_hash.erase(std::unique(by_hash.begin(), by_hash.end()), by_hash.end());
    one_of.words.clear();
    for (auto& [hash, word] : by_hash) {
      one_of.word_hashes.push_back(hash);
      one_of.words.push_back(std::move(word));
    }
    return Emit(std::move(one_of));
  }

  int32_t Element(const PatternNode& node, std::string label) {
    program_->elements.push_back({node.column, std::move(label)});
    return static_cast<int32_t>(program_->elements.size() - 1);
  }

  // A step that never matches: a list with no entries in this language.
  int32_t Never(int32_t element) {
    Instruction never;
    never.op = Instruction::Op::kToken;  // folds are never empty
    never.next = Finish();
    never.element = element;
    return Emit(std::move(never));
  }

  int32_t Capture(const PatternNode& node, int32_t next, int32_t element) {
    Instruction capture;
    capture.next = next;
    std::string label = "{" + node.text;
    switch (node.capture) {
      case CaptureKind::kActor: capture.op = Instruction::Op::kActor; break;
      case CaptureKind::kTarget: capture.op = Instruction::Op::kTarget; break;
      case CaptureKind::kNumber: capture.op = Instruction::Op::kNumber; label += ":number"; break;
      case CaptureKind::kDuration: capture.op = Instruction::Op::kDuration; label += ":duration"; break;
      case CaptureKind::kWord: capture.op = Instruction::Op::kWord; label += ":word"; break;
    }
    if (!node.argument.empty() &&
        (node.capture == CaptureKind::kActor || node.capture == CaptureKind::kTarget)) {
      label += ":" + node.argument;
      auto it = actors_.find(node.argument);
      capture.actor = it == actors_.end() ? -2 : it->second;  // -2: matches nothing
    }
    capture.element = element >= 0 ? element : Element(node, label + "}");
    auto& names = program_->capture_names;
    size_t slot = 0;
    while (slot < names.size() && names[slot] != node.text) ++slot;
    if (slot == names.size()) names.push_back(node.text);
    capture.capture = static_cast<int32_t>(slot);
    return Emit(std::move(capture));
  }

  const LexiconTrees& lexicon_;
  const ActorIds& actors_;
  Program* program_;
  int depth_ = 0;
};

}  // namespace

Program CompilePattern(const PatternNode& pattern, const LexiconTrees& lexicon,
                       const ActorIds& actors) {
  return CompileAlternatives({&pattern}, lexicon, actors);
}

Program CompileAlternatives(const std::vector<const PatternNode*>& alternatives,
                            const LexiconTrees& lexicon, const ActorIds& actors) {
  Program program;
  if (alternatives.empty()) return program;
  program.code.reserve(64);
  Compiler compiler(lexicon, actors, &program);
  const int32_t match = compiler.Finish();
  std::vector<int32_t> entries;
  for (const PatternNode* node : alternatives) entries.push_back(compiler.Compile(*node, match, -1));
  program.start = compiler.Chain(entries);
  return program;
}

}  // namespace parley
