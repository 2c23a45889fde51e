package dev.iammodeller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.fixes.Fix;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What-if fixes in the real window on example 07: onboard-dev's path to administrator previewed closing, then closed. */
@ExtendWith(ApplicationExtension.class)
class FixesWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = CanvasWindowFixture.show(stage);
    }

    @Test
    void aDenyPreviewsThePathClosingAndAppliesAsOneUndoableEdit(FxRobot robot) throws Exception {
        CanvasWindowFixture fixture = CanvasWindowFixture.of(window, robot);
        fixture.open(CanvasWindowFixture.example("07-provisioning-escalation.iam.json"));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#badge-onboard-dev").tryQuery().isPresent());
        robot.interact(() -> window.panels().showFixes("onboard-dev"));
        @SuppressWarnings("unchecked")
        ListView<Fix> fixes = fx(() -> (ListView<Fix>) window.panels().fixes().stage().getScene().lookup("#fixes-list"));
        int deny = fx(() -> fixes.getItems().stream().map(Fix::kind).toList().indexOf(Fix.Kind.DENY_STATEMENT));
        assertTrue(deny >= 0);
        robot.interact(() -> fixes.getSelectionModel().select(deny));
        TextArea preview = fx(() -> (TextArea) window.panels().fixes().stage().getScene().lookup("#fixes-preview"));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(preview::getText).startsWith("✓"));
        String said = fx(preview::getText);
        assertTrue(said.contains("onboard-dev no longer gains administrator"), said);
        assertTrue(fx(() -> CanvasWindowFixture.view(robot, "onboard-dev").orElseThrow().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("fix-closes"))), "the canvas shows the path closing");
        assertEquals("onboard-dev", fx(() -> window.panels().liveCanvas().shownEscalationProperty().get().principalId()),
                "and draws the path step by step");
        String title = fx(() -> fixes.getSelectionModel().getSelectedItem().title());
        robot.interact(() -> ((javafx.scene.control.Button) window.panels().fixes().stage().getScene()
                .lookup("#fixes-apply")).fire());
        assertEquals(title, fx(() -> window.editor().undoLabelProperty().get()), "one undoable edit named for the fix");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#badge-onboard-dev").tryQuery().isEmpty());
        robot.interact(() -> window.editor().undo());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#badge-onboard-dev").tryQuery().isPresent());
        assertFalse(fx(() -> window.editor().canUndoProperty().get() && window.editor().undoLabelProperty().get()
                .equals(title)), "undo took the fix back");
    }

    @Test
    void anOutsideTrustWithoutExternalIdGetsOneAndTheFindingCloses(FxRobot robot) throws Exception {
        CanvasWindowFixture fixture = CanvasWindowFixture.of(window, robot);
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::999999999999:root\"},\"Action\":\"sts:AssumeRole\"}]}";
        fixture.open(dev.iammodeller.model.IamModel.EMPTY
                .with(new dev.iammodeller.model.Account("acct", "111111111111", "main", null, false))
                .with(new dev.iammodeller.model.Role("vendor", "111111111111", "vendor-access", "/",
                        new dev.iammodeller.model.PolicyText(trust), 1, "", java.util.Map.of())));
        var finding = fx(() -> dev.iammodeller.analysis.findings.Findings.externalTrust(window.editor().model()).get(0));
        robot.interact(() -> window.panels().fixes().showFinding(finding));
        TextArea preview = fx(() -> (TextArea) window.panels().fixes().stage().getScene().lookup("#fixes-preview"));
        String said = fx(preview::getText);
        assertTrue(said.startsWith("✓ The finding closes: EXTERNAL_TRUST of vendor-access"), said);
        robot.interact(() -> ((javafx.scene.control.Button) window.panels().fixes().stage().getScene()
                .lookup("#fixes-apply")).fire());
        assertTrue(fx(() -> ((dev.iammodeller.model.Role) window.editor().model().entities().get("vendor")).trustPolicy()
                .json().contains("sts:ExternalId")));
        assertTrue(fx(() -> window.editor().undoLabelProperty().get()).startsWith("Require an sts:ExternalId"));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
