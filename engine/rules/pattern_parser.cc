// Parsing patterns (SPEC §2 "Pattern language") into PatternNode trees.
#include <algorithm>
#include <cstdint>
#include <string>

#include "rules/pattern.h"

namespace parley {
namespace {

constexpr int kMaxNesting = 32;

bool IsSpecial(char c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '{' || c == '}' ||
         c == '@';
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class Parser {
 public:
  Parser(std::string_view pattern, PatternUse use, Segmenter& segmenter,
         std::vector<PatternError>* errors, size_t max_elements = SIZE_MAX)
      : p_(pattern), use_(use), segmenter_(segmenter), errors_(errors), max_elements_(max_elements) {}

  // Elements parsed so far; parsing stops soon after there are more than
  // max_elements.
  size_t elements() const { return elements_; }

  PatternNode ParseTop() {
    PatternNode top = ParseSequence(0);
    while (pos_ < p_.size()) {  // a closer or '|' with nothing open
      Error(pos_, p_[pos_] == '|' ? "'|' outside brackets: write alternatives as (a | b)"
                                  : std::string("unbalanced '") + p_[pos_] + "': nothing to close");
      ++pos_;
      PatternNode more = ParseSequence(0);
      for (auto& child : more.children) top.children.push_back(std::move(child));
    }
    return top;
  }

 private:
  // Offsets mostly grow as parsing goes on: counting on from the last one
  // keeps a long pattern linear.
  int Column(size_t offset) const {
    if (offset < column_offset_) {
      column_offset_ = 0;
      column_ = 1;
    }
    for (; column_offset_ < offset && column_offset_ < p_.size(); ++column_offset_)
      if ((static_cast<unsigned char>(p_[column_offset_]) & 0xC0) != 0x80) ++column_;
    return column_;
  }

  void Error(size_t offset, std::string message) {
    errors_->push_back({Column(offset), std::move(message)});
  }

  bool AtGap() const { return p_.substr(pos_, 3) == "..."; }

  // Elements up to the end, a closing bracket or '|'.
  PatternNode ParseSequence(int depth) {
    PatternNode sequence;
    sequence.kind = PatternNode::Kind::kSequence;
    sequence.column = Column(pos_);
    while (true) {
      if (elements_ > max_elements_) pos_ = p_.size();
      while (pos_ < p_.size() && IsSpace(p_[pos_])) ++pos_;
      if (pos_ >= p_.size()) break;
      const char c = p_[pos_];
      if (c == ')' || c == ']' || c == '|') break;
      if (c == '(' || c == '[') {
        sequence.children.push_back(ParseGroup(depth));
      } else if (c == '{') {
        sequence.children.push_back(ParseCapture());
      } else if (c == '}') {
        Error(pos_, "unbalanced '}': nothing to close");
        ++pos_;
      } else if (c == '@') {
        sequence.children.push_back(ParseLexicon());
      } else if (AtGap()) {
        sequence.children.push_back(ParseGap());
      } else {
        ParseLiteral(&sequence);
      }
    }
    return sequence;
  }

  // "(a | b c)" or "[a b]" (which may hold alternatives too).
  PatternNode ParseGroup(int depth) {
    const size_t open = pos_;
    const char opener = p_[pos_++];
    const char closer = opener == '(' ? ')' : ']';
    PatternNode alternation;
    alternation.kind = PatternNode::Kind::kAlternation;
    alternation.column = Column(open);
    ++elements_;
    if (depth + 1 > kMaxNesting) {
      Error(open, "brackets nested more than " + std::to_string(kMaxNesting) + " deep");
      pos_ = p_.size();
      too_deep_ = true;
      return alternation;
    }
    while (true) {
      const size_t start = pos_;
      PatternNode branch = ParseSequence(depth + 1);
      if (branch.children.empty())
        Error(start, "empty alternative: every alternative must hold at least one element");
      alternation.children.push_back(std::move(branch));
      if (pos_ >= p_.size()) {
        // Parsing stopped at brackets nested too deep: the brackets that hold
        // them are not at fault.
        if (!too_deep_)
          Error(open, std::string("unbalanced '") + opener + "': no '" + closer + "' closes it");
        break;
      }
      if (p_[pos_] == '|') {
        ++pos_;
        continue;
      }
      if (p_[pos_] == closer) {
        ++pos_;
        break;
      }
      Error(pos_, std::string("'") + p_[pos_] + "' where '" + closer + "' should close the '" +
                      opener + "' at column " + std::to_string(Column(open)));
      ++pos_;
      break;
    }
    if (opener == '(') return alternation;
    PatternNode optional;
    optional.kind = PatternNode::Kind::kOptional;
    optional.column = alternation.column;
    if (alternation.children.size() == 1) {
      optional.children.push_back(std::move(alternation.children.front()));
    } else {
      PatternNode sequence;
      sequence.column = alternation.column;
      sequence.children.push_back(std::move(alternation));
      optional.children.push_back(std::move(sequence));
    }
    return optional;
  }

  PatternNode ParseGap() {
    PatternNode gap;
    gap.kind = PatternNode::Kind::kGap;
    gap.column = Column(pos_);
    ++elements_;
    const size_t start = pos_;
    pos_ += 3;
    size_t digits = pos_;
    while (digits < p_.size() && p_[digits] >= '0' && p_[digits] <= '9') ++digits;
    if (digits == pos_) {
      gap.max_gap = kDefaultGap;
    } else {
      const std::string number(p_.substr(pos_, digits - pos_));
      gap.max_gap = number.size() > 3 ? kMaxGap + 1 : std::stoi(number);
      pos_ = digits;
      if (gap.max_gap > kMaxGap) {
        Error(start, "gap '..." + number + "' is too wide: a gap spans at most " +
                         std::to_string(kMaxGap) + " tokens");
        gap.max_gap = kMaxGap;
      }
    }
    if (use_ == PatternUse::kAlias) Error(start, "aliases cannot hold gaps ('...')");
    return gap;
  }

  PatternNode ParseLexicon() {
    PatternNode lexicon;
    lexicon.kind = PatternNode::Kind::kLexicon;
    lexicon.column = Column(pos_);
    ++elements_;
    const size_t at = pos_++;
    const size_t start = pos_;
    while (pos_ < p_.size() && IsNameChar(p_[pos_]) && p_[pos_] != '.') ++pos_;
    lexicon.text = std::string(p_.substr(start, pos_ - start));
    if (lexicon.text.empty()) Error(at, "'@' must be followed by a lexicon name, as in @DEMAND");
    if (use_ == PatternUse::kAlias) Error(at, "aliases cannot use lexicon lists");
    return lexicon;
  }

  PatternNode ParseCapture() {
    PatternNode capture;
    capture.kind = PatternNode::Kind::kCapture;
    capture.column = Column(pos_);
    ++elements_;
    const size_t open = pos_++;
    const size_t close = p_.find('}', pos_);
    const size_t next_open = p_.find('{', pos_);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      Error(open, "unbalanced '{': no '}' closes it");
      pos_ = close == std::string_view::npos ? p_.size() : pos_;
      return capture;
    }
    std::string_view inside = p_.substr(pos_, close - pos_);
    pos_ = close + 1;
    while (!inside.empty() && IsSpace(inside.front())) inside.remove_prefix(1);
    while (!inside.empty() && IsSpace(inside.back())) inside.remove_suffix(1);
    const size_t colon = inside.find(':');
    std::string name(inside.substr(0, colon));
    std::string argument(colon == std::string_view::npos ? "" : inside.substr(colon + 1));
    while (!name.empty() && IsSpace(name.back())) name.pop_back();
    while (!argument.empty() && IsSpace(argument.front())) argument.erase(argument.begin());
    capture.text = name;
    if (use_ != PatternUse::kRule) {
      Error(open, use_ == PatternUse::kAlias ? "aliases cannot hold captures ('{...}')"
                                             : "lexicon entries cannot hold captures ('{...}')");
      return capture;
    }
    if (name.empty()) {
      Error(open, "empty capture: write {actor}, {target} or {name:number|duration|word}");
      return capture;
    }
    for (char c : name) {
      if (!IsNameChar(c) || c == '.') {
        Error(open, "capture name '" + name + "' may hold only letters, digits, '_' and '-'");
        return capture;
      }
    }
    if (name == "actor" || name == "target") {
      capture.capture = name == "actor" ? CaptureKind::kActor : CaptureKind::kTarget;
      capture.argument = argument;
      if (colon != std::string_view::npos && argument.empty())
        Error(open, "{" + name + ":} needs an actor id after the colon, or no colon");
      return capture;
    }
    if (argument == "number") {
      capture.capture = CaptureKind::kNumber;
    } else if (argument == "duration") {
      capture.capture = CaptureKind::kDuration;
    } else if (argument == "word") {
      capture.capture = CaptureKind::kWord;
    } else if (argument.empty()) {
      Error(open, "capture '" + name + "' needs a type: {" + name + ":number}, {" + name +
                      ":duration} or {" + name + ":word}");
    } else {
      Error(open, "unknown capture type '" + argument + "': use number, duration or word");
    }
    return capture;
  }

  // A run of literal text up to the next special character or gap; '*'
  // right after a word makes its last token a prefix.
  void ParseLiteral(PatternNode* sequence) {
    const size_t start = pos_;
    while (pos_ < p_.size() && !IsSpecial(p_[pos_]) && !AtGap()) ++pos_;
    size_t piece_start = start;
    for (size_t i = start; i <= pos_; ++i) {
      if (i < pos_ && p_[i] != '*') continue;
      const bool star = i < pos_;
      AddTokens(piece_start, i, star, sequence);
      piece_start = i + 1;
    }
  }

  // Words of plain ASCII letters between spaces, the bulk of a rule pack's
  // patterns, are their own tokens and fold to lower case: no need to run
  // ICU's word breaks over them (UAX #29 keeps a run of letters together).
  // Anything else, and every error, takes the general way below.
  bool AddPlainWords(size_t begin, std::string_view piece, bool star, PatternNode* sequence) {
    bool any_letter = false;
    for (char c : piece) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && c != ' ') return false;
      any_letter = any_letter || letter;
    }
    if (!any_letter || (star && piece.back() == ' ')) return false;
    for (size_t start = piece.find_first_not_of(' '); start != std::string_view::npos;) {
      size_t stop = piece.find(' ', start);
      if (stop == std::string_view::npos) stop = piece.size();
      PatternNode node;
      node.kind = PatternNode::Kind::kToken;
      node.column = Column(begin + start);
      node.text.assign(piece.substr(start, stop - start));
      for (char& c : node.text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      sequence->children.push_back(std::move(node));
      ++elements_;
      start = piece.find_first_not_of(' ', stop);
    }
    if (star) sequence->children.back().prefix = true;
    return true;
  }

