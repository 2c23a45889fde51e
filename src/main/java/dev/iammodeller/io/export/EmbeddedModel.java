package dev.iammodeller.io.export;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.ModelFileException;
import dev.iammodeller.model.IamModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The model carried inside an exported picture, as draw.io does with its images, so that opening the picture
 * opens the model: in a PNG an {@code iTXt} chunk with the keyword {@value #KEYWORD} holding the model file's
 * text (uncompressed UTF-8, exactly as saving writes it); in an SVG a {@code <metadata>} element holding
 * {@code <iam:model xmlns:iam="https://iammodeller.dev/model">} whose text is that JSON (a large model's in
 * {@code <iam:part>} elements inside it: {@link #writeSvgMetadata}).
 */
public final class EmbeddedModel {
    public static final String KEYWORD = "dev.iammodeller.model";
    public static final String NAMESPACE = "https://iammodeller.dev/model";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private EmbeddedModel() {
    }

    /** True when the file is a PNG or an SVG (by its first bytes, or an SVG by its name): its model is inside. */
    public static boolean isPicture(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        }
    }

    /**
     * The model of a model file, or of the model inside an exported PNG or SVG; a picture without one is refused
     * with a message that says so.
     */
    public static IamModel open(Path file) throws IOException, ModelFileException {
        if (!Files.isRegularFile(file) || !isPicture(file)) {
            return ModelFile.read(file);
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> text = startsWith(bytes, PNG_SIGNATURE) ? fromPng(bytes) : fromSvg(bytes);
        if (text.isEmpty()) {
            throw new IOException("it is a picture without a model inside (only PNG and SVG exports of IAM Modeller"
                    + " carry one)");
        }
        return ModelFile.read(text.get(), file.toString());
    }

    /** The PNG with the model's text in an {@code iTXt} chunk just before its end. */
    static byte[] intoPng(byte[] png, String modelJson) {
        int end = chunkStart(png, "IEND");
        if (!startsWith(png, PNG_SIGNATURE) || end < 0) {
            throw new IllegalArgumentException("not a PNG image");
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0); // not compressed
        data.write(0); // compression method
        data.write(0); // no language tag
        data.write(0); // no translated keyword
        data.writeBytes(modelJson.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = chunk("iTXt", data.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.length);
        out.write(png, 0, end);
        out.writeBytes(chunk);
        out.write(png, end, png.length - end);
        return out.toByteArray();
    }

    /** The model's text in a PNG's {@code iTXt} chunk of our keyword, if there is one. */
    public static Optional<String> fromPng(byte[] png) {
        if (!startsWith(png, PNG_SIGNATURE)) {
            return Optional.empty();
        }
        byte[] keyword = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int at = PNG_SIGNATURE.length;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            int data = at + 8;
            if (length < 0 || data + length > png.length) {
                return Optional.empty();
            }
            if (type.equals("iTXt") && length > keyword.length + 4
                    && Arrays.equals(png, data, data + keyword.length, keyword, 0, keyword.length)) {
                int p = data + keyword.length;
                if (png[p] != 0) {
                    return Optional.empty(); // compressed: not written by IAM Modeller
                }
                p += 2;
                p = skipZeroTerminated(png, p, data + length);
                p = skipZeroTerminated(png, p, data + length);
                return p < 0 ? Optional.empty()
                        : Optional.of(new String(png, p, data + length - p, StandardCharsets.UTF_8));
            }
            if (type.equals("IEND")) {
                break;
            }
            at = data + length + 4;
        }
        return Optional.empty();
    }

    /**
     * The most characters of the model written as one text in an SVG: libxml2, which many tools read SVG with (xmllint,
     * lxml, PHP), refuses a text node of more than ten million bytes unless told otherwise, and then the whole file.
     */
    static final int SVG_PART_CHARS = 1_000_000;

    /**
     * Writes {@code <metadata><iam:model xmlns:iam="...">JSON</iam:model></metadata>}; a model of more than
     * {@link #SVG_PART_CHARS} characters as the texts of {@code <iam:part>} elements inside {@code <iam:model>}, each at
     * most that long, which read one after the other make the JSON.
     */
    static void writeSvgMetadata(XMLStreamWriter xml, String modelJson) throws XMLStreamException {
        xml.writeStartElement("metadata");
        xml.writeStartElement("iam", "model", NAMESPACE);
        xml.writeNamespace("iam", NAMESPACE);
        if (modelJson.length() <= SVG_PART_CHARS) {
            xml.writeCharacters(modelJson);
        } else {
            for (int from = 0; from < modelJson.length(); ) {
                int to = Math.min(modelJson.length(), from + SVG_PART_CHARS);
                if (to < modelJson.length() && Character.isHighSurrogate(modelJson.charAt(to - 1))) {
                    to--; // a character outside the BMP stays whole
                }
                xml.writeStartElement("iam", "part", NAMESPACE);
                xml.writeCharacters(modelJson.substring(from, to));
                xml.writeEndElement();
                from = to;
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * The model's text in an SVG's metadata, if there is one (the text of {@code <iam:model>}, or of its
     * {@code <iam:part>} elements one after the other); the SVG is read with no DTD and no outside entities.
     */
    public static Optional<String> fromSvg(byte[] svg) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && NAMESPACE.equals(xml.getNamespaceURI())
                            && xml.getLocalName().equals("model")) {
                        return Optional.of(modelText(xml));
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("it is not a readable SVG: " + e.getMessage(), e);
        }
    }

    /** The text inside {@code <iam:model>}, the reader just past its start: its own and its parts', in order. */
    private static String modelText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!NAMESPACE.equals(xml.getNamespaceURI()) || !xml.getLocalName().equals("part")) {
                    throw new XMLStreamException("the model's metadata holds an element <" + xml.getLocalName()
                            + ">, not only text and <iam:part>", xml.getLocation());
                }
                text.append(xml.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            }
        }
    }

    private static int skipZeroTerminated(byte[] bytes, int from, int end) {
        for (int i = from; i >= 0 && i < end; i++) {
            if (bytes[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(12 + data.length);
        out.putInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.put(name);
        out.put(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.putInt((int) crc.getValue());
        return out.array();
    }

    private static int chunkStart(byte[] png, String wanted) {
        int at = PNG_SIGNATURE.length;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            if (new String(png, at + 4, 4, StandardCharsets.ISO_8859_1).equals(wanted)) {
                return at;
            }
            if (length < 0) {
                return -1;
            }
            at += 12 + length;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
