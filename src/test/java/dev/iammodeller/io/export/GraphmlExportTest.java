package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.diagram.DiagramEdges;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML parsed back: declared keys, a node per entity with kind, name, ARN and account, an edge per edge with its kind. */
class GraphmlExportTest {
    private static Map<String, String> data(Element element) {
        Map<String, String> out = new HashMap<>();
        NodeList data = element.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }

    private static void check(IamModel model) throws Exception {
        Document doc = DrawioExportTest.parse(GraphmlExport.export(model, ExportOptions.DEFAULT));
        Element graphml = doc.getDocumentElement();
        assertEquals("graphml", graphml.getTagName());
        assertEquals("http://graphml.graphdrawing.org/xmlns", graphml.getNamespaceURI() == null
                ? graphml.getAttribute("xmlns") : graphml.getNamespaceURI());
        Map<String, String> keys = new HashMap<>();
        NodeList keyList = doc.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element key = (Element) keyList.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("for"));
            assertTrue(Set.of("string", "double").contains(key.getAttribute("attr.type")));
        }
        for (String nodeKey : Set.of("kind", "name", "arn", "account")) {
            assertEquals("node", keys.get(nodeKey), nodeKey + " declared for nodes");
        }
        Element graph = (Element) doc.getElementsByTagName("graph").item(0);
        assertEquals("directed", graph.getAttribute("edgedefault"));
        NodeList nodes = doc.getElementsByTagName("node");
        assertEquals(model.entities().size(), nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Entity entity = model.entities().get(node.getAttribute("id"));
            Map<String, String> data = data(node);
            data.keySet().forEach(k -> assertEquals("node", keys.get(k), k + " is declared for nodes"));
            assertEquals(entity.kind().json(), data.get("kind"));
            assertEquals(entity.name(), data.get("name"));
            assertEquals(entity.arn(), data.get("arn"));
            assertEquals(entity.account(), data.get("account"));
        }
        NodeList edges = doc.getElementsByTagName("edge");
        assertEquals(DiagramEdges.of(model).size(), edges.getLength());
        Set<String> kinds = Set.of("memberOf", "attachedTo", "boundaryOf", "runsAs", "appliesTo", "trusts", "owns",
                "provisions", "assignedTo");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertTrue(model.entities().containsKey(edge.getAttribute("source")));
            assertTrue(model.entities().containsKey(edge.getAttribute("target")));
            Map<String, String> data = data(edge);
            data.keySet().forEach(k -> assertEquals("edge", keys.get(k), k + " is declared for edges"));
            assertTrue(kinds.contains(data.get("edgeKind")), data.toString());
        }
    }

    @Test
    void everyExampleReadsBack() throws Exception {
        for (IamModel model : ExportFixtures.examples().values()) {
            check(model);
        }
    }

    @Test
    void theExportsDrawTheEdgesTheCanvasDraws() {
        java.util.List<IamModel> models = new java.util.ArrayList<>(ExportFixtures.examples().values());
        models.add(ExportFixtures.hostile());
        for (IamModel model : models) {
            assertEquals(DiagramEdges.of(model), DiagramView.edges(model), model.title());
        }
    }

    @Test
    void hostileNamesReadBackWhole() throws Exception {
        check(ExportFixtures.hostile());
    }
}