  void AddTokens(size_t begin, size_t end, bool star, PatternNode* sequence) {
    std::string_view piece = p_.substr(begin, end - begin);
    if (AddPlainWords(begin, piece, star, sequence)) return;
    Segmentation tokens;
    segmenter_.Tokenize(piece, &tokens);
    if (tokens.tokens.empty()) {
      bool blank = true;
      for (char c : piece) blank = blank && IsSpace(c);
      if (star)
        Error(end, "'*' must follow a word directly, as in forder*");
      else if (!blank)
        Error(begin, std::string("'").append(piece).append(
                         "' holds no word or number: punctuation is not a token"));
      return;
    }
    elements_ += tokens.tokens.size();
    for (const Token& token : tokens.tokens) {
      PatternNode node;
      node.kind = PatternNode::Kind::kToken;
      node.column = Column(begin + token.start);
      node.text = std::string(tokens.Fold(token));
      sequence->children.push_back(std::move(node));
    }
    if (star) {
      if (tokens.tokens.back().end != piece.size())
        Error(end, "'*' must follow a word directly, as in forder*");
      else
        sequence->children.back().prefix = true;
    }
  }

  std::string_view p_;
  PatternUse use_;
  Segmenter& segmenter_;
  std::vector<PatternError>* errors_;
  size_t max_elements_;
  size_t elements_ = 0;
  bool too_deep_ = false;
  size_t pos_ = 0;
  mutable size_t column_offset_ = 0;  // Column()'s last offset and its column
  mutable int column_ = 1;
};

}  // namespace

