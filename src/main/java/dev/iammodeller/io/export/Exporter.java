package dev.iammodeller.io.export;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.model.IamModel;

/**
 * Every format of {@code export}: one projection per format, each made from the model (and, for the diagrams
 * and pictures, the canvas's {@link dev.iammodeller.diagram.Drawing}), nothing written until the whole is made
 * (docs/decisions/0010-export-projections.md).
 */
public final class Exporter {
    private Exporter() {
    }

    /** The export of a model in a format. */
    public static Exported export(IamModel model, ExportFormat format, ExportOptions options) {
        return export(model, format, options, null);
    }

    /**
     * As {@link #export(IamModel, ExportFormat, ExportOptions)}, with an analysis of this model whose escalations
     * are worked out already (the window's, once its badges are drawn), or null: a picture's highlights come from
     * it, and a PDF then lists the escalation findings whatever the model's size.
     */
    public static Exported export(IamModel model, ExportFormat format, ExportOptions options, ModelAnalysis analysed) {
        return switch (format) {
            case DRAWIO -> Exported.Single.text(DrawioExport.export(model, options));
            case MERMAID -> MermaidExport.export(model, options);
            case DOT -> Exported.Single.text(DotExport.export(model, options));
            case GRAPHML -> Exported.Single.text(GraphmlExport.export(model, options));
            case POLICIES -> PolicyFilesExport.export(model, options);
            case CLOUDFORMATION -> CloudFormationExport.export(model, options);
            case TERRAFORM -> TerraformExport.export(model, options);
            case PNG, SVG, PDF -> PictureExport.export(model, format, options, analysed);
        };
    }
}
