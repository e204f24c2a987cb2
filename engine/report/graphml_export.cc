#include "report/graphml_export.h"

#include "report/export_graph.h"  // first: it includes the Boost graph headers

namespace parley {

void WriteGraphmlExport(const Comparison& comparison, std::ostream& out) {
  using report::ExportEdge;
  using report::ExportNode;
  // Not const: dynamic_properties needs maps it could write to, although
  // the writer only reads them.
  report::ExportGraph graph;
  report::BuildExportGraph(comparison, &graph);

  // The property names are the
  // GraphML attribute names (attr.name); their C++ types give attr.type.
  boost::dynamic_properties properties;
  properties.property("kind", boost::get(&ExportNode::kind, graph));
  properties.property("label", boost::get(&ExportNode::id, graph));
  properties.property("name", boost::get(&ExportNode::name, graph));
  properties.property("topic", boost::get(&ExportNode::topic, graph));
  properties.property("claims", boost::get(&ExportNode::claims, graph));
  properties.property("holders", boost::get(&ExportNode::holders, graph));
  properties.property("opponents", boost::get(&ExportNode::opponents, graph));
  // Node `kind` and edge `kind` become two keys, one for="node" and one
  // for="edge"; GraphML readers keep node and edge attributes apart.
  properties.property("kind", boost::get(&ExportEdge::kind, graph));
  properties.property("stance", boost::get(&ExportEdge::stance, graph));
  properties.property("actor", boost::get(&ExportEdge::actor, graph));
  properties.property("count", boost::get(&ExportEdge::count, graph));
  properties.property("first_date", boost::get(&ExportEdge::first_date, graph));
  properties.property("last_date", boost::get(&ExportEdge::last_date, graph));
  properties.property("attributes", boost::get(&ExportEdge::attributes, graph));
  properties.property("evidence", boost::get(&ExportEdge::evidence, graph));

  boost::write_graphml(out, graph, boost::get(boost::vertex_index, graph), properties,
                       /*ordered_vertices=*/true);
}

}  // namespace parley
