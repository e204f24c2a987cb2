// Reading claims back (parley compare): JSON Lines as `parley extract`
// writes them (SPEC §3), checked line by line against the ontology of the
// rule set they are compared with.
//
//   ClaimReader reader(rule_set);
//   reader.Read(stream, "shard-1.jsonl", &claims, diagnostics);   // per file
//   reader.Finish(diagnostics);
//   if (!diagnostics.has_errors()) Compare(rule_set, std::move(claims), options);
//
// Every bad line is an error with file, line and column and a message that
// says what is wrong and how to mend it: invalid JSON, invalid UTF-8 (with
// its byte offset), a missing or mistyped field, an unknown stance, an actor,
// target or position the rule set lacks, a position of another topic than
// the claim's. Empty lines are skipped. Reading streams: the file is never
// held whole, only the claims.
#ifndef PARLEY_CLAIM_READER_H_
#define PARLEY_CLAIM_READER_H_

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "parley/claim.h"
#include "parley/rule_set.h"
#include "parley/status.h"

namespace parley {

class ClaimReader {
 public:
  // Errors beyond `max_errors` are counted, not listed; Finish reports how
  // many more there were.
  static constexpr size_t kDefaultMaxErrors = 50;

  // `rule_set` must outlive the reader.
  explicit ClaimReader(const RuleSet& rule_set, size_t max_errors = kDefaultMaxErrors);
  ~ClaimReader();

  // Reads every line of `in`, appending its good claims to `claims` in the
  // order read. `file` names the input in diagnostics ("-": standard input).
  // Several calls concatenate.
  void Read(std::istream& in, const std::string& file, std::vector<Claim>* claims,
            Diagnostics& diagnostics);

  // After the last Read: "… and N more errors" when errors were left out.
  void Finish(Diagnostics& diagnostics);

  size_t errors() const;  // every error found, listed or not

  ClaimReader(const ClaimReader&) = delete;
  ClaimReader& operator=(const ClaimReader&) = delete;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley

#endif  // PARLEY_CLAIM_READER_H_
