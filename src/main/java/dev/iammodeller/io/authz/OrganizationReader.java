package dev.iammodeller.io.authz;

import dev.iammodeller.model.Account;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamNames;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.OrganizationRoot;
import dev.iammodeller.model.OrganizationalUnit;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a folder of what {@code aws organizations ...} printed (the names are those that
 * {@code scripts/export-organization.sh} writes, listed in the README) into the parts of a model: the root,
 * the organizational units and accounts with their parents, and the SCPs and RCPs with where they are
 * attached. Units and accounts are found by walking down from the root, one parent at a time.
 */
final class OrganizationReader {
    static final String DESCRIBE_ORGANIZATION = "describe-organization.json";
    static final String LIST_ROOTS = "list-roots.json";
    static final String UNITS_FOR_PARENT = "list-organizational-units-for-parent";
    static final String ACCOUNTS_FOR_PARENT = "list-accounts-for-parent";
    static final String LIST_ACCOUNTS = "list-accounts.json";
    static final String LIST_PARENTS = "list-parents";
    static final String DESCRIBE_POLICY = "describe-policy";
    static final String TARGETS_FOR_POLICY = "list-targets-for-policy";
    static final List<String> POLICY_TYPES = List.of("SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY");

    private final Path folder;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String organizationId;
    private int units;
    private int accounts;
    private int policies;

    /** What the folder holds, as model parts. */
    record Organization(String id, Map<String, Entity> entities, List<Relation> relations, List<String> notes,
                        int units, int accounts, int policies) {
        String summary() {
            return "organization " + id + ": " + dev.iammodeller.model.Words.count(units, "unit", "units") + ", "
                    + dev.iammodeller.model.Words.count(accounts, "account", "accounts") + ", "
                    + dev.iammodeller.model.Words.count(policies, "SCP or RCP", "SCPs and RCPs");
        }
    }

    private OrganizationReader(Path folder) {
        this.folder = folder;
    }

    /** True when the folder holds an organization's files (its {@code describe-organization.json}). */
    static boolean holdsOrganization(Path folder) {
        return Files.isRegularFile(folder.resolve(DESCRIBE_ORGANIZATION));
    }

    static Organization read(Path folder) throws IOException, AuthorizationImportException {
        return new OrganizationReader(folder).read();
    }

    private Organization read() throws IOException, AuthorizationImportException {
        CliOutput described = CliOutput.read(folder.resolve(DESCRIBE_ORGANIZATION), "aws organizations describe-organization");
        Json.JsonObject organization = described.object(described.root(), "Organization");
        organizationId = described.text(organization, "Id");
        String management = described.text(organization, "MasterAccountId");
        CliOutput roots = CliOutput.read(folder.resolve(LIST_ROOTS), "aws organizations list-roots");
        List<Json.JsonObject> rootList = roots.objects("Roots");
        if (rootList.size() != 1) {
            throw roots.refuse(roots.root(), "Roots", "an organization has one root, this lists " + rootList.size());
        }
        String rootId = roots.text(rootList.get(0), "Id");
        entities.put(rootId, new OrganizationRoot(rootId, orElse(roots.optionalText(rootList.get(0), "Name"), "Root"),
                OrganizationRoot.ORGANIZATION_ID.matcher(organizationId).matches() ? organizationId : null));
        Deque<String> parents = new ArrayDeque<>(List.of(rootId));
        boolean byParent = Files.isDirectory(folder.resolve(ACCOUNTS_FOR_PARENT));
        while (!parents.isEmpty()) {
            String parent = parents.removeFirst();
            parents.addAll(unitsOf(parent));
            if (byParent) {
                accountsOf(parent, management);
            }
        }
        if (!byParent) {
            accountsWithParents(management);
        }
        for (String type : POLICY_TYPES) {
            CliOutput listed = CliOutput.readIfPresent(folder.resolve("list-policies-" + type + ".json"),
                    "aws organizations list-policies --filter " + type);
            if (listed == null) {
                notes.add("list-policies-" + type + ".json is not in the folder: no "
                        + (type.startsWith("SERVICE") ? "SCPs" : "RCPs") + " are imported");
                continue;
            }
            for (Json.JsonObject summary : listed.objects("Policies")) {
                policy(listed, summary, type);
            }
        }
        return new Organization(organizationId, entities, relations, notes, units, accounts, policies);
    }

    private List<String> unitsOf(String parent) throws IOException, AuthorizationImportException {
        Path file = folder.resolve(UNITS_FOR_PARENT).resolve(parent + ".json");
        CliOutput listed = CliOutput.readIfPresent(file, "aws organizations list-organizational-units-for-parent");
        if (listed == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Json.JsonObject unit : listed.objects("OrganizationalUnits")) {
            String id = listed.text(unit, "Id");
            if (entities.containsKey(id)) {
                throw listed.refuse(unit, "Id", "the unit " + id + " is listed under two parents");
            }
            entities.put(id, new OrganizationalUnit(id, listed.text(unit, "Name"), parent));
            units++;
            found.add(id);
        }
        return found;
    }

