package dev.iammodeller.io.export;

import dev.iammodeller.analysis.findings.Finding;
import dev.iammodeller.analysis.findings.Findings;
import dev.iammodeller.analysis.findings.FindingsReview;
import dev.iammodeller.diagram.KindLooks;
import dev.iammodeller.model.Comment;
import dev.iammodeller.model.CommentPin;
import dev.iammodeller.model.CommentReply;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The text pages after a PDF's diagram: the model's findings as {@code analyze --findings} lists them (open ones
 * by severity with their subject, message, path and rule; accepted ones apart with their reasons), the comments by
 * number with their replies, then every
 * node by name, kind and ARN, so that each name can be found whole even where the diagram shortens it.
 */
final class PdfAppendix {
    private static final double SIZE = 10;
    private static final double LEADING = 13.5;
    private final List<Line> lines = new ArrayList<>();

    private record Line(String text, double size, boolean bold, double indent) {
    }

    /** The appendix of the findings (and a sentence on what was left out, or null) and of every node. */
    static PdfAppendix of(IamModel model, FindingsReview review, String leftOut) {
        PdfAppendix appendix = new PdfAppendix();
        appendix.heading("Findings");
        if (leftOut != null) {
            appendix.add(leftOut, false, 0);
        }
        int open = review.open().size();
        appendix.add(open + (open == 1 ? " finding" : " findings") + (review.accepted().isEmpty() ? ""
                : "; " + review.accepted().size() + " accepted"), false, 0);
        for (Finding finding : review.open()) {
            appendix.finding(finding);
        }
        if (!review.accepted().isEmpty()) {
            appendix.add("", false, 0);
            appendix.add("Accepted (" + review.accepted().size() + ")", true, 0);
            for (FindingsReview.Accepted accepted : review.accepted()) {
                appendix.finding(accepted.finding());
                appendix.add("accepted: " + accepted.acceptance().reason(), false, 24);
            }
        }
        if (!model.comments().isEmpty()) {
            appendix.comments(model);
        }
        appendix.heading("Every node by name");
        List<Entity> entities = new ArrayList<>(model.entities().values());
        entities.sort(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Entity::id));
        for (Entity entity : entities) {
            appendix.add(entity.name() + "  ·  " + KindLooks.of(entity.kind()).word()
                    + (entity.arn() == null ? "" : "  ·  " + entity.arn()), false, 0);
        }
        return appendix;
    }

    /** Each comment by its marker's number: open or resolved, what it is pinned to, who and when, its text and replies. */
    private void comments(IamModel model) {
        heading("Comments");
        long open = model.comments().stream().filter(c -> !c.resolved()).count();
        add(model.comments().size() + (model.comments().size() == 1 ? " comment" : " comments") + "; " + open
                + " open", false, 0);
        for (Comment comment : model.comments()) {
            add("", false, 0);
            add(comment.number() + ".  " + (comment.resolved() ? "resolved" : "open") + "  ·  on "
                    + pinned(model, comment.pin()) + byline(comment.author(), comment.at()), true, 0);
            add(comment.text(), false, 12);
            for (CommentReply reply : comment.replies()) {
                add("reply" + byline(reply.author(), reply.at()) + ": " + reply.text(), false, 24);
            }
        }
    }

    private static String pinned(IamModel model, CommentPin pin) {
        if (pin.nodeId() != null) {
            return name(model, pin.nodeId());
        }
        if (pin.edge() != null) {
            return "the edge " + name(model, pin.edge().from()) + " → " + name(model, pin.edge().to());
        }
        return "the canvas at " + Math.round(pin.spot().x()) + ", " + Math.round(pin.spot().y());
    }

    private static String name(IamModel model, String id) {
        return model.entity(id).map(Entity::name).orElse(id);
    }

    private static String byline(String author, String at) {
        return (author == null ? "" : "  ·  " + author) + (at == null ? "" : "  ·  " + at);
    }

    private void finding(Finding finding) {
        add("", false, 0);
        add(finding.severity().name() + "  " + finding.code() + "  " + finding.subjectName()
                + (finding.subjectArn() == null ? "" : "  " + finding.subjectArn()), true, 0);
        add(finding.message(), false, 12);
        if (finding.code().equals(Findings.ESCALATION)) {
            int n = 1;
            for (String step : finding.path()) {
                add(n++ + ". " + step, false, 24);
            }
        } else if (finding.path().size() > 1) {
            add("path: " + String.join(" → ", finding.path()), false, 12);
        }
        add("why: " + finding.rule(), false, 12);
    }

    private void heading(String text) {
        lines.add(new Line(text, 16, true, -1));
    }

    private void add(String text, boolean bold, double indent) {
        lines.add(new Line(text, SIZE, bold, indent));
    }

    /** Writes the lines on as many pages as they need; each heading starts a page. */
    void write(PDDocument document, PdfFonts fonts) throws IOException {
        double width = PdfPicture.PAGE.getWidth() - 2 * PdfPicture.MARGIN;
        double bottom = PdfPicture.PAGE.getHeight() - PdfPicture.MARGIN;
        PdfText.PageOfLines out = null;
        double y = 0;
        try {
            for (Line line : lines) {
                boolean heading = line.indent() < 0;
                List<String> wrapped = PdfText.wrap(fonts, line.text(), line.size(), line.bold(),
                        width - Math.max(0, line.indent()));
                for (String part : wrapped) {
                    if (out == null || heading || y + LEADING > bottom) {
                        if (out != null) {
                            out.close();
                            out = null;
                        }
                        PDPage page = new PDPage(PdfPicture.PAGE);
                        document.addPage(page);
                        out = new PdfText.PageOfLines(new PDPageContentStream(document, page), fonts, page);
                        y = PdfPicture.MARGIN;
                    }
                    y += heading ? 20 : LEADING;
                    out.line(part, PdfPicture.MARGIN + Math.max(0, line.indent()), y, line.size(), line.bold());
                    if (heading) {
                        y += 8;
                        heading = false;
                    }
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }
}
