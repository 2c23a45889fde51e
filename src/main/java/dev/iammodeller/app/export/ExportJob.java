package dev.iammodeller.app.export;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.app.document.Preferences;
import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.io.export.ExportFormat;
import dev.iammodeller.io.export.ExportOptions;
import dev.iammodeller.io.export.ExportWriter;
import dev.iammodeller.io.export.Exported;
import dev.iammodeller.io.export.Exporter;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One export of the window at a time, made and written off the FX thread by the domain's {@link Exporter} and
 * {@link ExportWriter} (nothing half-written), with a message for the status bar when it ends and the problem
 * shown when it fails. The folder written to is kept in the preferences for the next export. A folder of files
 * never replaces a folder that holds anything but an earlier export. A PDF and a picture with highlights are
 * drawn from the window's own analysis of the model (its escalations, once worked out for the badges, are not
 * worked out again), so that a PDF lists the escalation findings whatever the model's size.
 */
public final class ExportJob {
    private final BackgroundWork work;
    private final Preferences preferences;
    private final Consumer<String> problems;
    private final Function<IamModel, ModelAnalysis> analysisOf;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** {@code problems} shows why an export failed (a dialog; a list in tests); no analysis of the window's is used. */
    public ExportJob(BackgroundWork work, Preferences preferences, Consumer<String> problems) {
        this(work, preferences, problems, model -> null);
    }

    /**
     * As {@link #ExportJob(BackgroundWork, Preferences, Consumer)}; {@code analysisOf} gives the window's analysis
     * of a model value (called off the FX thread, for the formats that use one), or null.
     */
    public ExportJob(BackgroundWork work, Preferences preferences, Consumer<String> problems,
                     Function<IamModel, ModelAnalysis> analysisOf) {
        this.work = work;
        this.preferences = preferences;
        this.problems = problems;
        this.analysisOf = analysisOf;
    }

    /** Exports the model (a snapshot: later edits do not change it) to {@code out}; ignored while one runs. */
    public void start(IamModel model, ExportFormat format, ExportOptions options, Path out) {
        if (busy.get()) {
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        busy.set(true);
        message.set("Exporting " + format.word() + " to " + target.getFileName() + "…");
        work.run(() -> write(model, format, options, target), notes -> {
            busy.set(false);
            message.set("Exported " + format.word() + " to " + target + (notes.isEmpty() ? "" : ". " + notes.get(0)));
            if (target.getParent() != null) {
                preferences.setLastExportFolder(target.getParent());
                preferences.save();
            }
        }, failure -> {
            busy.set(false);
            String why = failure instanceof UncheckedIOException io ? io.getCause().getMessage() : failure.getMessage();
            message.set("Not exported: " + why);
            problems.accept(target + " was not written: " + why);
        });
    }

    private List<String> write(IamModel model, ExportFormat format, ExportOptions options, Path out) {
        boolean analysed = format == ExportFormat.PDF
                || (options.selected() != null && (format == ExportFormat.PNG || format == ExportFormat.SVG));
        Exported exported = Exporter.export(model, format, options, analysed ? analysisOf.apply(model) : null);
        try {
            if (exported instanceof Exported.Folder && !isZip(out) && holdsOtherFiles(out)) {
                throw new IOException(out.getFileName() + " is a folder that holds other files: name a new folder"
                        + " or a .zip");
            }
            ExportWriter.write(exported, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exported.notes();
    }

    private static boolean isZip(Path out) {
        return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** True for a folder with files in it that an earlier export did not make (no index.json, not only .mmd files). */
    static boolean holdsOtherFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder) || Files.isRegularFile(folder.resolve("index.json"))) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return !files.allMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".mmd"));
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last export did, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
