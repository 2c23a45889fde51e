package dev.iammodeller.io.authz;

import dev.iammodeller.model.IdentityCenterGroup;
import dev.iammodeller.model.IdentityCenterUser;
import dev.iammodeller.model.IamNames;
import dev.iammodeller.model.PermissionSet;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the {@code identity-center/} folder of an organization folder: what {@code aws sso-admin ...} and
 * {@code aws identitystore ...} printed (the names {@code scripts/export-organization.sh} writes, listed in the
 * README). Gives the permission sets with the AWS managed policies and boundary they name, the identity store's
 * users and groups, memberships and account assignments; {@link IdentityCenterAssembly} puts them in the model.
 */
final class IdentityCenterReader {
    static final String FOLDER = "identity-center";

    /** An AWS managed policy a permission set names (attached, or as its boundary), and where. */
    record ManagedReference(String arn, boolean boundary, CliOutput file, Json at) {
    }

    /** An assignment as listed: who (a user or group id of the store), which set, which account, and where. */
    record Assignment(String principalType, String principalId, String permissionSetId, String account,
                      CliOutput file, Json.JsonObject at) {
    }

    /** What the folder holds. Users and groups are keyed by their identity store ids. */
    record IdentityCenter(Map<String, PermissionSet> permissionSets, List<ManagedReference> managed,
                          Map<String, IdentityCenterUser> users, Map<String, IdentityCenterGroup> groups,
                          Map<String, List<String>> members, List<Assignment> assignments) {
        String summary() {
            return "Identity Center: " + dev.iammodeller.model.Words.count(users.size(), "user", "users") + ", "
                    + dev.iammodeller.model.Words.count(groups.size(), "group", "groups") + ", "
                    + dev.iammodeller.model.Words.count(permissionSets.size(), "permission set", "permission sets") + ", "
                    + dev.iammodeller.model.Words.count(assignments.size(), "assignment", "assignments");
        }
    }

    private final Path folder;
    private final Map<String, PermissionSet> sets = new LinkedHashMap<>();
    private final List<ManagedReference> managed = new ArrayList<>();
    private final Map<String, IdentityCenterUser> users = new LinkedHashMap<>();
    private final Map<String, IdentityCenterGroup> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();

    private IdentityCenterReader(Path folder) {
        this.folder = folder;
    }

    /** The Identity Center of an organization folder, or null when it has no {@code identity-center/list-instances.json}. */
    static IdentityCenter read(Path organizationFolder) throws IOException, AuthorizationImportException {
        Path folder = organizationFolder.resolve(FOLDER);
        if (!Files.isRegularFile(folder.resolve("list-instances.json"))) {
            return null;
        }
        return new IdentityCenterReader(folder).read();
    }

    private IdentityCenter read() throws IOException, AuthorizationImportException {
        CliOutput instances = CliOutput.read(folder.resolve("list-instances.json"), "aws sso-admin list-instances");
        if (instances.objects("Instances").isEmpty()) {
            return new IdentityCenter(sets, managed, users, groups, members, assignments);
        }
        CliOutput listed = required(instances, instances.root(), "list-permission-sets.json", "aws sso-admin list-permission-sets");
        for (Json.JsonString arn : listed.strings("PermissionSets")) {
            permissionSet(listed, arn);
        }
        CliOutput userList = required(instances, instances.root(), "list-users.json", "aws identitystore list-users");
        for (Json.JsonObject user : userList.objects("Users")) {
            String id = userList.text(user, "UserId");
            users.put(id, new IdentityCenterUser("ic-user-" + id, userList.text(user, "UserName"),
                    orEmpty(userList.optionalText(user, "DisplayName"))));
        }
        CliOutput groupList = required(instances, instances.root(), "list-groups.json", "aws identitystore list-groups");
        for (Json.JsonObject group : groupList.objects("Groups")) {
            String id = groupList.text(group, "GroupId");
            groups.put(id, new IdentityCenterGroup("ic-group-" + id, groupList.text(group, "DisplayName")));
            CliOutput memberships = CliOutput.readIfPresent(folder.resolve("list-group-memberships").resolve(id + ".json"),
                    "aws identitystore list-group-memberships");
            List<String> ids = new ArrayList<>();
            if (memberships != null) {
                for (Json.JsonObject membership : memberships.objects("GroupMemberships")) {
                    Json.JsonObject member = memberships.object(membership, "MemberId");
                    String user = memberships.text(member, "UserId");
                    if (!users.containsKey(user)) {
                        throw memberships.refuse(member, "UserId", "the user " + user + " is not in list-users.json");
                    }
                    ids.add(user);
                }
            }
            members.put(id, ids);
        }
        assignments();
        return new IdentityCenter(sets, managed, users, groups, members, assignments);
    }

