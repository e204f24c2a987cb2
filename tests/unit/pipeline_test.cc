// RunPipeline: deliveries in document order on the calling thread, a bounded
// window, one job run inline, failures returned as errors.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <new>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "parley/pipeline.h"

using namespace parley;

namespace {

Document Numbered(size_t i, size_t bytes = 10) {
  Document document;
  document.id = std::to_string(i);
  document.text.assign(bytes, 'x');
  return document;
}

// A source of `count` documents of `bytes` bytes each, counting how many it emitted.
DocumentSource Numbers(size_t count, std::atomic<size_t>* emitted = nullptr, size_t bytes = 10) {
  return [=](const DocumentCallback& emit) {
    for (size_t i = 0; i < count; ++i) {
      emit(Numbered(i, bytes));
      if (emitted) ++*emitted;
    }
  };
}

}  // namespace

TEST_CASE("pipeline: deliveries come in document order on the calling thread, whatever the delays") {
  for (int jobs : {2, 3, 8}) {
    CAPTURE(jobs);
    std::mutex random_mu;
    std::mt19937 random(static_cast<unsigned>(jobs));
    const std::thread::id caller = std::this_thread::get_id();
    std::vector<std::string> delivered;
    std::atomic<bool> off_thread_work{false};
    bool delivered_elsewhere = false;
    DocumentWork work = [&](size_t worker, Document&& document) -> Delivery {
      CHECK(worker < static_cast<size_t>(jobs));
      if (std::this_thread::get_id() != caller) off_thread_work = true;
      int delay;
      {
        std::lock_guard lock(random_mu);
        delay = static_cast<int>(random() % 300);
      }
      std::this_thread::sleep_for(std::chrono::microseconds(delay));
      return [&, id = document.id] {
        if (std::this_thread::get_id() != caller) delivered_elsewhere = true;
        delivered.push_back(id);
      };
    };
    PipelineOptions options;
    options.jobs = jobs;
    const Status status = RunPipeline(Numbers(300), work, options);
    CHECK(status.ok());
    REQUIRE(delivered.size() == 300);
    for (size_t i = 0; i < delivered.size(); ++i) CHECK(delivered[i] == std::to_string(i));
    CHECK(off_thread_work);
    CHECK_FALSE(delivered_elsewhere);
  }
}

