package dev.iammodeller.app.policyeditor;

/**
 * The one line the policy editor's message bar shows, and its tone: what matters most first (the
 * policy left the model, Apply was refused, it is read-only, the model moved on under typed text), then
 * the parser's error or lint's first finding, else that the text parses.
 */
public record EditorMessage(Tone tone, String text) {
    /** How the bar colours the message. */
    public enum Tone { OK, INFO, WARNING, ERROR }

    /** What the editor is in; {@code refusal} and {@code readOnlyReason} may be empty or null. */
    record Situation(String title, boolean gone, String refusal, String readOnlyReason, boolean modelMovedOn,
                     PolicyDiagnosis diagnosis) {
    }

    static EditorMessage of(Situation s) {
        PolicyDiagnosis diagnosis = s.diagnosis();
        if (s.gone()) {
            return new EditorMessage(Tone.ERROR, "The " + s.title() + " is no longer in the model.");
        } else if (s.refusal() != null && !s.refusal().isEmpty()) {
            return new EditorMessage(Tone.ERROR, s.refusal());
        } else if (s.readOnlyReason() != null) {
            return new EditorMessage(Tone.INFO, s.readOnlyReason() + ".");
        } else if (s.modelMovedOn()) {
            return new EditorMessage(Tone.WARNING,
                    "The model's policy changed since you began typing: Revert loads it, Apply replaces it.");
        } else if (diagnosis == null) {
            return new EditorMessage(Tone.INFO, "Checking…");
        } else if (!diagnosis.parses()) {
            return new EditorMessage(Tone.ERROR, diagnosis.problems().get(0).describe() + more(diagnosis));
        } else if (!diagnosis.problems().isEmpty()) {
            return new EditorMessage(Tone.WARNING, "Parses. " + diagnosis.problems().get(0).describe() + more(diagnosis));
        }
        return new EditorMessage(Tone.OK, diagnosis.linted() ? "Parses, and lint has nothing to say." : "Parses.");
    }

    private static String more(PolicyDiagnosis diagnosis) {
        int others = diagnosis.problems().size() - 1;
        return others == 0 ? "" : "  (" + others + " more)";
    }
}