PatternNode ParsePattern(std::string_view pattern, PatternUse use, Segmenter& segmenter,
                         std::vector<PatternError>* errors) {
  return Parser(pattern, use, segmenter, errors).ParseTop();
}

size_t CountPatternElements(std::string_view pattern, PatternUse use, Segmenter& segmenter,
                            size_t limit) {
  std::vector<PatternError> errors;  // syntax is CheckRuleSet's business
  Parser parser(pattern, use, segmenter, &errors, limit);
  parser.ParseTop();
  return std::min(parser.elements(), limit == SIZE_MAX ? limit : limit + 1);
}

bool MatchesEmpty(const PatternNode& node) {
  switch (node.kind) {
    case PatternNode::Kind::kSequence:
      for (const PatternNode& child : node.children)
        if (!MatchesEmpty(child)) return false;
      return true;
    case PatternNode::Kind::kAlternation:
      for (const PatternNode& child : node.children)
        if (MatchesEmpty(child)) return true;
      return node.children.empty();
    case PatternNode::Kind::kOptional:
    case PatternNode::Kind::kGap:
      return true;
    default:
      return false;
  }
}

void CollectReferences(const PatternNode& node, std::vector<const PatternNode*>* lexicons,
                       std::vector<const PatternNode*>* actor_ids) {
  if (node.kind == PatternNode::Kind::kLexicon && !node.text.empty()) lexicons->push_back(&node);
  if (node.kind == PatternNode::Kind::kCapture && !node.argument.empty() &&
      (node.capture == CaptureKind::kActor || node.capture == CaptureKind::kTarget))
    actor_ids->push_back(&node);
  for (const PatternNode& child : node.children) CollectReferences(child, lexicons, actor_ids);
}

}  // namespace parley
