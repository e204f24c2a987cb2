// `parley explain --format text`: the same as the JSON, for a person.
#include <cmath>

#include "parley/explain.h"

namespace parley {
namespace {

std::string FormatNumber(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15)
    return std::to_string(static_cast<long long>(value));
  std::string s = std::to_string(value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

}  // namespace

void WriteExplainText(const Document& document, const Segmentation& segmentation,
                      std::ostream& out) {
  out << "document " << document.id << "  (" << document.file;
  if (document.from_jsonl) out << ":" << document.file_line;
  out << ")\n";
  out << "  language " << LanguageCode(document.lang) << " (" << LanguageSourceName(document.lang_source)
      << ")";
  if (!document.date.empty()) out << "  date " << document.date;
  if (!document.title.empty()) out << "  title \"" << document.title << "\"";
  if (!document.source.empty()) out << "  source " << document.source;
  out << "\n  " << segmentation.sentences.size() << " sentences\n\n";
  int index = 0;
  for (const Sentence& sentence : segmentation.sentences) {
    out << "[" << ++index << "] line " << sentence.line << ":" << sentence.column << "  paragraph "
        << sentence.paragraph + 1 << "  bytes " << sentence.start << "-" << sentence.end << "\n";
    out << "    " << Segmentation::SentenceText(document.text, sentence) << "\n";
    out << "    tokens:";
    for (const Token& token : segmentation.TokensOf(sentence)) {
      out << "  " << segmentation.Fold(token);
      if (token.is_number) out << "(=" << FormatNumber(token.value) << ")";
    }
    out << "\n\n";
  }
}

}  // namespace parley