TEST_CASE("pipeline: at most max_documents documents, and max_bytes of text, are in flight") {
  struct Case {
    size_t max_documents;
    uint64_t max_bytes;
    size_t document_bytes;
    size_t want_window;
  };
  for (const Case& c : {Case{5, uint64_t{1} << 30, 10, 5}, Case{100, 3000, 1000, 3},
                        Case{0, uint64_t{1} << 30, 10, 4 * 3}}) {
    CAPTURE(c.max_documents);
    CAPTURE(c.max_bytes);
    std::atomic<size_t> delivered{0};
    std::atomic<size_t> widest{0};
    // Document i is admitted only while fewer than the window are in flight,
    // i.e. when more than i - window have been delivered.
    DocumentWork work = [&](size_t, Document&& document) -> Delivery {
      const size_t index = std::stoul(document.id);
      const size_t in_flight = index + 1 - delivered.load();
      size_t seen = widest.load();
      while (in_flight > seen && !widest.compare_exchange_weak(seen, in_flight)) {}
      // The first document is slow, so that the reader fills the window.
      if (index == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      return [&] { ++delivered; };
    };
    PipelineOptions options;
    options.jobs = 3;
    options.max_documents = c.max_documents;
    options.max_bytes = c.max_bytes;
    CHECK(RunPipeline(Numbers(200, nullptr, c.document_bytes), work, options).ok());
    CHECK(delivered == 200);
    CHECK(widest <= c.want_window);
    CHECK(widest >= 2);  // the workers did run side by side
  }
}

TEST_CASE("pipeline: a document larger than max_bytes still goes through, alone") {
  std::atomic<size_t> delivered{0};
  DocumentWork work = [&](size_t, Document&& document) -> Delivery {
    CHECK(std::stoul(document.id) == delivered.load());  // nothing else in flight
    return [&] { ++delivered; };
  };
  PipelineOptions options;
  options.jobs = 4;
  options.max_bytes = 100;
  CHECK(RunPipeline(Numbers(20, nullptr, 1000), work, options).ok());
  CHECK(delivered == 20);
}

TEST_CASE("pipeline: one job runs inline: read, work, deliver, then the next document") {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<std::string> events;
  DocumentSource source = [&](const DocumentCallback& emit) {
    for (size_t i = 0; i < 3; ++i) {
      events.push_back("read " + std::to_string(i));
      emit(Numbered(i));
    }
  };
  DocumentWork work = [&](size_t worker, Document&& document) -> Delivery {
    CHECK(worker == 0);
    CHECK(std::this_thread::get_id() == caller);
    events.push_back("work " + document.id);
    return [&, id = document.id] { events.push_back("deliver " + id); };
  };
  PipelineOptions options;
  options.jobs = 1;
  CHECK(RunPipeline(source, work, options).ok());
  CHECK(events == std::vector<std::string>{"read 0", "work 0", "deliver 0", "read 1", "work 1",
                                           "deliver 1", "read 2", "work 2", "deliver 2"});
}

TEST_CASE("pipeline: no documents, no deliveries") {
  for (int jobs : {1, 2, 4}) {
    size_t calls = 0;
    DocumentWork work = [&](size_t, Document&&) -> Delivery {
      ++calls;
      return [] {};
    };
    PipelineOptions options;
    options.jobs = jobs;
    CHECK(RunPipeline([](const DocumentCallback&) {}, work, options).ok());
    CHECK(calls == 0);
  }
}

TEST_CASE("pipeline: a worker that throws stops the run; the failure is returned, not thrown") {
  for (int jobs : {1, 2, 4}) {
    CAPTURE(jobs);
    std::atomic<size_t> emitted{0};
    std::vector<size_t> delivered;
    DocumentWork work = [&](size_t, Document&& document) -> Delivery {
      const size_t index = std::stoul(document.id);
      if (index == 50) throw std::bad_alloc();
      return [&, index] { delivered.push_back(index); };
    };
    PipelineOptions options;
    options.jobs = jobs;
    Status status;
    CHECK_NOTHROW(status = RunPipeline(Numbers(100000, &emitted), work, options));
    CHECK_FALSE(status.ok());
    CHECK(status.diagnostic().message == "out of memory");
    // What was delivered is a prefix, in order, before the failing document.
    REQUIRE(delivered.size() <= 50);
    for (size_t i = 0; i < delivered.size(); ++i) CHECK(delivered[i] == i);
    // The reader was stopped, not left to read everything.
    CHECK(emitted < 1000);
  }
}

TEST_CASE("pipeline: a failing source or delivery is returned as an error too") {
  for (int jobs : {1, 3}) {
    CAPTURE(jobs);
    PipelineOptions options;
    options.jobs = jobs;
    DocumentWork work = [](size_t, Document&&) -> Delivery { return [] {}; };
    DocumentSource failing_source = [](const DocumentCallback& emit) {
      emit(Numbered(0));
      throw std::runtime_error("the source broke");
    };
    Status status = RunPipeline(failing_source, work, options);
    CHECK_FALSE(status.ok());
    CHECK(status.diagnostic().message == "internal error: the source broke");

    std::atomic<size_t> emitted{0};
    DocumentWork failing_delivery = [](size_t, Document&& document) -> Delivery {
      return [id = document.id] {
        if (id == "7") throw std::bad_alloc();
      };
    };
    status = RunPipeline(Numbers(100000, &emitted), failing_delivery, options);
    CHECK_FALSE(status.ok());
    CHECK(status.diagnostic().message == "out of memory");
    CHECK(emitted < 1000);
  }
}
