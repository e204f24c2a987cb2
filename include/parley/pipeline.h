// Stage 3 on several threads: the documents of one reader are worked on by
// N workers at once, and what the workers make of them reaches one consumer
// in document order, so that the output is the same for any N.
//
//   reader thread --documents--> N worker threads --results--> calling thread
//                                                  (put back in order)
//
// Memory is bounded, not proportional to the corpus: at most
// PipelineOptions::max_documents documents, and about max_bytes of their
// text, are in flight (read but not yet consumed); the reader waits while the
// window is full. A slow document holds back the ones after it only as far
// as the window reaches.
//
// With one job nothing runs on another thread: each document is read, worked
// on and consumed on the calling thread before the next is read, exactly as
// a plain loop would.
#ifndef PARLEY_PIPELINE_H_
#define PARLEY_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>

#include "parley/document.h"
#include "parley/reader.h"
#include "parley/status.h"

namespace parley {

struct PipelineOptions {
  // Worker threads; at least 1.
  int jobs = 1;
  // Documents in flight at most; 0 means 4 per job, enough to keep every
  // worker busy while one slow document is waited for.
  size_t max_documents = 0;
  // Bytes of document text in flight at most. A document larger than this
  // still goes through, alone.
  uint64_t max_bytes = uint64_t{64} << 20;
};

// Reads documents and hands each to `emit`, in order (ReadInputs does). With
// more than one job it runs on a thread of its own: whatever it writes to
// (its diagnostics) is its own until RunPipeline returns.
using DocumentSource = std::function<void(const DocumentCallback& emit)>;

// What a worker hands on for one document: the pipeline calls it on the
// calling thread, in document order. Writing output, showing progress and
// adding up totals belong here.
using Delivery = std::function<void()>;

// Works on one document (extracts its claims, say) on worker `worker`,
// 0 <= worker < jobs. A worker takes one document at a time, so state kept
// per worker (an Extractor) needs no lock. The Delivery must not refer to
// the document: it is freed as soon as `work` returns.
using DocumentWork = std::function<Delivery(size_t worker, Document&& document)>;

// Runs `source`, `work` and the deliveries as described above and returns
// when all are done. If any of them throws (std::bad_alloc, say), the others
// are stopped, every thread is joined and the exception becomes the error
// returned: nothing escapes a thread. Documents delivered before then stay
// delivered.
Status RunPipeline(const DocumentSource& source, const DocumentWork& work,
                   const PipelineOptions& options);

}  // namespace parley

#endif  // PARLEY_PIPELINE_H_
