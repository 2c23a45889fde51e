package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A large model travels in an SVG as several texts, none longer than {@link EmbeddedModel#SVG_PART_CHARS}: libxml2
 * (xmllint, lxml) refuses a text node of more than ten million bytes, and with it the whole picture. Read back, the
 * parts make the model's text again; an SVG written before the parts (the text directly in {@code <iam:model>})
 * still opens.
 */
class SvgModelPartsTest {
    private static final String NS = EmbeddedModel.NAMESPACE;

    private static String svg(String modelJson) throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("svg");
        xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
        EmbeddedModel.writeSvgMetadata(xml, modelJson);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static NodeList parts(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS(NS, "part");
    }

    @Test
    void aSmallModelIsOneTextAsBefore() throws Exception {
        String json = "{\"title\": \"a <b> & \\\"c\\\"\"}";
        String svg = svg(json);
        assertEquals(0, parts(svg).getLength());
        assertTrue(svg.contains("<iam:model xmlns:iam=\"" + NS + "\">{"), svg);
        assertEquals(json, EmbeddedModel.fromSvg(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow());
    }

    @Test
    void aLargeModelIsSeveralPartsNoneLongerThanTheLimitThatMakeItsTextAgain() throws Exception {
        StringBuilder json = new StringBuilder("{\"entities\": [");
        for (int i = 0; json.length() < 2 * EmbeddedModel.SVG_PART_CHARS + 12_345; i++) {
            json.append("{\"name\": \"user-").append(i).append(" <&> ").append("zoë").append("\"},\n");
        }
        json.append("{}]}");
        String svg = svg(json.toString());
        NodeList parts = parts(svg);
        assertEquals(3, parts.getLength(), "2 × the limit and a little more");
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.getLength(); i++) {
            String text = parts.item(i).getTextContent();
            assertTrue(text.length() <= EmbeddedModel.SVG_PART_CHARS, "part " + i + " is " + text.length());
            joined.append(text);
            assertEquals("model", ((Element) parts.item(i).getParentNode()).getLocalName());
        }
        assertEquals(json.toString(), joined.toString(), "as any XML reader joins them");
        assertEquals(json.toString(), EmbeddedModel.fromSvg(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutBetweenTwoParts() throws Exception {
        // the limit falls between the two halves of U+1F512 (a padlock): the first part ends before it
        String json = "x".repeat(EmbeddedModel.SVG_PART_CHARS - 1) + "\uD83D\uDD12" + "y".repeat(10);
        String svg = svg(json);
        NodeList parts = parts(svg);
        assertEquals(2, parts.getLength());
        assertEquals(EmbeddedModel.SVG_PART_CHARS - 1, parts.item(0).getTextContent().length());
        assertEquals("\uD83D\uDD12" + "y".repeat(10), parts.item(1).getTextContent());
        assertEquals(json, EmbeddedModel.fromSvg(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow());
    }

    @Test
    void somethingElseInsideTheModelIsRefusedRatherThanGuessedAt() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata><iam:model xmlns:iam=\"" + NS + "\">{<iam:x/>}"
                + "</iam:model></metadata></svg>";
        IOException refused = assertThrows(IOException.class,
                () -> EmbeddedModel.fromSvg(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("<x>"), refused.getMessage());
    }
}
