package dev.iammodeller.cli;

import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code simulate FILE}: decides each request of FILE and prints one JSON line per request, in order. */
final class SimulateCommand {
    private SimulateCommand() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: iam-modeller simulate FILE   (FILE may be - for standard input)");
            return 2;
        }
        String text;
        try {
            text = RequestFile.text(args.get(0), in);
        } catch (IOException e) {
            err.println("simulate: cannot read " + args.get(0) + ": " + e.getMessage());
            return 2;
        }
        boolean anyError = false;
        StringBuilder buffer = new StringBuilder();
        for (RequestFile.Entry entry : RequestFile.entries(text)) {
            String line = answer(entry);
            anyError |= line.contains("\"decision\":\"error\"");
            buffer.append(line).append('\n');
            if (buffer.length() > 1 << 16) {
                out.print(buffer);
                buffer.setLength(0);
            }
        }
        out.print(buffer);
        out.flush();
        return anyError ? 1 : 0;
    }

    /** The output line for one entry of the file. */
    static String answer(RequestFile.Entry entry) {
        if (entry.error() != null) {
            return DecisionJson.error(null, entry.error().getMessage());
        }
        String id = SimulationRequestReader.id(entry.json());
        try {
            SimulationRequest request = SimulationRequestReader.read(entry.json());
            Decision decision = PolicyEvaluator.evaluate(request.request(), request.policies());
            return DecisionJson.decision(id, decision);
        } catch (PolicyParseException e) {
            return DecisionJson.error(id, e.getMessage());
        }
    }
}
