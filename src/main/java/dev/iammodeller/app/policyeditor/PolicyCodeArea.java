package dev.iammodeller.app.policyeditor;

import dev.iammodeller.policy.lint.LintSeverity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The code area of the policy editor: JSON coloured by {@link JsonTokens}, a gutter with line numbers
 * and a mark on each line with a problem (its messages as the mark's tooltip), the problem's token
 * underlined, and the message shown when the pointer rests on it.
 */
final class PolicyCodeArea {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final Tooltip hover = new Tooltip();
    private PolicyDiagnosis shown;

    PolicyCodeArea() {
        area.setId("policy-code");
        area.getStyleClass().add("policy-code");
        scroll.getStyleClass().add("policy-code-scroll");
        area.setParagraphGraphicFactory(this::gutter);
        hover.getStyleClass().add("policy-problem-tooltip");
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            int line = area.offsetToPosition(event.getCharacterIndex(), TwoDimensional.Bias.Forward).getMajor() + 1;
            String messages = messagesOn(line);
            if (!messages.isEmpty()) {
                hover.setText(messages);
                hover.show(area, event.getScreenPosition().getX(), event.getScreenPosition().getY() + 16);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
    }

    Node node() {
        return scroll;
    }

    CodeArea area() {
        return area;
    }

    /** Colours the text and marks its problems, if the diagnosis is of the text the area holds now. */
    void show(PolicyDiagnosis diagnosis) {
        String text = area.getText();
        if (diagnosis == null || !diagnosis.text().equals(text)) {
            return;
        }
        shown = diagnosis;
        if (!text.isEmpty()) {
            area.setStyleSpans(0, styles(text, diagnosis.problems()));
        }
        area.setParagraphGraphicFactory(this::gutter);
    }

    /** Puts the caret at the start of 1-based {@code line}, selects the line and scrolls to it. */
    void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.selectRange(paragraph, 0, paragraph, area.getParagraphLength(paragraph));
        area.showParagraphAtCenter(paragraph);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Puts the caret on 1-based {@code line} and {@code column} and shows it. */
    void goTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, Math.max(0, Math.min(column - 1, area.getParagraphLength(paragraph))));
        area.showParagraphAtCenter(paragraph);
        area.requestFollowCaret();
        area.requestFocus();
    }

    static StyleSpans<Collection<String>> styles(String text, List<Problem> problems) {
        StyleSpansBuilder<Collection<String>> colours = new StyleSpansBuilder<>();
        int at = 0;
        for (JsonTokens.Token token : JsonTokens.of(text)) {
            colours.add(Collections.emptyList(), token.start() - at);
            colours.add(Collections.singleton(token.style()), token.end() - token.start());
            at = token.end();
        }
        colours.add(Collections.emptyList(), text.length() - at);
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        at = 0;
        for (int[] range : problemRanges(text, problems)) {
            marks.add(Collections.emptyList(), range[0] - at);
            marks.add(List.of("problem", range[2] == 0 ? "problem-error" : "problem-warning"), range[1] - range[0]);
            at = range[1];
        }
        marks.add(Collections.emptyList(), text.length() - at);
        return colours.create().overlay(marks.create(), (colour, mark) -> {
            if (mark.isEmpty()) {
                return colour;
            }
            List<String> both = new ArrayList<>(colour);
            both.addAll(mark);
            return both;
        });
    }

    /** Non-overlapping [start, end, 0 for an error or 1 for advice] ranges, in text order. */
    private static List<int[]> problemRanges(String text, List<Problem> problems) {
        List<int[]> ranges = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.line() > 0 && !text.isEmpty()) {
                int start = ProblemRanges.offset(text, problem.line(), problem.column());
                ranges.add(new int[] {start, ProblemRanges.tokenEnd(text, start), problem.isError() ? 0 : 1});
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
        List<int[]> kept = new ArrayList<>();
        int end = 0;
        for (int[] range : ranges) {
            if (range[0] >= end) {
                kept.add(range);
                end = range[1];
            }
        }
        return kept;
    }

    private Node gutter(int paragraph) {
        int line = paragraph + 1;
        Label mark = new Label();
        mark.getStyleClass().add("problem-mark");
        Label number = new Label(String.valueOf(line));
        number.getStyleClass().add("line-number");
        HBox box = new HBox(mark, number);
        box.getStyleClass().add("gutter");
        box.setAlignment(Pos.CENTER_RIGHT);
        List<Problem> here = shown == null ? List.of() : shown.on(line);
        if (!here.isEmpty()) {
            boolean error = here.stream().anyMatch(p -> p.severity() == LintSeverity.ERROR);
            mark.setId("problem-mark-" + line);
            mark.pseudoClassStateChanged(error ? ERROR : WARNING, true);
            mark.setTooltip(new Tooltip(messagesOn(line)));
        }
        return box;
    }

    private String messagesOn(int line) {
        if (shown == null) {
            return "";
        }
        return shown.on(line).stream()
                .map(p -> p.severity().label().toUpperCase(Locale.ROOT).replace('-', ' ') + ": " + p.message())
                .collect(Collectors.joining("\n"));
    }
}