    private void accountsOf(String parent, String management) throws IOException, AuthorizationImportException {
        Path file = folder.resolve(ACCOUNTS_FOR_PARENT).resolve(parent + ".json");
        CliOutput listed = CliOutput.readIfPresent(file, "aws organizations list-accounts-for-parent");
        if (listed == null) {
            notes.add(ACCOUNTS_FOR_PARENT + "/" + parent + ".json is not in the folder: " + parent + " holds no account here");
            return;
        }
        for (Json.JsonObject account : listed.objects("Accounts")) {
            account(listed, account, parent, management);
        }
    }

    /** {@code list-accounts.json} and, per account, {@code list-parents/ACCOUNT.json}. */
    private void accountsWithParents(String management) throws IOException, AuthorizationImportException {
        Path file = folder.resolve(LIST_ACCOUNTS);
        if (!Files.isRegularFile(file)) {
            throw CliOutput.refuseFile(folder.resolve(DESCRIBE_ORGANIZATION), "the folder holds neither "
                    + ACCOUNTS_FOR_PARENT + "/ nor " + LIST_ACCOUNTS + ": the organization's accounts are unknown");
        }
        CliOutput listed = CliOutput.read(file, "aws organizations list-accounts");
        for (Json.JsonObject account : listed.objects("Accounts")) {
            String id = listed.text(account, "Id");
            Path parentsFile = folder.resolve(LIST_PARENTS).resolve(id + ".json");
            if (!Files.isRegularFile(parentsFile)) {
                throw listed.refuse(account, "Id", LIST_PARENTS + "/" + id + ".json is missing: the account's parent is unknown");
            }
            CliOutput parents = CliOutput.read(parentsFile, "aws organizations list-parents");
            List<Json.JsonObject> list = parents.objects("Parents");
            if (list.size() != 1) {
                throw parents.refuse(parents.root(), "Parents", "an account has one parent, this lists " + list.size());
            }
            String parent = parents.text(list.get(0), "Id");
            if (!entities.containsKey(parent)) {
                throw parents.refuse(list.get(0), "Id", "the parent " + parent + " is not the root or a unit of the organization");
            }
            account(listed, account, parent, management);
        }
    }

    private void account(CliOutput file, Json.JsonObject account, String parent, String management)
            throws AuthorizationImportException {
        String id = file.text(account, "Id");
        if (!IamNames.isAccountId(id)) {
            throw file.refuse(account, "Id", "\"" + id + "\" is not a 12-digit account id");
        }
        String modelId = ModelAssembly.accountId(id);
        if (entities.containsKey(modelId)) {
            throw file.refuse(account, "Id", "the account " + id + " is listed twice");
        }
        String name = orElse(file.optionalText(account, "Name"), id);
        entities.put(modelId, new Account(modelId, id, name, parent, id.equals(management)));
        accounts++;
    }

    private void policy(CliOutput listed, Json.JsonObject summary, String type) throws IOException, AuthorizationImportException {
        String id = listed.text(summary, "Id");
        String name = listed.text(summary, "Name");
        Path describedFile = folder.resolve(DESCRIBE_POLICY).resolve(id + ".json");
        if (!Files.isRegularFile(describedFile)) {
            throw listed.refuse(summary, "Id", DESCRIBE_POLICY + "/" + id + ".json is missing: the policy's content is unknown");
        }
        CliOutput described = CliOutput.read(describedFile, "aws organizations describe-policy");
        Json.JsonObject policy = described.object(described.root(), "Policy");
        String content = described.text(policy, "Content");
        String canonical;
        try {
            canonical = CanonicalPolicyText.reprint(content);
            PolicyReader.parse(canonical);
        } catch (IOException | PolicyParseException e) {
            throw described.refuse(policy, "Content", "the policy's Content is not a policy: " + problem(e));
        }
        if (entities.containsKey(id)) {
            throw listed.refuse(summary, "Id", "the policy " + id + " is listed twice");
        }
        OrganizationPolicy.Type kind = type.startsWith("SERVICE") ? OrganizationPolicy.Type.SCP : OrganizationPolicy.Type.RCP;
        entities.put(id, new OrganizationPolicy(id, kind, name, new PolicyText(canonical)));
        policies++;
        CliOutput targets = CliOutput.readIfPresent(folder.resolve(TARGETS_FOR_POLICY).resolve(id + ".json"),
                "aws organizations list-targets-for-policy");
        if (targets == null) {
            notes.add(TARGETS_FOR_POLICY + "/" + id + ".json is not in the folder: " + name + " is imported unattached");
            return;
        }
        for (Json.JsonObject target : targets.objects("Targets")) {
            String targetId = targets.text(target, "TargetId");
            String to = IamNames.isAccountId(targetId) ? ModelAssembly.accountId(targetId) : targetId;
            if (!entities.containsKey(to)) {
                throw targets.refuse(target, "TargetId", "the target " + targetId + " is not the root, a unit or an"
                        + " account of the organization");
            }
            relations.add(new Relation(RelationKind.APPLIES_TO, id, to));
        }
    }

    private static String problem(Exception e) {
        return e instanceof PolicyParseException p ? p.problem() : e.getMessage();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
