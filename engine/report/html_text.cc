#include "report/html_text.h"

#include <algorithm>

#include "report/report_support.h"

namespace parley::report {
namespace {

bool IsFullDate(std::string_view date) { return date.size() == 10 || date.size() == 7; }

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
          out += ' ';
        else
          out += c;
    }
  }
  return out;
}

std::string IdList(const std::vector<std::string>& ids) {
  std::string list;
  for (const std::string& id : ids) list.append(list.empty() ? "" : " ").append(HtmlEscape(id));
  return list;
}

std::string HtmlHolds(const Comparison& comparison, Stance stance, const std::string& position,
                      const Attributes& attributes, const std::set<std::string>& marked) {
  std::string html = "<span class=\"stance ";
  html.append(IsHolding(stance) ? "hold" : "against").append("\">");
  html.append(StanceVerb(stance)).append("</span> <strong>");
  html.append(HtmlEscape(PositionName(comparison, position))).append("</strong>");
  if (attributes.empty()) return html;
  html.append(" <span class=\"attributes\">(");
  bool first = true;
  for (const auto& [name, value] : attributes) {
    if (!first) html.append(", ");
    first = false;
    const std::string text = std::string(name).append("=").append(AttributeText(value));
    if (marked.count(name))
      html.append("<mark>").append(HtmlEscape(text)).append("</mark>");
    else
      html.append(HtmlEscape(text));
  }
  return html.append(")</span>");
}

void WriteHtmlEvidence(const Comparison& comparison, const std::vector<ClaimIndex>& claims,
                       std::ostream& out, bool show_claim) {
  const std::vector<const Claim*> evidence = DistinctEvidence(comparison, claims, show_claim);
  if (evidence.empty()) return;
  out << "<ol class=\"evidence\">\n";
  // Every item is written whole; beyond the first kHtmlMaxQuoted, items are
  // "cited": shown as their reference only, until the filter script picks
  // the first ones within the chosen dates to quote instead.
  const size_t listed = std::min(evidence.size(), kHtmlMaxQuoted + kHtmlMaxCited);
  for (size_t i = 0; i < listed; ++i) {
    const Claim& claim = *evidence[i];
    out << "<li" << (i < kHtmlMaxQuoted ? "" : " class=\"cited\"") << " data-date=\"" << HtmlEscape(claim.date)
        << "\">";
    if (show_claim)
      out << "<span class=\"claim\">" << HtmlHolds(comparison, claim.stance, claim.position, claim.attributes)
          << " — </span>";
    out << "<cite>" << HtmlEscape(EvidenceRef(claim)) << "</cite> ";
    if (!claim.date.empty()) {
      out << "<time";
      if (IsFullDate(claim.date)) out << " datetime=\"" << HtmlEscape(claim.date) << '"';
      out << '>' << HtmlEscape(claim.date) << "</time> ";
    }
    out << "<q>" << HtmlEscape(ShortenSentence(claim.text)) << "</q></li>\n";
  }
  if (listed < evidence.size()) out << "<li class=\"more\">… and " << evidence.size() - listed << " more</li>\n";
  out << "</ol>\n";
}

void OpenSection(const char* id, const char* title, std::ostream& out) {
  out << "<section id=\"" << id << "\" aria-labelledby=\"" << id << "-title\">\n<h2 id=\"" << id
      << "-title\">" << title << "</h2>\n";
}

void Nothing(const char* text, std::ostream& out) { out << "<p class=\"none\">" << text << "</p>\n"; }

std::string HtmlNameList(const Comparison& comparison, const std::vector<std::string>& actors) {
  std::string text;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (i > 0) text.append(i + 1 == actors.size() ? " and " : ", ");
    text.append(HtmlEscape(ActorName(comparison, actors[i])));
  }
  return text;
}

}  // namespace parley::report
