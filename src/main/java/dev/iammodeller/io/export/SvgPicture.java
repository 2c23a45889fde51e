package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.Colour;
import dev.iammodeller.diagram.picture.Mark;
import dev.iammodeller.diagram.picture.Outline;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.diagram.picture.PictureGroup;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A picture as SVG, written with the JDK's StAX writer: text as {@code <text>}, each thing drawn a {@code <g>}
 * (class: node, frame, edge, legend, ...) and each node's and frame's {@code <title>} its ARN, so a viewer shows it
 * on hover; the model file inside {@code <metadata>} ({@link EmbeddedModel}).
 */
final class SvgPicture {
    static final String SVG = "http://www.w3.org/2000/svg";

    private SvgPicture() {
    }

    static byte[] write(Picture picture, double scale, String modelJson) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(modelJson == null ? 1 << 16 : modelJson.length() + (1 << 20));
        // through the JDK's encoder, a block at a time: given the stream itself, the StAX writer writes it a byte a call
        // (the embedded model file of a large account is 15 million characters: a fifth of the export's CPU)
        java.io.Writer text = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            Rect b = picture.bounds();
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("width", number(b.width() * scale));
            xml.writeAttribute("height", number(b.height() * scale));
            xml.writeAttribute("viewBox", number(b.x()) + " " + number(b.y()) + " " + number(b.width()) + " "
                    + number(b.height()));
            xml.writeAttribute("font-family", PictureFonts.SVG_FAMILY);
            xml.writeCharacters("\n");
            if (modelJson != null) {
                EmbeddedModel.writeSvgMetadata(xml, modelJson);
            }
            xml.writeEmptyElement("rect");
            xml.writeAttribute("x", number(b.x()));
            xml.writeAttribute("y", number(b.y()));
            xml.writeAttribute("width", number(b.width()));
            xml.writeAttribute("height", number(b.height()));
            paint(xml, "fill", picture.background());
            xml.writeCharacters("\n");
            for (PictureGroup group : picture.groups()) {
                group(xml, group);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            text.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new IllegalStateException("cannot write the SVG", e);
        }
        return bytes.toByteArray();
    }

    private static void group(XMLStreamWriter xml, PictureGroup group) throws XMLStreamException {
        xml.writeStartElement("g");
        xml.writeAttribute("class", group.role());
        if (group.entityId() != null) {
            xml.writeAttribute("data-id", XmlText.clean(group.entityId()));
        }
        if (group.title() != null && (group.entityId() != null || group.role().equals("edge")
                || group.role().equals("comment"))) {
            xml.writeStartElement("title");
            xml.writeCharacters(XmlText.clean(group.title()));
            xml.writeEndElement();
        }
        for (Mark mark : group.marks()) {
            if (mark instanceof Mark.Shape shape) {
                shape(xml, shape);
            } else if (mark instanceof Mark.Text words) {
                text(xml, words);
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void shape(XMLStreamWriter xml, Mark.Shape shape) throws XMLStreamException {
        xml.writeEmptyElement("path");
        xml.writeAttribute("d", shape.outline().svg());
        if (shape.fill() == null) {
            xml.writeAttribute("fill", "none");
        } else {
            paint(xml, "fill", shape.fill());
        }
        if (shape.stroke() != null && shape.width() > 0) {
            paint(xml, "stroke", shape.stroke());
            xml.writeAttribute("stroke-width", number(shape.width()));
            if (!shape.dashes().isEmpty()) {
                xml.writeAttribute("stroke-dasharray", shape.dashes().stream().map(SvgPicture::number)
                        .collect(Collectors.joining(" ")));
            }
            if (shape.round()) {
                xml.writeAttribute("stroke-linecap", "round");
                xml.writeAttribute("stroke-linejoin", "round");
            }
        }
    }

    private static void text(XMLStreamWriter xml, Mark.Text words) throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("x", number(words.x()));
        xml.writeAttribute("y", number(words.y()));
        xml.writeAttribute("font-size", number(words.size()));
        if (words.bold()) {
            xml.writeAttribute("font-weight", "bold");
        }
        paint(xml, "fill", words.colour());
        xml.writeAttribute("xml:space", "preserve");
        xml.writeCharacters(XmlText.clean(words.text()));
        xml.writeEndElement();
    }

    private static void paint(XMLStreamWriter xml, String attribute, Colour colour) throws XMLStreamException {
        xml.writeAttribute(attribute, colour.hex());
        if (!colour.opaque()) {
            xml.writeAttribute(attribute + "-opacity", number(colour.alpha()));
        }
    }

    static String number(double v) {
        return Outline.number(v);
    }
}
