// RunPipeline: one reader thread, N workers, deliveries in order on the
// calling thread, with a bounded window of documents in flight.
#include "parley/pipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <new>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace parley {
namespace {

// Thrown through the source (ReadInputs has no way to stop early) when the
// run is cancelled, so that a failed run does not read the rest of the corpus.
struct Cancelled {};

Status ErrorOf(std::exception_ptr failure) {
  Diagnostic diagnostic;
  try {
    std::rethrow_exception(failure);
  } catch (const std::bad_alloc&) {
    diagnostic.message = "out of memory";
  } catch (const std::exception& e) {
    diagnostic.message = std::string("internal error: ").append(e.what());
  } catch (...) {
    diagnostic.message = "internal error: an unknown exception";
  }
  return Status::Error(std::move(diagnostic));
}

// Everything the threads share, behind one mutex. A document is "in flight"
// from the moment the reader hands it over until its delivery has run; the
// window limits how many (and how many bytes of text) are.
class Flight {
 public:
  Flight(size_t max_documents, uint64_t max_bytes)
      : max_documents_(max_documents), max_bytes_(max_bytes) {}

  // Reader: waits for room in the window, then queues the document for a
  // worker. Throws Cancelled when the run was stopped.
  void Admit(Document&& document) {
    const uint64_t bytes = document.text.size();
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] {
      return cancelled_ || in_flight_ == 0 ||
             (in_flight_ < max_documents_ && bytes_in_flight_ + bytes <= max_bytes_);
    });
    if (cancelled_) throw Cancelled{};
    ++in_flight_;
    bytes_in_flight_ += bytes;
    todo_.push_back(Job{next_sequence_++, bytes, std::move(document)});
    work_.notify_one();
  }

  // Reader: no more documents will come.
  void FinishReading() {
    std::lock_guard lock(mu_);
    reading_done_ = true;
    work_.notify_all();
    ready_.notify_all();
  }

  struct Job {
    uint64_t sequence = 0;
    uint64_t bytes = 0;
    Document document;
  };

  // Worker: the next document to work on; false when there is none left
  // (or the run was stopped).
  bool Take(Job* job) {
    std::unique_lock lock(mu_);
    work_.wait(lock, [&] { return cancelled_ || !todo_.empty() || reading_done_; });
    if (cancelled_ || todo_.empty()) return false;
    *job = std::move(todo_.front());
    todo_.pop_front();
    return true;
  }

  // Worker: the delivery for document `sequence`.
  void Done(uint64_t sequence, uint64_t bytes, Delivery delivery) {
    std::lock_guard lock(mu_);
    done_.emplace(sequence, Result{bytes, std::move(delivery)});
    if (sequence == next_delivery_) ready_.notify_one();
  }

  // Consumer: the delivery of the next document in order, waiting for it;
  // false when every document has been delivered (or the run was stopped).
  bool Next(Delivery* delivery) {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] {
      return cancelled_ || done_.count(next_delivery_) > 0 ||
             (reading_done_ && next_delivery_ == next_sequence_);
    });
    if (cancelled_) return false;
    auto it = done_.find(next_delivery_);
    if (it == done_.end()) return false;
    *delivery = std::move(it->second.delivery);
    delivered_bytes_ = it->second.bytes;
    done_.erase(it);
    return true;
  }

  // Consumer: the delivery Next() gave has run; its document leaves the window.
  void Delivered() {
    std::lock_guard lock(mu_);
    --in_flight_;
    bytes_in_flight_ -= delivered_bytes_;
    ++next_delivery_;
    room_.notify_one();
  }

  // Any thread: stops the run because of `failure` (the first one is kept).
  void Fail(std::exception_ptr failure) {
    std::lock_guard lock(mu_);
    if (!failure_) failure_ = std::move(failure);
    cancelled_ = true;
    room_.notify_all();
    work_.notify_all();
    ready_.notify_all();
  }

  std::exception_ptr failure() {
    std::lock_guard lock(mu_);
    return failure_;
  }

 private:
  struct Result {
    uint64_t bytes = 0;
    Delivery delivery;
  };

  const size_t max_documents_;
  const uint64_t max_bytes_;

  std::mutex mu_;
  std::condition_variable room_;   // the reader waits for room in the window
  std::condition_variable work_;   // workers wait for a document
  std::condition_variable ready_;  // the consumer waits for the next delivery
  std::deque<Job> todo_;
  std::map<uint64_t, Result> done_;  // by sequence: the reorder buffer
  uint64_t next_sequence_ = 0;       // of the next document read
  uint64_t next_delivery_ = 0;       // of the next document to deliver
  size_t in_flight_ = 0;
  uint64_t bytes_in_flight_ = 0;
  uint64_t delivered_bytes_ = 0;
  bool reading_done_ = false;
  bool cancelled_ = false;
  std::exception_ptr failure_;
};

Status RunInline(const DocumentSource& source, const DocumentWork& work) {
  try {
    source([&](Document&& document) {
      Delivery delivery = work(0, std::move(document));
      delivery();
    });
  } catch (...) {
    return ErrorOf(std::current_exception());
  }
  return Status::Ok();
}

void RunWorker(Flight& flight, const DocumentWork& work, size_t worker) {
  try {
    for (Flight::Job job; flight.Take(&job);) {
      Delivery delivery = work(worker, std::move(job.document));
      // The document's text is not needed any more: free it before waiting.
      job.document = Document();
      flight.Done(job.sequence, job.bytes, std::move(delivery));
    }
  } catch (...) {
    flight.Fail(std::current_exception());
  }
}

void RunReader(Flight& flight, const DocumentSource& source) {
  try {
    source([&](Document&& document) { flight.Admit(std::move(document)); });
  } catch (const Cancelled&) {
    // Stopped by a failure elsewhere, which is the one reported.
  } catch (...) {
    flight.Fail(std::current_exception());
  }
  flight.FinishReading();
}

}  // namespace

Status RunPipeline(const DocumentSource& source, const DocumentWork& work,
                   const PipelineOptions& options) {
  const size_t jobs = options.jobs < 1 ? 1 : static_cast<size_t>(options.jobs);
  if (jobs == 1) return RunInline(source, work);

  const size_t max_documents = options.max_documents > 0 ? options.max_documents : 4 * jobs;
  Flight flight(max_documents, options.max_bytes);
  std::vector<std::thread> threads;
  threads.reserve(jobs + 1);
  try {
    threads.emplace_back(RunReader, std::ref(flight), std::cref(source));
    for (size_t worker = 0; worker < jobs; ++worker)
      threads.emplace_back(RunWorker, std::ref(flight), std::cref(work), worker);
  } catch (...) {
    // A thread could not be started (std::system_error): stop those that were.
    flight.Fail(std::current_exception());
  }
  try {
    for (Delivery delivery; flight.Next(&delivery);) {
      delivery();
      delivery = nullptr;
      flight.Delivered();
    }
  } catch (...) {
    flight.Fail(std::current_exception());
  }
  for (std::thread& thread : threads) thread.join();
  if (std::exception_ptr failure = flight.failure()) return ErrorOf(failure);
  return Status::Ok();
}

}  // namespace parley
