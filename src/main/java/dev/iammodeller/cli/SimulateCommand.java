package dev.iammodeller.cli;

import dev.iammodeller.eval.Decision;
import dev.iammodeller.eval.PolicyEvaluator;
import dev.iammodeller.policy.PolicyParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
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
        boolean[] anyError = {false};
        try (Reader requests = RequestFile.open(args.get(0), in)) {
            RequestStream.read(requests, entry -> {
                String line = answer(entry);
                anyError[0] |= line.contains("\"decision\":\"error\"");
                out.print(line);
                out.print('\n');
                if (!requests.ready()) {
                    out.flush(); // the next request is not there yet: let the reader of the output see this one
                }
                if (out.checkError()) {
                    throw new IOException("cannot write the output");
                }
            });
        } catch (IOException e) {
            if (out.checkError()) {
                return 1; // said by the command line, which checks the output of every command
            }
            err.println("simulate: cannot read " + args.get(0) + ": " + e.getMessage());
            return 2;
        }
        out.flush();
        return anyError[0] ? 1 : 0;
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
