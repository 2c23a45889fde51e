package dev.iammodeller.app.document;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Files dragged onto the window: a model file opens, authorization details are imported. */
final class FileDrop {
    private final DocumentActions actions;
    private final Activity activity;

    FileDrop(DocumentActions actions, Activity activity) {
        this.actions = actions;
        this.activity = activity;
    }

    void install(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (!activity.busyProperty().get() && meaning(event.getDragboard()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<DroppedFiles> dropped = meaning(event.getDragboard());
            if (dropped.isEmpty() || activity.busyProperty().get()) {
                return;
            }
            event.setDropCompleted(true);
            event.consume();
            // The drop must end before a question about unsaved changes opens its dialog.
            Platform.runLater(() -> take(dropped.get()));
        });
    }

    void take(DroppedFiles dropped) {
        if (dropped.open() != null) {
            actions.open(dropped.open());
        } else {
            actions.importExports(dropped.exports());
        }
    }

    private static Optional<DroppedFiles> meaning(Dragboard board) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        List<File> files = board.getFiles();
        return DroppedFiles.of(files.stream().map(File::toPath).toList());
    }
}
