package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.diagram.Drawing;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.DiagramPicture;
import dev.iammodeller.diagram.picture.FrameFace;
import dev.iammodeller.diagram.picture.Highlighting;
import dev.iammodeller.diagram.picture.NodeFace;
import dev.iammodeller.diagram.picture.Palette;
import dev.iammodeller.diagram.picture.Picture;
import dev.iammodeller.diagram.picture.PictureGroup;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over every example, with every node selected (its paths' labels) and every principal's escalation path drawn
 * (its step labels and gain): no label covers a frame's title band, an escalation badge, a node or another label.
 */
class LabelsKeepClearTest {
    @Test
    void noLabelCoversAFrameTitleABadgeANodeOrAnotherLabel() {
        List<String> problems = new ArrayList<>();
        int labelsSeen = 0;
        for (Map.Entry<String, IamModel> example : ExportFixtures.examples().entrySet()) {
            IamModel model = example.getValue();
            Drawing drawing = Drawing.of(model);
            ModelAnalysis analysis = new ModelAnalysis(Catalog.load(), model);
            Escalations escalations = Escalations.of(analysis.check());
            for (Entity entity : model.entities().values()) {
                if (KindLooks.isFrame(entity.kind())) {
                    continue;
                }
                for (boolean escalation : new boolean[] {false, true}) {
                    if (escalation && escalations.paths(entity.id()).isEmpty()) {
                        continue;
                    }
                    Highlighting highlighting = PictureHighlights.of(analysis, escalations, entity.id(), escalation,
                            new ArrayList<>());
                    Picture picture = DiagramPicture.of(model, drawing, DiagramView.edges(model), highlighting,
                            Palette.LIGHT, PictureFonts.WIDTHS);
                    List<Rect> labels = labels(picture);
                    labelsSeen += labels.size();
                    String where = example.getKey() + " with " + entity.name() + (escalation ? " (escalation)" : "");
                    check(where, labels, drawing, highlighting, problems);
                }
            }
        }
        assertTrue(labelsSeen > 50, "the examples draw labels: " + labelsSeen);
        assertTrue(problems.isEmpty(), problems.size() + " labels cover something:\n" + String.join("\n", problems));
    }

    private static void check(String where, List<Rect> labels, Drawing drawing, Highlighting highlighting,
                              List<String> problems) {
        for (int i = 0; i < labels.size(); i++) {
            Rect label = labels.get(i);
            for (int j = i + 1; j < labels.size(); j++) {
                if (label.intersects(labels.get(j))) {
                    problems.add(where + ": label " + label + " covers label " + labels.get(j));
                }
            }
            drawing.frames().forEach((id, frame) -> {
                if (label.intersects(FrameFace.titleBand(frame, 1))) {
                    problems.add(where + ": label " + label + " covers the title of " + id);
                }
            });
            drawing.nodes().forEach((id, node) -> {
                if (label.intersects(node)) {
                    problems.add(where + ": label " + label + " covers node " + id);
                }
                if (highlighting.escalating().contains(id) && label.intersects(NodeFace.badge(node, 1))) {
                    problems.add(where + ": label " + label + " covers the badge of " + id);
                }
            });
        }
    }

    /** The boxes of the arrows' labels and of the escalation's gain. */
    private static List<Rect> labels(Picture picture) {
        return picture.groups().stream()
                .filter(g -> g.role().endsWith("-label") || g.role().equals("escalation-gain"))
                .map(PictureGroup::box).toList();
    }
}
