package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.EdgeStyles;
import dev.iammodeller.diagram.picture.DiagramPicture;
import dev.iammodeller.diagram.picture.EdgeLook;
import dev.iammodeller.diagram.picture.Highlighting;
import dev.iammodeller.diagram.picture.Mark;
import dev.iammodeller.diagram.picture.Palette;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.diagram.picture.PictureGroup;
import dev.iammodeller.io.authz.SyntheticAuthorizationDetails;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.ModelEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An imported account's hundreds of policy attachments (a generated one: 60 users, 12 groups, 40 roles) stay out of the way of a selection: drawn thin and
 * under the other edges, and the edges between what the selection lights up drawn last, on top, full width.
 */
class AttachmentsUnderTest {
    @Test
    void attachmentsAreThinAndUnderAndTheSelectionsEdgesOnTop() throws Exception {
        IamModel model = SyntheticAuthorizationDetails.imported(
                new SyntheticAuthorizationDetails.Shape("123456789012", 60, 12, 40, 30, 7));
        String user = model.entities().values().stream().filter(e -> e.kind() == EntityKind.USER).map(Entity::id)
                .sorted().findFirst().orElseThrow();
        ModelAnalysis analysis = new ModelAnalysis(Catalog.load(), model);
        Highlighting highlighting = PictureHighlights.of(analysis, Escalations.of(analysis.check()), user, false,
                new ArrayList<>());
        Set<ModelEdge> edges = DiagramView.edges(model);
        long attachments = edges.stream().filter(e -> e.kind() == ModelEdge.Kind.ATTACHED_TO).count();
        assertTrue(attachments > 100, attachments + " attachments");
        long lit = edges.stream().filter(e -> lit(highlighting, e.from()) && lit(highlighting, e.to())).count();
        assertTrue(lit >= 2, "the user's group and its policy are lit: " + lit);

        Picture picture = DiagramPicture.of(model, Drawing.of(model), edges, highlighting, Palette.LIGHT,
                PictureFonts.WIDTHS);
        List<PictureGroup> drawn = picture.groups().stream().filter(g -> g.role().equals("edge")).toList();
        assertEquals(edges.size(), drawn.size(), "every edge is drawn once");
        String attached = EdgeStyles.of(ModelEdge.Kind.ATTACHED_TO).label();
        List<PictureGroup> top = drawn.subList(drawn.size() - (int) lit, drawn.size());
        for (PictureGroup edge : top) {
            assertEquals(EdgeLook.LINE_WIDTH, line(edge).width(), "the selection's edges are full width");
            assertEquals(1.0, line(edge).stroke().alpha(), 1e-9, "and not faded");
        }
        long thinAttachments = drawn.subList(0, drawn.size() - (int) lit).stream()
                .filter(g -> g.title().equals(attached)).peek(g -> assertEquals(EdgeLook.THIN_WIDTH, line(g).width()))
                .count();
        long litAttachments = edges.stream().filter(e -> e.kind() == ModelEdge.Kind.ATTACHED_TO
                && lit(highlighting, e.from()) && lit(highlighting, e.to())).count();
        assertEquals(attachments - litAttachments, thinAttachments, "every other attachment is under them, thin");
        int firstPlainAfterAttachments = -1;
        for (int i = 0; i < drawn.size() - lit; i++) {
            if (line(drawn.get(i)).stroke().alpha() == 1.0 && !drawn.get(i).title().equals(attached)) {
                firstPlainAfterAttachments = i;
                break;
            }
        }
        int lastUnlitAttachment = -1;
        for (int i = 0; i < drawn.size() - lit; i++) {
            if (drawn.get(i).title().equals(attached)) {
                lastUnlitAttachment = i;
            }
        }
        assertTrue(firstPlainAfterAttachments < 0 || lastUnlitAttachment < firstPlainAfterAttachments,
                "the attachments are drawn before (under) the plain edges");
    }

    private static boolean lit(Highlighting highlighting, String id) {
        return !highlighting.dimmed().contains(id)
                && (id.equals(highlighting.selectedId()) || highlighting.emphasis().containsKey(id));
    }

    private static Mark.Shape line(PictureGroup edge) {
        return (Mark.Shape) edge.marks().get(0);
    }
}
