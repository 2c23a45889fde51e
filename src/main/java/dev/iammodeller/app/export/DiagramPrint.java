package dev.iammodeller.app.export;

import dev.iammodeller.app.canvas.CanvasEditor;
import dev.iammodeller.app.editor.EditorState;
import dev.iammodeller.diagram.Rect;
import java.util.List;
import java.util.function.Consumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * File › Page Setup… and File › Print…: the system's page setup and print dialogs, then the whole diagram (with
 * the selection and highlights as shown) laid on pages by {@link PageTiles}, each page a picture of its tile
 * taken at twice the paper's scale (144 dots an inch) so that text prints sharp. The page setup chosen is kept
 * for the next print while the window is open; without one, the page is turned to landscape when that needs
 * fewer pages or prints larger.
 */
public final class DiagramPrint {
    /** Dots of the picture per point of paper. */
    static final double DENSITY = 2;
    private final Window owner;
    private final EditorState editor;
    private final CanvasEditor canvas;
    private final Consumer<String> messages;
    private PageLayout layout;

    public DiagramPrint(Window owner, EditorState editor, CanvasEditor canvas, Consumer<String> messages) {
        this.owner = owner;
        this.editor = editor;
        this.canvas = canvas;
        this.messages = messages;
    }

    public void pageSetup() {
        PrinterJob job = job();
        if (job != null) {
            if (job.showPageSetupDialog(owner)) {
                layout = job.getJobSettings().getPageLayout();
            }
            job.cancelJob();
        }
    }

    public void print() {
        if (editor.model().entities().isEmpty()) {
            messages.accept("There is nothing to print: the canvas is empty");
            return;
        }
        PrinterJob job = job();
        if (job == null) {
            return;
        }
        Rect whole = PictureRegion.of(canvas.drawing(), List.of());
        if (layout != null) {
            job.getJobSettings().setPageLayout(layout);
        } else {
            PageLayout standard = job.getJobSettings().getPageLayout();
            if (PageTiles.turnsBetter(whole, standard.getPrintableWidth(), standard.getPrintableHeight())) {
                job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(standard.getPaper(),
                        PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT));
            }
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        PageTiles tiles = PageTiles.of(whole, page.getPrintableWidth(), page.getPrintableHeight());
        for (Rect tile : tiles.tiles()) {
            ImageView picture = new ImageView(canvas.picture(tile,
                    PictureRegion.scaleWithin(tile, tiles.scale() * DENSITY)));
            picture.setFitWidth(tile.width() * tiles.scale());
            picture.setFitHeight(tile.height() * tiles.scale());
            if (!job.printPage(page, picture)) {
                messages.accept("Printing stopped: " + job.getJobStatus());
                return;
            }
        }
        if (job.endJob()) {
            messages.accept("Printed " + tiles.tiles().size() + (tiles.tiles().size() == 1 ? " page" : " pages")
                    + " at " + Math.round(tiles.scale() * 100) + " %");
        } else {
            messages.accept("Printing failed: " + job.getJobStatus());
        }
    }

    private PrinterJob job() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            messages.accept("No printer is set up on this computer");
        }
        return job;
    }
}
