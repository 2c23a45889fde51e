package dev.iammodeller.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.io.authz.ImportProgress;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.Layout.Bounds;
import dev.iammodeller.model.Layout.Point;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example model and every sample export lays out with nothing overlapping and every frame holding its members. */
class ExampleAndImportLayoutTest {
    static Path resource(String name) {
        try {
            return Path.of(ExampleAndImportLayoutTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> examples() throws Exception {
        try (Stream<Path> files = Files.list(resource("/examples/index.json").getParent())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(ModelFile.EXTENSION)).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleLaysOutFromScratch(String file) throws Exception {
        IamModel model = ModelFile.read(resource("/examples/" + file));
        Layout layout = AutoLayout.rearrange(model);
        LayoutInvariants.check(model, layout);
        assertEquals(layout, AutoLayout.rearrange(ModelFile.read(resource("/examples/" + file))));
    }

    /** One frame geometry: the canvas draws every frame of a laid-out model exactly where its layout keeps it. */
    @ParameterizedTest
    @MethodSource("examples")
    void drawnFramesAreTheLayoutsFrames(String file) throws Exception {
        IamModel stored = ModelFile.read(resource("/examples/" + file));
        IamModel arranged = stored.withLayout(AutoLayout.rearrange(stored));
        for (IamModel model : List.of(stored, arranged)) {
            Drawing drawing = Drawing.of(model);
            model.layout().frames().forEach((id, b) -> assertEquals(Rect.of(b), drawing.frames().get(id), file + " " + id));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void arrangingAnExampleKeepsItsHandMadePositions(String file) throws Exception {
        IamModel model = ModelFile.read(resource("/examples/" + file));
        Layout layout = AutoLayout.arrange(model, model.layout());
        model.layout().nodes().forEach((id, p) -> {
            if (!AutoLayout.isFrame(model.entities().get(id).kind())) {
                assertEquals(p, layout.nodes().get(id), id);
            }
        });
        model.layout().frames().forEach((id, b) -> assertTrue(LayoutInvariants.contains(layout.frames().get(id), b), id));
        LayoutInvariants.everythingPlacedOnce(model, layout);
        LayoutInvariants.noNodesOverlap(layout);
    }

    @Test
    void aNewScpGoesInsideTheUnitItAppliesToWhereTheOldOneWasDrawnBeside() throws Exception {
        IamModel model = ModelFile.read(resource("/examples/02-organization-admin-access.iam.json"));
        IamModel next = model.with(new OrganizationPolicy("scp-new", OrganizationPolicy.Type.SCP, "deny-regions",
                model.entity("prod-read-only").map(e -> ((OrganizationPolicy) e).document()).orElseThrow()))
                .withRelation(new Relation(RelationKind.APPLIES_TO, "scp-new", "ou-prod"));
        Layout layout = AutoLayout.arrange(next, model.layout());
        model.layout().nodes().forEach((id, p) -> assertTrue(id.equals("r-ab12") || p.equals(layout.nodes().get(id)), id));
        Point p = layout.nodes().get("scp-new");
        assertTrue(LayoutInvariants.contains(layout.frames().get("ou-prod"),
                new Bounds(p.x(), p.y(), AutoLayout.NODE_WIDTH, AutoLayout.NODE_HEIGHT)));
        LayoutInvariants.noNodesOverlap(layout);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cloudmapper-demo.json", "test_files_example-authz-details.json",
        "test_files_example_authz_details_for_overrides_complete.json", "test_files_example_authz_v2.json",
        "handwritten/features.json", "handwritten/paged-1.json handwritten/paged-2.json",
        "cloudmapper-demo.json test_files_example-authz-details.json"})
    void everySampleExportImportsLaidOut(String names) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : names.split(" ")) {
            files.add(resource("/authz-details/" + name));
        }
        IamModel model = AuthorizationImport.importFiles(files, ImportProgress.NONE).model();
        LayoutInvariants.check(model, model.layout());
        assertEquals(AutoLayout.rearrange(model), model.layout());
    }

    /**
     * An imported account's AWS managed policies lie in a grid beside the account: those attached to something come
     * first (nearest the account), in the order of where their holders are, so that their attachments run short; the
     * unattached ones after them.
     */
    @Test
    void theAttachedAwsManagedPoliciesOfAnImportComeFirstInTheOrderOfTheirHolders() throws Exception {
        IamModel model = AuthorizationImport.importFiles(List.of(resource("/authz-details/test_files_example-authz-details.json")),
                ImportProgress.NONE).model();
        LayoutRelations relations = new LayoutContainers(model).relations();
        List<String> attached = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (dev.iammodeller.model.ManagedPolicy policy : model.all(dev.iammodeller.model.ManagedPolicy.class)) {
            if (policy.awsManaged()) {
                (relations.principalsOf(policy.id()).isEmpty() ? alone : attached).add(policy.id());
            }
        }
        assertTrue(attached.size() >= 3 && alone.size() >= 10, attached + " / " + alone);
        java.util.Comparator<String> reading = java.util.Comparator.comparingDouble((String id) -> model.layout().nodes().get(id).y())
                .thenComparingDouble(id -> model.layout().nodes().get(id).x());
        String lastAttached = attached.stream().max(reading).orElseThrow();
        String firstAlone = alone.stream().min(reading).orElseThrow();
        assertTrue(reading.compare(lastAttached, firstAlone) < 0, lastAttached + " comes before " + firstAlone);
        List<String> inOrder = attached.stream().sorted(reading).toList();
        List<Double> holdersX = inOrder.stream().map(id -> relations.principalsOf(id).stream()
                .mapToDouble(holder -> model.layout().nodes().get(holder).x()).average().orElseThrow()).toList();
        for (int at = 1; at < holdersX.size(); at++) {
            assertTrue(holdersX.get(at - 1) <= holdersX.get(at), "left to right by their holders: " + inOrder + " " + holdersX);
        }
    }
}
