package dev.iammodeller.app.document;

import dev.iammodeller.app.work.BackgroundWork;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.io.authz.OrganizationImport;
import dev.iammodeller.io.authz.AuthorizationImportException;
import dev.iammodeller.io.authz.ImportResult;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * File › Import Authorization Details (and Import Organization Folder): reads exports of
 * {@code aws iam get-account-authorization-details}, or an organization folder ({@link OrganizationImport})
 * off the FX thread, reporting how far each file has come, and opens the imported model as a new model
 * with unsaved changes (it exists nowhere else until saved; Undo empties the canvas). A refused file is shown with its line, column and JSON path; the model in the
 * editor stays as it was.
 */
final class ExportImport {
    /** The import's result, or what kept it from importing. */
    private record Outcome(ImportResult result, String problem) {
    }

    private final EditorState state;
    private final BackgroundWork work;
    private final Activity activity;
    private final DocumentDialogs dialogs;
    private final BooleanSupplier confirmDiscard;

    ExportImport(EditorState state, BackgroundWork work, Activity activity, DocumentDialogs dialogs,
                 BooleanSupplier confirmDiscard) {
        this.state = state;
        this.work = work;
        this.activity = activity;
        this.dialogs = dialogs;
        this.confirmDiscard = confirmDiscard;
    }

    void run(List<Path> files) {
        String names = String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList());
        activity.begin("Importing " + names + "…");
        long revision = state.revisionProperty().get();
        work.run(() -> read(files), outcome -> {
            if (outcome.result() == null) {
                activity.end("Not imported: " + outcome.problem());
                dialogs.showProblems("Import Authorization Details", names + " cannot be imported.",
                        List.of(outcome.problem()));
                return;
            }
            activity.end("");
            // Edits made while the import ran would be replaced: ask again.
            if (state.revisionProperty().get() != revision && !confirmDiscard.getAsBoolean()) {
                activity.say("The import was not opened.");
                return;
            }
            ImportResult result = outcome.result();
            state.open(IamModel.EMPTY, null);
            state.submit(ReplaceModel.imported(result.model()));
            activity.say(summary(result));
        }, failure -> {
            activity.end("Not imported: " + failure.getMessage());
            dialogs.showProblems("Import Authorization Details", names + " cannot be imported.",
                    List.of(String.valueOf(failure.getMessage())));
        });
    }

    private Outcome read(List<Path> files) {
        String folderProblem = OrganizationImport.folderProblem(files);
        if (folderProblem != null) {
            return new Outcome(null, folderProblem);
        }
        try {
            ImportResult result = OrganizationImport.importPaths(files, (file, percent) ->
                    activity.report("Reading " + Path.of(file).getFileName() + ": " + percent + "%", percent / 100.0));
            return new Outcome(result, null);
        } catch (AuthorizationImportException refused) {
            return new Outcome(null, ProblemText.line(refused));
        } catch (IOException e) {
            return new Outcome(null, "It cannot be read: " + e.getMessage());
        }
    }

    /** {@code Imported 12 users, ... from 2 accounts. Warning: ... 2 notes: the first one}. */
    static String summary(ImportResult result) {
        String text = Character.toUpperCase(result.summary().charAt(0)) + result.summary().substring(1) + ".";
        for (String warning : result.warnings()) {
            text += " Warning: " + warning + ".";
        }
        List<String> notes = result.notes();
        if (notes.isEmpty()) {
            return text;
        }
        return text + " " + notes.size() + (notes.size() == 1 ? " note: " : " notes, the first: ") + notes.get(0);
    }
}
