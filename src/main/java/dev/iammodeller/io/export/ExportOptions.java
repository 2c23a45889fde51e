package dev.iammodeller.io.export;

/**
 * How to export: the dark or the light theme's colours, the entity whose neighbourhood alone is drawn
 * (null for all), whether the policy files hold every version of a managed policy or its default one, and
 * whether a CloudFormation template is YAML rather than JSON.
 */
public record ExportOptions(boolean dark, String selected, boolean allVersions, boolean yaml) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, null, false, false);

    public ExportOptions withSelected(String id) {
        return new ExportOptions(dark, id, allVersions, yaml);
    }

    public ExportOptions withYaml(boolean asYaml) {
        return new ExportOptions(dark, selected, allVersions, asYaml);
    }

    public ExportOptions withDark(boolean isDark) {
        return new ExportOptions(isDark, selected, allVersions, yaml);
    }

    public ExportOptions withAllVersions(boolean all) {
        return new ExportOptions(dark, selected, all, yaml);
    }
}
