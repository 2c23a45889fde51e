package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML for yEd, Gephi, Cytoscape and Neo4j ({@code apoc.import.graphml} with {@code readLabels: true}):
 * one flat directed graph; every entity, frames included, a node by its model id with {@code kind},
 * {@code name}, {@code arn}, {@code account}, {@code parent} (the frame that holds it), its canvas position
 * {@code x}, {@code y}, and {@code labels} ({@code :User}, Neo4j's node label); every edge with {@code kind}
 * ({@code memberOf}, {@code trusts}...) and {@code label} (Neo4j's relationship type, {@code MEMBER_OF}).
 * Every key is declared; a value the entity has not (an ARN) is left out.
 */
public final class GraphmlExport {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlExport() {
    }

    public static String export(IamModel model, ExportOptions options) {
        DiagramView view = DiagramView.of(model, options);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(xml, "labels", "node", "string");
            key(xml, "kind", "node", "string");
            key(xml, "name", "node", "string");
            key(xml, "arn", "node", "string");
            key(xml, "account", "node", "string");
            key(xml, "parent", "node", "string");
            key(xml, "x", "node", "double");
            key(xml, "y", "node", "double");
            key(xml, "edgeKind", "edge", "string", "kind");
            key(xml, "label", "edge", "string");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "G");
            xml.writeAttribute("edgedefault", "directed");
            for (Entity entity : view.frames) {
                node(xml, view, entity);
            }
            for (Entity entity : view.nodes) {
                node(xml, view, entity);
            }
            int n = 0;
            for (ModelEdge edge : view.edges) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + (++n));
                xml.writeAttribute("source", XmlText.clean(edge.from()));
                xml.writeAttribute("target", XmlText.clean(edge.to()));
                data(xml, "edgeKind", kindWord(edge.kind()));
                data(xml, "label", edge.kind().name());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the GraphML", e);
        }
        return text + "\n";
    }

    /** An edge kind as the model file spells relations: {@code memberOf}, {@code trusts}, {@code owns}. */
    static String kindWord(ModelEdge.Kind kind) {
        String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    private static void node(XMLStreamWriter xml, DiagramView view, Entity entity) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("node");
        xml.writeAttribute("id", XmlText.clean(entity.id()));
        String kind = entity.kind().json();
        data(xml, "labels", ":" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
        data(xml, "kind", kind);
        data(xml, "name", entity.name());
        data(xml, "arn", entity.arn());
        data(xml, "account", entity.account());
        data(xml, "parent", view.parentOf(entity.id()));
        Rect shape = view.shape(entity.id());
        data(xml, "x", DrawioExport.number(shape.x()));
        data(xml, "y", DrawioExport.number(shape.y()));
        xml.writeEndElement();
    }

    private static void key(XMLStreamWriter xml, String id, String scope, String type) throws XMLStreamException {
        key(xml, id, scope, type, id);
    }

    private static void key(XMLStreamWriter xml, String id, String scope, String type, String name)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", scope);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }
}
