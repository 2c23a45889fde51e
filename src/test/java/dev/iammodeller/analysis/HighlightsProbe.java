package dev.iammodeller.analysis;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.IamModel;

/** Prints highlights of examples (a development aid, not a test). */
public class HighlightsProbe {
    public static void main(String[] args) throws Exception {
        Catalog catalog = Catalog.load();
        for (int i = 0; i < args.length; i += 3) {
            IamModel model = RoleAssumptionTest.example(args[i]);
            ModelAnalysis analysis = new ModelAnalysis(catalog, model);
            ReachReport report = ReachReport.of(analysis, args[i + 1], args[i + 2].equals("r"));
            System.out.println("== " + args[i] + " " + args[i + 1] + " " + report.mode());
            report.highlights().nodes().forEach((id, n) -> System.out.println("  " + id + " " + n.style() + " " + n.extent()
                    + "\n      " + n.explanation().replace("\n", "\n      ")));
            report.highlights().paths().forEach(p -> System.out.println("  path " + p));
            report.reachers().forEach(r -> System.out.println("  reacher " + r.principalId() + " " + r.style() + " " + r.path()));
            System.out.println("  rows " + report.rows().size() + " roles " + report.roles().size() + " indirect " + report.indirect().size());
        }
    }
}
