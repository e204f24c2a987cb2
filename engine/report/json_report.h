// The `json` format: the whole comparison, machine-readable (schema in
// docs/json-schema.md).
#ifndef PARLEY_REPORT_JSON_REPORT_H_
#define PARLEY_REPORT_JSON_REPORT_H_

#include <ostream>

#include "parley/comparison.h"

namespace parley {

void WriteJsonReport(const Comparison& comparison, std::ostream& out);

}  // namespace parley

#endif  // PARLEY_REPORT_JSON_REPORT_H_
