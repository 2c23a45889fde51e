package dev.iammodeller.io.export;

import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.EdgeStyle;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Point;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IdentityProvider;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import dev.iammodeller.model.Resource;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A draw.io (diagrams.net) file: an uncompressed {@code mxfile} with one page, each entity an {@code object}
 * (its name as label, its kind, ARN and model id as properties) around an {@code mxCell} drawn with draw.io's
 * AWS 2021 shapes ({@code mxgraph.aws4.*}). Accounts, organizational units and the root are
 * {@code mxgraph.aws4.group} containers; what a frame holds has the frame as parent, with its position
 * relative to the frame's corner, so that moving the frame in draw.io moves its content. A node keeps the
 * canvas's top-left corner: its icon is a square of the node's height there, its name to the right. An edge
 * whose ends share a frame belongs to the innermost such frame; others to the default layer (cell 1); one bent around
 * the boxes in its way on the canvas ({@link dev.iammodeller.diagram.EdgeRoutes}) carries its bends as points. Labels
 * are plain text (no {@code html=1}), so a name with {@code <} or {@code &} shows as written.
 */
public final class DrawioExport {
    static final String LAYER = "1";

    private DrawioExport() {
    }

    public static String export(IamModel model, ExportOptions options) {
        DiagramView view = DiagramView.of(model, options);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("mxfile");
            xml.writeAttribute("host", "iam-modeller");
            xml.writeAttribute("type", "device");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("diagram");
            xml.writeAttribute("id", "iam-modeller");
            xml.writeAttribute("name", XmlText.clean(model.title()));
            xml.writeCharacters("\n    ");
            Rect extent = view.drawing.extent();
            xml.writeStartElement("mxGraphModel");
            xml.writeAttribute("grid", "1");
            xml.writeAttribute("gridSize", "10");
            xml.writeAttribute("page", "0");
            xml.writeAttribute("pageWidth", number(Math.max(850, extent.maxX())));
            xml.writeAttribute("pageHeight", number(Math.max(1100, extent.maxY())));
            if (options.dark()) {
                xml.writeAttribute("background", "#1f2937");
            }
            xml.writeCharacters("\n      ");
            xml.writeStartElement("root");
            cell(xml, "0", null);
            cell(xml, LAYER, "0");
            for (Entity frame : view.frames) {
                vertex(xml, view, frame, frameStyle(frame, options), view.shape(frame.id()));
            }
            for (Entity node : view.nodes) {
                Rect box = view.shape(node.id());
                Rect icon = new Rect(box.x(), box.y(), Drawing.NODE_HEIGHT, Drawing.NODE_HEIGHT);
                vertex(xml, view, node, nodeStyle(node, options), icon);
            }
            List<List<Point>> courses = view.drawing.courses(view.edges); // on every core: a large model has thousands
            for (int n = 0; n < view.edges.size(); n++) {
                edge(xml, view, view.edges.get(n), courses.get(n), "edge-" + (n + 1), options);
            }
            xml.writeCharacters("\n      ");
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the draw.io XML", e);
        }
        return text + "\n";
    }

    /** The cell id of an entity. */
    static String cellId(String entityId) {
        return "iam-" + entityId;
    }

    private static void cell(XMLStreamWriter xml, String id, String parent) throws XMLStreamException {
        xml.writeCharacters("\n        ");
        xml.writeEmptyElement("mxCell");
        xml.writeAttribute("id", id);
        if (parent != null) {
            xml.writeAttribute("parent", parent);
        }
    }

    private static void vertex(XMLStreamWriter xml, DiagramView view, Entity entity, String style, Rect absolute)
            throws XMLStreamException {
        String parent = view.parentOf(entity.id());
        Rect origin = parent == null ? null : view.shape(parent);
        double x = origin == null ? absolute.x() : absolute.x() - origin.x();
        double y = origin == null ? absolute.y() : absolute.y() - origin.y();
        xml.writeCharacters("\n        ");
        xml.writeStartElement("object");
        xml.writeAttribute("id", XmlText.clean(cellId(entity.id())));
        xml.writeAttribute("label", XmlText.clean(entity.name()));
        xml.writeAttribute("iamKind", entity.kind().json());
        xml.writeAttribute("modelId", XmlText.clean(entity.id()));
        if (entity.arn() != null) {
            xml.writeAttribute("arn", XmlText.clean(entity.arn()));
        }
        if (entity.account() != null) {
            xml.writeAttribute("account", XmlText.clean(entity.account()));
        }
        xml.writeStartElement("mxCell");
        xml.writeAttribute("style", style);
        xml.writeAttribute("vertex", "1");
        xml.writeAttribute("parent", parent == null ? LAYER : XmlText.clean(cellId(parent)));
        xml.writeEmptyElement("mxGeometry");
        xml.writeAttribute("x", number(x));
        xml.writeAttribute("y", number(y));
        xml.writeAttribute("width", number(absolute.width()));
        xml.writeAttribute("height", number(absolute.height()));
        xml.writeAttribute("as", "geometry");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, DiagramView view, ModelEdge edge, List<Point> course, String id,
                             ExportOptions options)
            throws XMLStreamException {
        EdgeStyle look = EdgeStyles.of(edge.kind());
        String frame = view.commonFrame(edge);
        StringBuilder style = new StringBuilder("edgeStyle=none;rounded=0;html=0;");
        style.append("strokeColor=").append(options.dark() ? look.darkColour() : look.lightColour()).append(';');
        style.append("fontColor=").append(options.dark() ? look.darkColour() : look.lightColour()).append(';');
        if (!look.dashes().isEmpty()) {
            style.append("dashed=1;dashPattern=");
            look.dashes().forEach(d -> style.append(number(d)).append(' '));
            style.setLength(style.length() - 1);
            style.append(';');
        }
        style.append(switch (look.head()) {
            case FILLED -> "endArrow=block;endFill=1;";
            case OPEN -> "endArrow=open;endFill=0;";
            case DIAMOND -> "endArrow=diamond;endFill=1;";
            case BAR -> "endArrow=dash;endFill=0;";
        });
        xml.writeCharacters("\n        ");
        xml.writeStartElement("mxCell");
        xml.writeAttribute("id", id);
        xml.writeAttribute("value", look.label());
        xml.writeAttribute("style", style.toString());
        xml.writeAttribute("edge", "1");
        xml.writeAttribute("parent", frame == null ? LAYER : XmlText.clean(cellId(frame)));
        xml.writeAttribute("source", XmlText.clean(cellId(edge.from())));
        xml.writeAttribute("target", XmlText.clean(cellId(edge.to())));
        if (course == null || course.size() <= 2) {
            xml.writeEmptyElement("mxGeometry");
            xml.writeAttribute("relative", "1");
            xml.writeAttribute("as", "geometry");
        } else { // bent around the boxes in its way as on the canvas: its bends, relative to its parent's corner
            Rect origin = frame == null ? null : view.shape(frame);
            xml.writeStartElement("mxGeometry");
            xml.writeAttribute("relative", "1");
            xml.writeAttribute("as", "geometry");
            xml.writeStartElement("Array");
            xml.writeAttribute("as", "points");
            for (Point bend : course.subList(1, course.size() - 1)) {
                xml.writeEmptyElement("mxPoint");
                xml.writeAttribute("x", number(origin == null ? bend.x() : bend.x() - origin.x()));
                xml.writeAttribute("y", number(origin == null ? bend.y() : bend.y() - origin.y()));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The AWS 2021 shape of an entity: {@code mxgraph.aws4.user}. */
    static String shape(Entity entity) {
        return "mxgraph.aws4." + switch (entity.kind()) {
            case USER -> "user";
            case GROUP -> "users";
            case ROLE -> "role";
            case MANAGED_POLICY, INLINE_POLICY, ORGANIZATION_POLICY -> "permissions";
            case IDENTITY_PROVIDER -> ((IdentityProvider) entity).type() == IdentityProvider.Type.SAML
                    ? "saml_token" : "identity_and_access_management";
            case SERVICE -> "generic";
            case RESOURCE -> resourceShape(((Resource) entity).type());
            case COMPUTE -> switch (((Compute) entity).type()) {
                case LAMBDA_FUNCTION -> "lambda_function";
                case EC2_INSTANCE, EC2_INSTANCE_PROFILE, EC2_LAUNCH_TEMPLATE -> "instance2";
                case ECS_TASK -> "ecs_task";
                default -> "generic";
            };
            case ACCOUNT -> ((Account) entity).management() ? "organizations_management_account"
                    : "organizations_account";
            case ORGANIZATIONAL_UNIT -> "organizations_organizational_unit";
            case ORGANIZATION_ROOT -> "organizations";
            case PERMISSION_SET -> "permissions";
            case IDENTITY_CENTER_USER -> "user";
            case IDENTITY_CENTER_GROUP -> "users";
        };
    }

    private static String resourceShape(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.startsWith("s3:")) {
            return "bucket";
        }
        if (t.startsWith("kms:")) {
            return "data_encryption_key";
        }
        if (t.startsWith("sqs:")) {
            return "sqs";
        }
        if (t.startsWith("secretsmanager:")) {
            return "secrets_manager";
        }
        return "generic";
    }

    private static String nodeStyle(Entity entity, ExportOptions options) {
        var family = KindLooks.of(entity.kind()).family();
        String colour = options.dark() ? family.darkColour() : family.lightColour();
        return "sketch=0;outlineConnect=0;gradientColor=none;strokeColor=none;dashed=0;html=0;"
                + "fillColor=" + colour + ";fontColor=" + (options.dark() ? "#f3f4f6" : "#232F3E") + ";"
                + "labelPosition=right;verticalLabelPosition=middle;align=left;verticalAlign=middle;spacingLeft=6;"
                + "fontSize=12;aspect=fixed;pointerEvents=1;shape=" + shape(entity) + ";";
    }

    private static String frameStyle(Entity frame, ExportOptions options) {
        var family = KindLooks.of(frame.kind()).family();
        String colour = switch (frame.kind()) {
            case ACCOUNT -> "#CD2264";
            default -> options.dark() ? family.darkColour() : family.lightColour();
        };
        String icon = switch (frame.kind()) {
            case ACCOUNT -> "group_account";
            case ORGANIZATIONAL_UNIT -> "organizations_organizational_unit";
            default -> "organizations";
        };
        return "points=[];outlineConnect=0;gradientColor=none;html=0;whiteSpace=wrap;fontSize=12;fontStyle=0;"
                + "container=1;pointerEvents=0;collapsible=0;recursiveResize=0;shape=mxgraph.aws4.group;"
                + "grIcon=mxgraph.aws4." + icon + ";strokeColor=" + colour + ";fillColor=none;verticalAlign=top;"
                + "align=left;spacingLeft=30;fontColor=" + colour + ";dashed=" + (frame.kind().name().equals("ACCOUNT")
                ? "0" : "1") + ";";
    }

    /** A coordinate without a needless {@code .0}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(Math.round(value * 100) / 100.0);
    }
}
