package dev.iammodeller.app.export;

import dev.iammodeller.app.document.WindowTitle;
import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.io.export.ExportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;

/**
 * What File › Export… asks, and what follows from it: the format (those this version cannot write are offered
 * disabled, so they appear once their exporter is there), the scale of a picture, the dark or light theme, the
 * highlights of the selected node and whether only the selected node and its neighbours are drawn; which of
 * these apply to the format chosen, the file name to suggest, and the options of the export.
 */
public final class ExportSettings {
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 8;

    private final ObservableSet<String> selection;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", firstAvailable());
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 2);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty highlights = new SimpleBooleanProperty(this, "highlights", true);
    private final BooleanProperty onlySelection = new SimpleBooleanProperty(this, "onlySelection");
    private final BooleanBinding picture = Bindings.createBooleanBinding(() -> format.get().picture(), format);
    private final BooleanBinding diagram = Bindings.createBooleanBinding(
            () -> picture.get() || format.get().diagram(), format, picture);
    private final BooleanBinding highlightsApply;
    private final BooleanBinding onlySelectionApplies;

    /** Settings for the editor's selection (the highlights and "only the selection" need one selected node). */
    public ExportSettings(ObservableSet<String> selection) {
        this.selection = selection;
        BooleanBinding oneSelected = Bindings.createBooleanBinding(() -> selection.size() == 1, selection);
        this.highlightsApply = picture.and(oneSelected);
        this.onlySelectionApplies = diagram.and(oneSelected);
    }

    /** Every format, in the order of the command line's list. */
    public static List<ExportFormat> formats() {
        return Arrays.asList(ExportFormat.values());
    }

    /** "draw.io diagram (.drawio)": what the dialog calls a format. */
    public static String label(ExportFormat format) {
        String what = switch (format) {
            case PNG -> "PNG image";
            case SVG -> "SVG image";
            case PDF -> "PDF document";
            case DRAWIO -> "draw.io diagram";
            case MERMAID -> "Mermaid flowchart";
            case DOT -> "Graphviz DOT graph";
            case GRAPHML -> "GraphML (yEd, Gephi, Neo4j)";
            case POLICIES -> "Policy JSON files";
            case CLOUDFORMATION -> "CloudFormation template";
            case TERRAFORM -> "Terraform configuration";
        };
        String suffix = format == ExportFormat.POLICIES ? " (.zip, or a folder)"
                : format == ExportFormat.CLOUDFORMATION ? " (.json or .yaml)" : " (" + extension(format) + ")";
        return what + suffix + (format.available() ? "" : ": not in this version yet");
    }

    /** The file name ending a format is written with: {@code .drawio}, {@code .tf}, {@code .zip} for policy files. */
    public static String extension(ExportFormat format) {
        return switch (format) {
            case MERMAID -> ".mmd";
            case POLICIES -> ".zip";
            case CLOUDFORMATION -> ".json";
            case TERRAFORM -> ".tf";
            default -> "." + format.word();
        };
    }

    /**
     * The path to write for a name the user typed: with the format's ending when the name has none at all
     * ({@code model} becomes {@code model.drawio}); policy files stay a folder unless the name ends in {@code .zip}.
     */
    public static Path withExtension(Path chosen, ExportFormat format) {
        String name = chosen.getFileName().toString();
        return format == ExportFormat.POLICIES || name.contains(".") ? chosen
                : chosen.resolveSibling(name + extension(format));
    }

    /** {@code scenario-1-group-vs-role.drawio}; {@code -policies.zip} for the policy files. */
    public String suggestedName(String modelTitle, Path modelFile) {
        return WindowTitle.fileBase(modelFile, modelTitle) + (format.get() == ExportFormat.POLICIES ? "-policies" : "") + extension(format.get());
    }

    /**
     * Where the file chooser starts: the folder exported to last, else the model file's folder (a model opened from the
     * command line has no folder opened last), else the folder a model was opened from last; each only if it still is
     * a folder. Empty: the chooser's own start.
     */
    public static Optional<Path> startFolder(Optional<Path> lastExport, Path modelFile, Optional<Path> lastOpened) {
        Optional<Path> besideModel = Optional.ofNullable(modelFile).map(Path::toAbsolutePath).map(Path::getParent);
        return Stream.of(lastExport, besideModel, lastOpened).flatMap(Optional::stream).filter(Files::isDirectory)
                .findFirst();
    }

    /**
     * The options of an export to {@code out}: the theme, the scale of a picture, the selected node for "only
     * the selection" (a diagram) or its highlights (a picture), YAML for a CloudFormation file named {@code .yaml} or {@code .yml}.
     */
    public ExportOptions options(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        ExportOptions options = ExportOptions.DEFAULT.withDark(dark.get() && diagram.get())
                .withYaml(format.get() == ExportFormat.CLOUDFORMATION && (name.endsWith(".yaml") || name.endsWith(".yml")));
        boolean narrow = onlySelection.get() && onlySelectionApplies().get();
        boolean highlighted = highlights.get() && highlightsApply().get();
        if (picture.get()) {
            options = options.withScale(scale.get());
        }
        return narrow || highlighted ? options.withSelected(selection.iterator().next()) : options;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The size of a picture against the canvas at 100 %, from {@link #MIN_SCALE} to {@link #MAX_SCALE}. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty highlightsProperty() {
        return highlights;
    }

    public BooleanProperty onlySelectionProperty() {
        return onlySelection;
    }

    /** The scale applies to the pictures. */
    public BooleanBinding scaleApplies() {
        return picture;
    }

    /** The theme applies to what is drawn: the pictures and the diagram files. */
    public BooleanBinding themeApplies() {
        return diagram;
    }

    /** A picture shows the highlights of one selected node. */
    public BooleanBinding highlightsApply() {
        return highlightsApply;
    }

    /** A diagram or picture can be narrowed to one selected node and its neighbours. */
    public BooleanBinding onlySelectionApplies() {
        return onlySelectionApplies;
    }

    private static ExportFormat firstAvailable() {
        return formats().stream().filter(ExportFormat::available).findFirst().orElse(ExportFormat.DRAWIO);
    }
}
