package dev.iammodeller.app.canvas;

import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.diagram.PaletteItem;
import dev.iammodeller.diagram.ResourceTypes;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.EntityKind;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The palette: one entry per kind, grouped by family, each dragged onto the canvas to create one; resources
 * and compute with a type to choose, AWS services and AWS managed policies from searchable lists of the
 * catalogue.
 */
public final class PaletteView {
    private final VBox box = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(box);
    private final CatalogList services;
    private final CatalogList managedPolicies;

    public PaletteView(CanvasEditor canvas) {
        box.getStyleClass().add("palette-box");
        scroll.setId("palette");
        scroll.getStyleClass().add("palette");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(230);
        scroll.setMinWidth(180);
        ChoiceBox<String> resourceType = new ChoiceBox<>();
        resourceType.setId("palette-resource-type");
        resourceType.getItems().setAll(ResourceTypes.all());
        resourceType.setValue("s3:bucket");
        ChoiceBox<Compute.Type> computeType = new ChoiceBox<>();
        computeType.setId("palette-compute-type");
        computeType.getItems().setAll(Compute.Type.values());
        computeType.setValue(Compute.Type.LAMBDA_FUNCTION);
        computeType.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Compute.Type type) {
                return type == null ? "" : dev.iammodeller.diagram.Subtitles.of(
                        new Compute("x", "000000000000", type, "x", "x", null));
            }

            @Override
            public Compute.Type fromString(String text) {
                return null;
            }
        });
        services = new CatalogList("palette-services", "Find a service (s3, lambda…)", canvas);
        managedPolicies = new CatalogList("palette-aws-policies", "Find an AWS managed policy", canvas);
        box.getChildren().addAll(
                heading("Organization"),
                entry(EntityKind.ORGANIZATION_ROOT, canvas),
                entry(EntityKind.ORGANIZATIONAL_UNIT, canvas),
                entry(EntityKind.ACCOUNT, canvas),
                entry(EntityKind.ORGANIZATION_POLICY, "SCP", canvas),
                heading("Identities"),
                entry(EntityKind.USER, canvas),
                entry(EntityKind.GROUP, canvas),
                entry(EntityKind.ROLE, canvas),
                entry(EntityKind.IDENTITY_PROVIDER, canvas),
                heading("IAM Identity Center"),
                entry(EntityKind.IDENTITY_CENTER_USER, "User", canvas),
                entry(EntityKind.IDENTITY_CENTER_GROUP, "Group", canvas),
                entry(EntityKind.PERMISSION_SET, "Permission set", canvas),
                heading("Policies"),
                entry(EntityKind.MANAGED_POLICY, "Managed policy", canvas),
                entry(EntityKind.INLINE_POLICY, canvas),
                subheading("AWS managed policies"),
                managedPolicies,
                heading("Resources"),
                new PaletteEntry(KindLooks.of(EntityKind.RESOURCE), "Resource",
                        () -> PaletteItem.resource(resourceType.getValue()), canvas),
                resourceType,
                new PaletteEntry(KindLooks.of(EntityKind.COMPUTE), "Compute",
                        () -> PaletteItem.compute(computeType.getValue()), canvas),
                computeType,
                subheading("AWS services"),
                services);
    }

    public Node node() {
        return scroll;
    }

    /** The catalogue's services, once it is loaded. */
    public void setServices(List<PaletteItem> items) {
        services.setItems(items);
    }

    /** The AWS managed policies, once they are read. */
    public void setManagedPolicies(List<PaletteItem> items) {
        managedPolicies.setItems(items);
    }

    private static PaletteEntry entry(EntityKind kind, CanvasEditor canvas) {
        return new PaletteEntry(PaletteItem.of(kind), canvas);
    }

    private static PaletteEntry entry(EntityKind kind, String text, CanvasEditor canvas) {
        return new PaletteEntry(KindLooks.of(kind), text, () -> PaletteItem.of(kind), canvas);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("palette-heading");
        return label;
    }

    private static Label subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("palette-subheading");
        return label;
    }
}
