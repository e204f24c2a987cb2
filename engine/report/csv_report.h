// The `csv` format (RFC 4180): one table of the comparison, for spreadsheets,
// pandas and R.
//
//   claims (default)  one row per claim: doc, date, sentence, line, start, end,
//                     actor, stance, position, topic, target, condition_of,
//                     rule, text, then one column per attribute name found in
//                     any claim (sorted by name; empty where a claim lacks it).
//                     An attribute whose name equals a fixed column is headed
//                     "attribute:NAME" so that every header is unique.
//   pairs             one row per actor pair and topic both addressed: first,
//                     second, topic, relation, first_positions,
//                     second_positions, agreement_index (the pair's).
//   matrix            one row per actor, one column per topic (ids).
//
// A list of holdings in one cell reads "demand ceasefire.unconditional
// (days=30, monitored=international); reject nato.renounce": stance and
// position id, attributes in parentheses, holdings separated by "; ".
//
// Records end in CRLF, as RFC 4180 prescribes (every CSV reader accepts it,
// and Excel needs it for line breaks inside fields); a field is quoted when
// it holds a comma, a double quote, CR or LF, and its quotes are doubled.
// UTF-8 without a byte order mark; ids rather than names, so that rows join
// with the claims JSON.
#ifndef PARLEY_REPORT_CSV_REPORT_H_
#define PARLEY_REPORT_CSV_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "parley/comparison.h"
#include "parley/report.h"

namespace parley {

void WriteCsvReport(const Comparison& comparison, CsvTable table, std::ostream& out);

// One field as RFC 4180 writes it: quoted only when it must be.
std::string CsvField(std::string_view text);

}  // namespace parley

#endif  // PARLEY_REPORT_CSV_REPORT_H_
