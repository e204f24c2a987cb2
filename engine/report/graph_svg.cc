#include "report/graph_svg.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

// The plugin libraries' entry points, linked in directly (CMakeLists.txt).
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

namespace parley::report {
namespace {

// Graphviz's layout and its error reporting use process-wide state.
std::mutex& GraphvizLock() {
  static std::mutex lock;
  return lock;
}

// Why Graphviz failed: its last error message, else `fallback`.
std::string LastError(const char* fallback) {
  char* message = aglasterr();  // a copy the caller frees
  std::string text = message && *message ? message : fallback;
  std::free(message);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// Graphviz orders clusters by an internal id that comes from a string's
// address, so a second drawing in one process can list the same clusters in
// another order (the layout itself is the same). Runs of cluster groups,
// which hold no nested groups, are put in the order of their text.
std::string SortClusters(const std::string& svg) {
  std::string out;
  out.reserve(svg.size());
  size_t at = 0;
  while (true) {
    size_t start = svg.find("<g id=\"", at);
    std::vector<std::string> run;
    size_t end = start;
    while (end != std::string::npos && svg.compare(end, 6, "<g id=") == 0) {
      const size_t tag_end = svg.find('>', end);
      if (tag_end == std::string::npos || svg.find(" class=\"cluster\"", end) > tag_end) break;
      const size_t close = svg.find("</g>\n", tag_end);
      if (close == std::string::npos) break;
      run.push_back(svg.substr(end, close + 5 - end));
      end = close + 5;
    }
    if (start == std::string::npos) {
      out.append(svg, at, std::string::npos);
      return out;
    }
    out.append(svg, at, start - at);
    if (run.empty()) {
      out.append("<g id=\"");
      at = start + 7;
      continue;
    }
    std::sort(run.begin(), run.end());
    for (const std::string& block : run) out.append(block);
    at = end;
  }
}

struct ContextCloser {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};
struct GraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};

}  // namespace

bool RenderDotToSvg(std::string_view dot, std::string* svg, std::string* error) {
  const std::lock_guard<std::mutex> hold(GraphvizLock());
  // Messages are kept for aglasterr instead of printed on standard error.
  agseterr(AGMAX);
  static const lt_symlist_t kBuiltins[] = {
      {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
      {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
      {nullptr, nullptr},
  };
  std::unique_ptr<GVC_t, ContextCloser> context(gvContextPlugins(kBuiltins, /*demand_loading=*/0));
  if (!context) {
    *error = "Graphviz could not start";
    return false;
  }
  const std::string text(dot);  // agmemread wants a terminated string
  std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(text.c_str()));
  if (!graph) {
    *error = LastError("Graphviz could not read the graph");
    return false;
  }
  if (gvLayout(context.get(), graph.get(), "dot") != 0) {
    *error = LastError("Graphviz could not lay out the graph");
    return false;
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(context.get(), graph.get(), "svg", &data, &length);
  if (rendered == 0 && data) *svg = SortClusters(std::string(data, length));
  if (data) gvFreeRenderData(data);
  gvFreeLayout(context.get(), graph.get());
  if (rendered != 0 || svg->empty()) {
    *error = LastError("Graphviz could not draw the graph");
    return false;
  }
  return true;
}

std::string InlineSvg(std::string_view svg) {
  const size_t start = svg.find("<svg");
  if (start == std::string_view::npos) return "";
  std::string out;
  out.reserve(svg.size() - start);
  std::string_view rest = svg.substr(start);
  while (!rest.empty()) {
    const size_t comment = rest.find("<!--");
    out.append(rest.substr(0, comment));
    if (comment == std::string_view::npos) break;
    const size_t end = rest.find("-->", comment + 4);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 3);
    // The comment's own line goes with it.
    if (!rest.empty() && rest.front() == '\n' && (out.empty() || out.back() == '\n'))
      rest.remove_prefix(1);
  }
  for (std::string_view declaration :
       {" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""}) {
    const size_t found = out.find(declaration);
    if (found != std::string::npos) out.erase(found, declaration.size());
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace parley::report
