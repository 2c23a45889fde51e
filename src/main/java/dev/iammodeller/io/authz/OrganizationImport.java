package dev.iammodeller.io.authz;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ManagedPolicies;
import dev.iammodeller.io.authz.OrganizationReader.Organization;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Relation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Imports a folder that {@code scripts/export-organization.sh} wrote: the organization (root, units, accounts,
 * SCPs and RCPs, from {@code aws organizations ...}), IAM Identity Center when {@code identity-center/} holds
 * it, and one {@code get-account-authorization-details} export per account in {@code authorization-details/},
 * into one model: the accounts sit in their units, each
 * account's principals inside it, the SCPs and RCPs attached where they are. Every file is read and checked
 * before anything is built; a refused file imports nothing.
 */
public final class OrganizationImport {
    /** The folder of the per-account exports. */
    public static final String AUTHORIZATION_DETAILS = "authorization-details";

    private OrganizationImport() {
    }

    /** True when {@code folder} is such a folder (it holds {@code describe-organization.json}). */
    public static boolean isOrganizationFolder(Path folder) {
        return Files.isDirectory(folder) && OrganizationReader.holdsOrganization(folder);
    }

    /**
     * Why these paths cannot be imported together, or null when they can: exports only, or one organization
     * folder with more exports beside it (a second folder, or a folder without {@code describe-organization.json},
     * is refused).
     */
    public static String folderProblem(List<Path> paths) {
        List<Path> folders = paths.stream().filter(Files::isDirectory).toList();
        if (folders.size() > 1) {
            return "give one organization folder";
        }
        if (folders.size() == 1 && !isOrganizationFolder(folders.get(0))) {
            return folders.get(0) + " is a folder without describe-organization.json (write it with"
                    + " scripts/export-organization.sh)";
        }
        return null;
    }

    /**
     * Imports what {@code paths} name, as the command line's {@code import} and the window's File › Import do:
     * exports of {@code get-account-authorization-details}, or an organization folder with more exports beside
     * it. {@link #folderProblem} must have said yes.
     */
    public static ImportResult importPaths(List<Path> paths, ImportProgress progress)
            throws IOException, AuthorizationImportException {
        List<Path> folders = paths.stream().filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            return AuthorizationImport.importFiles(paths, progress);
        }
        List<Path> others = new ArrayList<>(paths);
        others.remove(folders.get(0));
        return importFolder(folders.get(0), others, progress);
    }

    /** Imports the folder, with {@code moreExports} (files given besides it) as further accounts' exports. */
    public static ImportResult importFolder(Path folder, List<Path> moreExports, ImportProgress progress)
            throws IOException, AuthorizationImportException {
        Organization organization = OrganizationReader.read(folder);
        IdentityCenterReader.IdentityCenter center = IdentityCenterReader.read(folder);
        List<Path> files = new ArrayList<>(exportsIn(folder.resolve(AUTHORIZATION_DETAILS)));
        files.addAll(moreExports);
        List<ExportFile> read = new ArrayList<>();
        for (Path file : files) {
            read.add(ExportReader.read(file.toString(), AuthorizationImport.text(file), progress));
        }
        List<String> notes = new ArrayList<>(organization.notes());
        Supplier<ManagedPolicies> catalogue = () -> Catalog.load().managedPolicies();
        ImportResult result;
        try {
            result = ModelAssembly.build(read, catalogue, model -> {
                IamModel organized = withOrganization(model, organization, notes);
                try {
                    return center == null ? organized : IdentityCenterAssembly.with(organized, center, catalogue, notes);
                } catch (AuthorizationImportException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused r) {
            throw r.refusal;
        }
        notes.addAll(result.notes());
        return new ImportResult(result.model(), result.users(), result.groups(), result.roles(), result.policies(),
                result.accounts(), notes, result.warnings(),
                organization.summary() + (center == null ? "" : "; " + center.summary()));
    }

    /** A refusal on its way out of the step that completes the model. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient AuthorizationImportException refusal;

        Refused(AuthorizationImportException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** The {@code *.json} files of a folder, by name; none when there is no such folder. */
    static List<Path> exportsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** The model with the organization's parts: its accounts replace the bare ones the exports made. */
    private static IamModel withOrganization(IamModel model, Organization organization, List<String> notes) {
        for (Account account : model.all(Account.class)) {
            if (!organization.entities().containsKey(account.id())) {
                notes.add("account " + account.accountId() + " has an export but is not in organization "
                        + organization.id() + "; it is imported outside it");
            }
        }
        Map<String, Entity> entities = new HashMap<>(model.entities());
        entities.putAll(organization.entities());
        List<Relation> relations = new ArrayList<>(model.relations());
        relations.addAll(organization.relations());
        return new IamModel("AWS organization " + organization.id(),
                "Imported from the AWS CLI's output for organization " + organization.id() + " and "
                        + model.description().replace("Imported from ", ""), entities, relations, model.layout());
    }
}
