package dev.iammodeller.cli;

import dev.iammodeller.io.ModelFile;
import dev.iammodeller.io.authz.AuthorizationImport;
import dev.iammodeller.io.authz.AuthorizationImportException;
import dev.iammodeller.io.authz.ImportProgress;
import dev.iammodeller.io.authz.ImportResult;
import dev.iammodeller.io.authz.OrganizationImport;
import java.nio.file.Files;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import FILE... -o MODEL.iam.json}: reads the output of {@code aws iam get-account-authorization-details}
 * (one file per account, or every page of an export) into one model and saves it. Prints the progress of
 * large files and what was left out on standard error, and one summary line on standard output:
 * {@code imported 12 users, 3 groups, 20 roles, 31 policies from 1 account}. Exits 2 for a usage error or
 * an unreadable file, 1 when a file is refused ({@code file:line:column: problem}; nothing is written).
 * A folder that {@code scripts/export-organization.sh} wrote (it holds {@code describe-organization.json})
 * imports the organization with its accounts' exports; the files given besides it are further accounts.
 */
final class ImportCommand {
    static final String USAGE = "usage: iam-modeller import FILE... -o MODEL.iam.json\n"
            + "       iam-modeller import ORGANIZATION_FOLDER [FILE...] -o MODEL.iam.json";

    private ImportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        Path output = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-o") || arg.equals("--output")) {
                if (i + 1 >= args.size() || output != null) {
                    err.println(USAGE);
                    return 2;
                }
                output = Path.of(args.get(++i));
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                err.println("import: unknown option " + arg);
                err.println(USAGE);
                return 2;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty() || output == null) {
            err.println(USAGE);
            return 2;
        }
        String folderProblem = OrganizationImport.folderProblem(files);
        if (folderProblem != null) {
            err.println("import: " + folderProblem);
            err.println(USAGE);
            return 2;
        }
        ImportResult result;
        ImportProgress progress = (file, percent) -> err.println("reading " + file + ": " + percent + "%");
        try {
            result = OrganizationImport.importPaths(files, progress);
        } catch (AuthorizationImportException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("import: cannot read " + e.getMessage());
            return 2;
        }
        for (String warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        for (String note : result.notes()) {
            err.println("note: " + note);
        }
        try {
            ModelFile.write(result.model(), output);
        } catch (IOException e) {
            err.println("import: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        out.println(result.summary());
        return 0;
    }
}
