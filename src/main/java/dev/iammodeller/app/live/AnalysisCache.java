package dev.iammodeller.app.live;

import dev.iammodeller.analysis.ModelAnalysis;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;

/**
 * The analysis of the newest model value, shared by the jobs that ask about it (the selection's reach, the
 * escalations, the findings, the simulator), so that work done for one is not repeated by the next; a model value
 * that differs from the last only in what no analysis reads (moved, retitled, commented: {@link
 * IamModel#sameEntitiesAndRelations}) keeps its analysis. Called from background threads.
 */
public final class AnalysisCache {
    private IamModel model;
    private ModelAnalysis analysis;

    /**
     * The analysis of this model value: the kept one when the model has the same entities and relations as the last
     * (its {@link ModelAnalysis#model()} is then that model, laid out as it was), else a new one.
     */
    public synchronized ModelAnalysis of(Catalog catalog, IamModel wanted) {
        if (analysis == null || !wanted.sameEntitiesAndRelations(model) || analysis.catalog() != catalog) {
            model = wanted;
            analysis = new ModelAnalysis(catalog, wanted);
        }
        return analysis;
    }
}
