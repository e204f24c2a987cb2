// Graphviz's library as a function: DOT text in, an SVG picture out, laid
// out by `dot` and drawn by Graphviz's own SVG renderer.
//
// Only the two plugins this needs (the dot layout and the core renderers)
// are loaded, built in, never the machine's plugin configuration: text is
// then measured with the font metrics built into Graphviz rather than with
// whatever fonts the machine has, so the same DOT gives the same SVG on every
// machine with this Graphviz version (the committed example report depends
// on that).
#ifndef PARLEY_REPORT_GRAPH_SVG_H_
#define PARLEY_REPORT_GRAPH_SVG_H_

#include <string>
#include <string_view>

namespace parley::report {

// Lays out and draws `dot`. On success returns true and sets `svg` to the
// whole SVG document Graphviz writes. On failure (text that is not DOT, or a
// broken Graphviz installation) returns false and sets `error`.
//
// Graphviz keeps global state, so calls are serialised by a lock: safe from
// any thread, concurrent only up to the call.
bool RenderDotToSvg(std::string_view dot, std::string* svg, std::string* error);

// An SVG document made fit to stand inside an HTML page: everything before
// the <svg> element (XML declaration, DOCTYPE with its DTD URL) and every
// comment is dropped, and so are the namespace declarations, which HTML
// supplies itself; they name w3.org URLs, which a reader's tools would
// rightly flag in a page that must reference no network resource.
std::string InlineSvg(std::string_view svg);

}  // namespace parley::report

#endif  // PARLEY_REPORT_GRAPH_SVG_H_