    private void permissionSet(CliOutput listed, Json.JsonString arn) throws IOException, AuthorizationImportException {
        String id = arn.value().substring(arn.value().lastIndexOf('/') + 1);
        if (!id.startsWith("ps-")) {
            throw listed.refuse(arn, "\"" + arn.value() + "\" is not the ARN of a permission set");
        }
        CliOutput described = required(listed, arn, "describe-permission-set/" + id + ".json",
                "aws sso-admin describe-permission-set");
        Json.JsonObject set = described.object(described.root(), "PermissionSet");
        String name = described.text(set, "Name");
        String nameProblem = IamNames.nameProblem(dev.iammodeller.model.EntityKind.PERMISSION_SET, name);
        if (nameProblem != null) {
            throw described.refuse(set, "Name", nameProblem);
        }
        List<String> customer = new ArrayList<>();
        CliOutput references = CliOutput.readIfPresent(folder.resolve(
                "list-customer-managed-policy-references-in-permission-set").resolve(id + ".json"),
                "aws sso-admin list-customer-managed-policy-references-in-permission-set");
        if (references != null) {
            for (Json.JsonObject reference : references.objects("CustomerManagedPolicyReferences")) {
                customer.add(pathAndName(references, reference));
            }
        }
        CliOutput attached = required(listed, arn, "list-managed-policies-in-permission-set/" + id + ".json",
                "aws sso-admin list-managed-policies-in-permission-set");
        for (Json.JsonObject policy : attached.objects("AttachedManagedPolicies")) {
            managed.add(new ManagedReference(attached.text(policy, "Arn"), false, attached, policy.get("Arn")));
        }
        String customerBoundary = null;
        CliOutput boundaryFile = CliOutput.readIfPresent(folder.resolve("get-permissions-boundary-for-permission-set")
                .resolve(id + ".json"), "aws sso-admin get-permissions-boundary-for-permission-set");
        if (boundaryFile != null) {
            Json.JsonObject boundary = boundaryFile.object(boundaryFile.root(), "PermissionsBoundary");
            if (boundary.get("CustomerManagedPolicyReference") instanceof Json.JsonObject reference) {
                customerBoundary = pathAndName(boundaryFile, reference);
            } else {
                managed.add(new ManagedReference(boundaryFile.text(boundary, "ManagedPolicyArn"), true, boundaryFile,
                        boundary.get("ManagedPolicyArn")));
            }
        }
        PolicyText inline = null;
        CliOutput inlineFile = CliOutput.readIfPresent(folder.resolve("get-inline-policy-for-permission-set")
                .resolve(id + ".json"), "aws sso-admin get-inline-policy-for-permission-set");
        String inlineText = inlineFile == null ? null : inlineFile.optionalText(inlineFile.root(), "InlinePolicy");
        if (inlineText != null && !inlineText.isBlank()) {
            try {
                String canonical = CanonicalPolicyText.reprint(inlineText);
                PolicyReader.parse(canonical);
                inline = new PolicyText(canonical);
            } catch (IOException | PolicyParseException e) {
                throw inlineFile.refuse(inlineFile.root(), "InlinePolicy", "the permission set's inline policy is not"
                        + " a policy: " + (e instanceof PolicyParseException p ? p.problem() : e.getMessage()));
            }
        }
        String duration = described.optionalText(set, "SessionDuration");
        sets.put(id, new PermissionSet(id, name, arn.value(), orEmpty(described.optionalText(set, "Description")),
                duration == null || duration.isEmpty() ? "PT1H" : duration, customer, inline, customerBoundary));
    }

    /** {@code list-account-assignments/ACCOUNT/PERMISSION_SET.json}, for every account and set listed. */
    private void assignments() throws IOException, AuthorizationImportException {
        Path root = folder.resolve("list-account-assignments");
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path path : files) {
            CliOutput file = CliOutput.read(path, "aws sso-admin list-account-assignments");
            for (Json.JsonObject assignment : file.objects("AccountAssignments")) {
                String account = file.text(assignment, "AccountId");
                if (!IamNames.isAccountId(account)) {
                    throw file.refuse(assignment, "AccountId", "\"" + account + "\" is not a 12-digit account id");
                }
                String setArn = file.text(assignment, "PermissionSetArn");
                String setId = setArn.substring(setArn.lastIndexOf('/') + 1);
                if (!sets.containsKey(setId)) {
                    throw file.refuse(assignment, "PermissionSetArn", "the permission set " + setArn
                            + " is not in list-permission-sets.json");
                }
                String type = file.text(assignment, "PrincipalType");
                String principal = file.text(assignment, "PrincipalId");
                boolean known = type.equals("USER") ? users.containsKey(principal)
                        : type.equals("GROUP") && groups.containsKey(principal);
                if (!known) {
                    throw file.refuse(assignment, "PrincipalId", type.equals("USER") || type.equals("GROUP")
                            ? "the " + type.toLowerCase(java.util.Locale.ROOT) + " " + principal + " is not in "
                            + (type.equals("USER") ? "list-users.json" : "list-groups.json")
                            : "PrincipalType is USER or GROUP, not " + type);
                }
                assignments.add(new Assignment(type, principal, setId, account, file, assignment));
            }
        }
    }

    private CliOutput required(CliOutput naming, Json at, String name, String command)
            throws IOException, AuthorizationImportException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw naming.refuse(at, FOLDER + "/" + name + " is missing (the output of " + command + ")");
        }
        return CliOutput.read(file, command);
    }

    private static String pathAndName(CliOutput file, Json.JsonObject reference) throws AuthorizationImportException {
        String path = file.optionalText(reference, "Path");
        path = path == null || path.isEmpty() ? "/" : path;
        String problem = IamNames.pathProblem(path);
        if (problem != null) {
            throw file.refuse(reference, "Path", problem);
        }
        return path + file.text(reference, "Name");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
