#include "report/markdown_text.h"

#include <cctype>
#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "report/report_support.h"

namespace parley::report {

std::string MdEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': case '`': case '*': case '[': case ']':
      case '<': case '>': case '|': case '~':
        out += '\\';
        out += c;
        break;
      case '_': {
        // An underscore between letters or digits ("within_days") can
        // neither open nor close emphasis in CommonMark: left as it is.
        auto alnum = [&](size_t at) {
          return at < text.size() && std::isalnum(static_cast<unsigned char>(text[at]));
        };
        if (!(i > 0 && alnum(i - 1) && alnum(i + 1))) out += '\\';
        out += c;
        break;
      }
      case '&': {
        // Only an ampersand that starts an entity ("&amp;", "&#32;") would
        // change meaning; "AT&T" reads better unescaped.
        size_t j = i + 1;
        if (j < text.size() && text[j] == '#') ++j;
        const size_t name_start = j;
        while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
        if (j > name_start && j < text.size() && text[j] == ';') out += '\\';
        out += c;
        break;
      }
      case '\n': case '\r': case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteMdTable(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  auto write_row = [&](const std::vector<std::string>& cells) {
    out << '|';
    for (const std::string& cell : cells) out << ' ' << (cell.empty() ? "–" : cell) << " |";
    out << '\n';
  };
  write_row(header);
  out << '|';
  for (size_t i = 0; i < header.size(); ++i) out << " --- |";
  out << '\n';
  for (const auto& row : rows) write_row(row);
}

std::string EvidenceText(const Claim& claim) {
  std::string text = MdEscape(EvidenceRef(claim));
  if (!claim.date.empty()) text.append(" (").append(claim.date).append(")");
  return text.append(": \"").append(MdEscape(ShortenSentence(claim.text))).append("\"");
}

std::string ClaimText(const Comparison& comparison, const Claim& claim) {
  std::string text(StanceVerb(claim.stance));
  text.append(" **").append(MdEscape(PositionName(comparison, claim.position))).append("**");
  const std::string attributes = AttributesText(claim.attributes);
  if (!attributes.empty()) text.append(" (").append(MdEscape(attributes)).append(")");
  return text;
}

void WriteEvidence(const Comparison& comparison, const std::vector<ClaimIndex>& claims,
                   int indent, std::ostream& out, bool show_claim) {
  const std::string pad(static_cast<size_t>(indent), ' ');
  const std::vector<const Claim*> evidence = DistinctEvidence(comparison, claims, show_claim);
  const size_t quoted = std::min(evidence.size(), kMaxQuoted);
  for (size_t i = 0; i < quoted; ++i) {
    out << pad << "- ";
    if (show_claim) out << ClaimText(comparison, *evidence[i]) << " — ";
    out << EvidenceText(*evidence[i]) << '\n';
  }
  if (quoted == evidence.size()) return;
  out << pad << "- … and " << evidence.size() - quoted << " more:";
  const size_t cited = std::min(evidence.size(), quoted + kMaxCited);
  for (size_t i = quoted; i < cited; ++i)
    out << (i > quoted ? ", " : " ") << MdEscape(EvidenceRef(*evidence[i]));
  if (cited < evidence.size()) out << ", …";
  out << '\n';
}

}  // namespace parley::report
