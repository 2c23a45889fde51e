package dev.iammodeller.io.export;

/**
 * How to export: the dark or the light theme's colours, the entity whose neighbourhood alone is drawn (null for
 * all; in the pictures, the entity whose highlights are shown), whether the policy files hold every version of a
 * managed policy or its default one, whether a CloudFormation template is YAML rather than JSON, the pictures'
 * scale (pixels per canvas unit in a PNG, the size of an SVG, the most a PDF enlarges), and whether the pictures
 * draw the selected principal's escalation path step by step.
 */
public record ExportOptions(boolean dark, String selected, boolean allVersions, boolean yaml, double scale,
                            boolean escalation) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, null, false, false, 1, false);

    public ExportOptions {
        if (!(scale > 0 && scale <= 16)) {
            throw new IllegalArgumentException("the scale must be above 0 and at most 16, not " + scale);
        }
    }

    /** The options of the text formats, at scale 1 without an escalation path. */
    public ExportOptions(boolean dark, String selected, boolean allVersions, boolean yaml) {
        this(dark, selected, allVersions, yaml, 1, false);
    }

    public ExportOptions withSelected(String id) {
        return new ExportOptions(dark, id, allVersions, yaml, scale, escalation);
    }

    public ExportOptions withYaml(boolean asYaml) {
        return new ExportOptions(dark, selected, allVersions, asYaml, scale, escalation);
    }

    public ExportOptions withDark(boolean isDark) {
        return new ExportOptions(isDark, selected, allVersions, yaml, scale, escalation);
    }

    public ExportOptions withAllVersions(boolean all) {
        return new ExportOptions(dark, selected, all, yaml, scale, escalation);
    }

    public ExportOptions withScale(double pictureScale) {
        return new ExportOptions(dark, selected, allVersions, yaml, pictureScale, escalation);
    }

    public ExportOptions withEscalation(boolean drawn) {
        return new ExportOptions(dark, selected, allVersions, yaml, scale, drawn);
    }
}
