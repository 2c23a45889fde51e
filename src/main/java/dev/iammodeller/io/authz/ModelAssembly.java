package dev.iammodeller.io.authz;

import dev.iammodeller.catalog.ManagedPolicies;
import dev.iammodeller.diagram.AutoLayout;
import dev.iammodeller.io.authz.ExportFile.GroupDetail;
import dev.iammodeller.io.authz.ExportFile.Inline;
import dev.iammodeller.io.authz.ExportFile.InstanceProfile;
import dev.iammodeller.io.authz.ExportFile.PolicyDetail;
import dev.iammodeller.io.authz.ExportFile.PolicyRef;
import dev.iammodeller.io.authz.ExportFile.RoleDetail;
import dev.iammodeller.io.authz.ExportFile.UserDetail;
import dev.iammodeller.io.authz.ExportFile.Version;
import dev.iammodeller.io.authz.ExportFile.Where;
import dev.iammodeller.model.Account;
import dev.iammodeller.model.Compute;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.EntityKind;
import dev.iammodeller.model.Group;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.IamNames;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.Layout;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.ManagedPolicyVersion;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Relation;
import dev.iammodeller.model.RelationKind;
import dev.iammodeller.model.Role;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Builds one model from the files of one or more exports, or refuses them.
 *
 * <p>Accounts: each entity belongs to the account its ARN names; a file belongs to the account most of
 * its ARNs name (hand-merged exports name several: each entity still goes to its own account, and one
 * warning says how many came from each). An entity whose own ARN names no 12-digit account (sample data
 * writes {@code arn:aws:iam::aws:user/...}) belongs to its file's account. Each account becomes an
 * {@code account} entity {@code acct-<id>}.
 *
 * <p>Instance profiles: each profile a role's {@code InstanceProfileList} names becomes compute of type
 * {@code ec2InstanceProfile} ({@code profile-<account>-<name>}) that runs as the role, so that EC2's
 * pass-role paths and "runs as" show.
 *
 * <p>Pages: a file with {@code "IsTruncated": true} (or the CLI's {@code NextToken}) is one page of an
 * export. It is accepted only when a page that is not truncated is given for the same account (or a page
 * that names no account, such as a last page of AWS managed policies only); otherwise the export is
 * incomplete and is refused. Markers do not say which page follows which, so a missing middle page cannot
 * be seen. Two complete files of one account are two exports, and are refused.
 *
 * <p>Layout: the model comes laid out from scratch by {@link AutoLayout#rearrange}, so it opens readable.
 *
 * <p>Ids: {@code user-<account>-<name>}, {@code group-...}, {@code role-...}, {@code policy-<account>-<name>}
 * and {@code policy-aws-<name>} for AWS managed policies (the same entity for every account),
 * {@code inline-<owner id>-<policy name>}. Paths come from the ARNs (the ARN is what attachments name),
 * else from {@code Path}.
 *
 * <p>References: group membership ({@code GroupList}), attached policies, permissions boundaries. An AWS
 * managed policy an export attaches but does not list is taken from the catalogue; one the catalogue does
 * not know either, or a missing customer policy or group, is left out with a note.
 */
final class ModelAssembly {
    private final Supplier<ManagedPolicies> catalogueSource;
    private ManagedPolicies catalogue;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, String> policyIds = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();
    /** The id of the entity holding each name as IAM compares names ({@link IamNames#uniquenessKey}). */
    private final Map<String, String> namesakes = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();

    /** Where an entity came from, to name both places when it comes twice. */
    private record Origin(String file, Where where) {
    }

    /** A reference to resolve once every file is in: a membership, an attachment or a boundary. */
    private record Pending(RelationKind kind, String target, String targetLabel, String reference, String account,
                           String file, Where where) {
    }

    private ModelAssembly(Supplier<ManagedPolicies> catalogue) {
        this.catalogueSource = catalogue;
    }

    static ImportResult build(List<ExportFile> files, Supplier<ManagedPolicies> catalogue)
            throws AuthorizationImportException {
        return new ModelAssembly(catalogue).assemble(files, UnaryOperator.identity());
    }

    /**
     * Builds the model of the files, adds what {@code more} adds to it (an organization, Identity Center)
     * and only then lays it out.
     */
    static ImportResult build(List<ExportFile> files, Supplier<ManagedPolicies> catalogue, UnaryOperator<IamModel> more)
            throws AuthorizationImportException {
        return new ModelAssembly(catalogue).assemble(files, more);
    }

    private ImportResult assemble(List<ExportFile> files, UnaryOperator<IamModel> more) throws AuthorizationImportException {
        Map<ExportFile, String> accountOf = new LinkedHashMap<>();
        Set<String> accounts = new TreeSet<>();
        for (ExportFile file : files) {
            Map<String, Integer> named = accounts(file);
            accountOf.put(file, mainAccount(named));
            accounts.addAll(named.keySet());
            if (named.size() > 1) {
                List<String> counts = new ArrayList<>();
                named.forEach((account, n) -> counts.add(account + " (" + n + (n == 1 ? " entity)" : " entities)")));
                warnings.add(fileName(file.name()) + " names " + named.size() + " accounts: " + String.join(", ", counts)
                        + "; each entity is imported into the account its ARN names");
            }
        }
        checkPages(accountOf);
        for (String account : accounts) {
            entities.put(accountId(account), new Account(accountId(account), account, account, null, false));
        }
        for (ExportFile file : files) {
            for (PolicyDetail policy : file.policies()) {
                policy(file, policy);
            }
        }
        for (ExportFile file : files) {
            String account = accountOf.get(file);
            for (GroupDetail group : file.groups()) {
                group(file, account, group);
            }
            for (UserDetail user : file.users()) {
                user(file, account, user);
            }
            for (RoleDetail role : file.roles()) {
                role(file, account, role);
            }
        }
        for (Pending reference : pending) {
            resolve(reference);
        }
        int users = 0;
        int groups = 0;
        int roles = 0;
        int policies = 0;
        for (Entity entity : entities.values()) {
            switch (entity.kind()) {
                case USER: users++; break;
                case GROUP: groups++; break;
                case ROLE: roles++; break;
                case MANAGED_POLICY: policies++; break;
                default: break;
            }
        }
        List<String> names = files.stream().map(f -> fileName(f.name())).distinct().toList();
        String title = accounts.isEmpty() ? "Imported IAM"
                : (accounts.size() == 1 ? "AWS account " : "AWS accounts ") + String.join(", ", accounts);
        String description = "Imported from aws iam get-account-authorization-details: " + String.join(", ", names);
        IamModel unplaced = more.apply(new IamModel(title, description, entities, relations, Layout.EMPTY));
        IamModel model = unplaced.withLayout(AutoLayout.rearrange(unplaced));
        return new ImportResult(model, users, groups, roles, policies, accounts.size(), List.copyOf(notes),
                List.copyOf(warnings));
    }

    // ---- accounts and pages

    /** An ARN of a file, where it is, and whether it is a managed policy's. */
    private record Named(String arn, Where where, boolean policy) {
    }

    /**
     * The 12-digit accounts the file's ARNs name, with how many entities name each, most named first (then
     * by id); empty when they name none (AWS managed policies only).
     */
    private static Map<String, Integer> accounts(ExportFile file) throws AuthorizationImportException {
        List<Named> named = new ArrayList<>();
        file.users().forEach(u -> named.add(new Named(u.arn(), u.where(), false)));
        file.groups().forEach(g -> named.add(new Named(g.arn(), g.where(), false)));
        file.roles().forEach(r -> named.add(new Named(r.arn(), r.where(), false)));
        file.policies().forEach(p -> named.add(new Named(p.arn(), p.where(), true)));
        Map<String, Integer> counts = new TreeMap<>();
        for (Named item : named) {
            String owner = arnParts(file, item.arn(), item.where())[4];
            if (item.policy() && owner.equals("aws")) {
                continue;
            }
            if (!IamNames.isAccountId(owner)) {
                if (item.policy()) {
                    throw refuse(file, item.where(), "\"" + item.arn() + "\" names no account: a policy's ARN has"
                            + " a 12-digit account id or \"aws\"");
                }
                continue;
            }
            counts.merge(owner, 1, Integer::sum);
        }
        if (counts.isEmpty() && !(file.users().isEmpty() && file.groups().isEmpty() && file.roles().isEmpty())) {
            Where where = !file.users().isEmpty() ? file.users().get(0).where()
                    : !file.groups().isEmpty() ? file.groups().get(0).where() : file.roles().get(0).where();
            throw refuse(file, where, "cannot tell the account: no ARN in this file names a 12-digit account id");
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The account most of a file's entities name (the file's own), or null when they name none. */
    private static String mainAccount(Map<String, Integer> named) {
        return named.isEmpty() ? null : named.keySet().iterator().next();
    }

    /** The account an entity's ARN names, or its file's when the ARN names no 12-digit account. */
    private static String accountOf(String[] arn, String fileAccount) {
        return IamNames.isAccountId(arn[4]) ? arn[4] : fileAccount;
    }

    private static void checkPages(Map<ExportFile, String> accountOf) throws AuthorizationImportException {
        Map<String, List<ExportFile>> complete = new LinkedHashMap<>();
        boolean completeWithoutAccount = false;
        for (Map.Entry<ExportFile, String> entry : accountOf.entrySet()) {
            if (!entry.getKey().truncated()) {
                if (entry.getValue() == null) {
                    completeWithoutAccount = true;
                } else {
                    complete.computeIfAbsent(entry.getValue(), a -> new ArrayList<>()).add(entry.getKey());
                }
            }
        }
        for (Map.Entry<String, List<ExportFile>> entry : complete.entrySet()) {
            if (entry.getValue().size() > 1) {
                ExportFile second = entry.getValue().get(1);
                throw new AuthorizationImportException(second.name(), new SourcePosition(1, 1), "",
                        entry.getValue().get(0).name() + " and this file are both complete exports of account "
                                + entry.getKey() + ": give one export per account (several files of one account"
                                + " must be the pages of one export)");
            }
        }
        for (Map.Entry<ExportFile, String> entry : accountOf.entrySet()) {
            ExportFile file = entry.getKey();
            String account = entry.getValue();
            if (!file.truncated()) {
                continue;
            }
            boolean continued = account == null ? accountOf.size() > 1
                    : complete.containsKey(account) || completeWithoutAccount;
            if (!continued) {
                throw refuse(file, file.truncatedAt(), "the export" + (account == null ? "" : " of account " + account)
                        + " is incomplete: this page is truncated and no later page was given; pass every page of"
                        + " the export (or export again without --max-items and --no-paginate)");
            }
        }
    }

    // ---- entities

    private void policy(ExportFile file, PolicyDetail detail) throws AuthorizationImportException {
        String[] arn = arnParts(file, detail.arn(), detail.where());
        boolean aws = arn[4].equals("aws");
        String account = aws ? null : arn[4];
        String id = policyId(account, detail.name());
        if (aws && entities.containsKey(id)) {
            return; // the same AWS managed policy, listed by another account's export
        }
        name(file, detail.where(), EntityKind.MANAGED_POLICY, detail.name());
        String path = path(file, detail.where(), arn[5], "policy", detail.name(), detail.path());
        List<ManagedPolicyVersion> versions = new ArrayList<>();
        List<Version> sorted = new ArrayList<>(detail.versions());
        sorted.sort(Comparator.comparingLong((Version v) -> versionNumber(v.versionId()))
                .thenComparing(Version::versionId));
        for (Version version : sorted) {
            versions.add(new ManagedPolicyVersion(version.versionId(), new PolicyText(version.document())));
        }
        add(file, detail.where(), new ManagedPolicy(id, account, detail.name(), path,
                detail.description() == null ? "" : detail.description(), versions, detail.defaultVersion()));
        policyIds.put(policyKey(arn[4], detail.name()), id);
    }

    private void group(ExportFile file, String fileAccount, GroupDetail detail) throws AuthorizationImportException {
        String[] arn = arnParts(file, detail.arn(), detail.where());
        String account = accountOf(arn, fileAccount);
        name(file, detail.where(), EntityKind.GROUP, detail.name());
        String id = "group-" + account + "-" + detail.name();
        add(file, detail.where(), new Group(id, account, detail.name(),
                path(file, detail.where(), arn[5], "group", detail.name(), detail.path())));
        owned(file, id, detail.inline());
        attached(file, id, "group " + detail.name(), account, detail.attached());
    }

    private void user(ExportFile file, String fileAccount, UserDetail detail) throws AuthorizationImportException {
        String[] arn = arnParts(file, detail.arn(), detail.where());
        String account = accountOf(arn, fileAccount);
        name(file, detail.where(), EntityKind.USER, detail.name());
        String id = "user-" + account + "-" + detail.name();
        add(file, detail.where(), new User(id, account, detail.name(),
                path(file, detail.where(), arn[5], "user", detail.name(), detail.path()), false, false, detail.tags()));
        owned(file, id, detail.inline());
        String label = "user " + detail.name();
        attached(file, id, label, account, detail.attached());
        for (String group : detail.groups()) {
            pending.add(new Pending(RelationKind.MEMBER_OF, id, label, group, account, file.name(), detail.where()));
        }
        boundary(file, id, label, account, detail.boundary());
    }

    private void role(ExportFile file, String fileAccount, RoleDetail detail) throws AuthorizationImportException {
        String[] arn = arnParts(file, detail.arn(), detail.where());
        String account = accountOf(arn, fileAccount);
        name(file, detail.where(), EntityKind.ROLE, detail.name());
        String id = "role-" + account + "-" + detail.name();
        add(file, detail.where(), new Role(id, account, detail.name(),
                path(file, detail.where(), arn[5], "role", detail.name(), detail.path()),
                new PolicyText(detail.trustPolicy()), sessionHours(detail.maxSessionSeconds()),
                detail.description() == null ? "" : detail.description(), detail.tags()));
        owned(file, id, detail.inline());
        String label = "role " + detail.name();
        attached(file, id, label, account, detail.attached());
        boundary(file, id, label, account, detail.boundary());
        for (InstanceProfile profile : detail.instanceProfiles()) {
            instanceProfile(file, account, id, profile);
        }
    }

    /** An instance profile as the compute that runs as its role; a profile listed twice is kept once, with a note. */
    private void instanceProfile(ExportFile file, String account, String roleId, InstanceProfile profile)
            throws AuthorizationImportException {
        String id = "profile-" + account + "-" + profile.name();
        if (entities.containsKey(id)) {
            notes.add(fileName(file.name()) + ": instance profile \"" + profile.name() + "\" is listed by more than"
                    + " one role; it is kept with the first (a profile holds one role)");
            return;
        }
        String path = profile.path() == null || profile.path().isEmpty() ? "/" : profile.path();
        String problem = IamNames.pathProblem(path);
        if (problem != null) {
            throw refuse(file, profile.where(), problem);
        }
        String arn = profile.arn() != null && !profile.arn().isEmpty() ? profile.arn()
                : "arn:aws:iam::" + account + ":instance-profile" + path + profile.name();
        add(file, profile.where(), new Compute(id, account, Compute.Type.EC2_INSTANCE_PROFILE, profile.name(), arn,
                profile.name()));
        relations.add(new Relation(RelationKind.RUNS_AS, id, roleId));
    }

    private void owned(ExportFile file, String owner, List<Inline> inline) throws AuthorizationImportException {
        for (Inline policy : inline) {
            name(file, policy.where(), EntityKind.INLINE_POLICY, policy.name());
            String id = "inline-" + owner + "-" + policy.name();
            String unique = id;
            for (int n = 2; entities.containsKey(unique); n++) {
                unique = id + "-" + n;
            }
            add(file, policy.where(), new InlinePolicy(unique, owner, policy.name(), new PolicyText(policy.document())));
        }
    }

    private void attached(ExportFile file, String target, String label, String account, List<PolicyRef> refs) {
        for (PolicyRef ref : refs) {
            pending.add(new Pending(RelationKind.ATTACHED_TO, target, label, ref.arn(), account, file.name(), ref.where()));
        }
    }

    private void boundary(ExportFile file, String target, String label, String account, PolicyRef ref) {
        if (ref != null) {
            pending.add(new Pending(RelationKind.BOUNDARY_OF, target, label, ref.arn(), account, file.name(), ref.where()));
        }
    }

    private void add(ExportFile file, Where where, Entity entity) throws AuthorizationImportException {
        Origin earlier = origins.get(entity.id());
        if (earlier != null) {
            throw refuse(file, where, "the " + entity.kind().json() + " \"" + entity.name() + "\" is also at "
                    + (earlier.file().equals(file.name()) ? "" : earlier.file() + " ")
                    + "line " + earlier.where().position().line() + ": an export lists each once");
        }
        String key = IamNames.uniquenessKey(entity);
        String namesake = key == null ? null : namesakes.putIfAbsent(key, entity.id());
        if (namesake != null) {
            Origin first = origins.get(namesake);
            throw refuse(file, where, "the " + entity.kind().json() + " \"" + entity.name() + "\" and \""
                    + entities.get(namesake).name() + "\" (" + (first.file().equals(file.name()) ? "" : first.file() + " ")
                    + "line " + first.where().position().line() + ") are one name to IAM, which ignores case in names:"
                    + " one account cannot hold both");
        }
        entities.put(entity.id(), entity);
        origins.put(entity.id(), new Origin(file.name(), where));
    }

    // ---- references

    private void resolve(Pending ref) throws AuthorizationImportException {
        if (ref.kind() == RelationKind.MEMBER_OF) {
            String group = "group-" + ref.account() + "-" + ref.reference();
            if (entities.get(group) instanceof Group) {
                relations.add(new Relation(RelationKind.MEMBER_OF, ref.target(), group));
            } else {
                notes.add(ref.file() + ": group \"" + ref.reference() + "\" of " + ref.targetLabel()
                        + " is not in the export; the membership is left out");
            }
            return;
        }
        String[] arn = arnParts(ref.file(), ref.reference(), ref.where());
        String what = ref.kind() == RelationKind.BOUNDARY_OF ? "the permissions boundary of " : "attached to ";
        String policy = policyIds.get(policyKey(arn[4], lastSegment(arn[5])));
        if (policy == null && arn[4].equals("aws")) {
            policy = fromCatalogue(ref);
            if (policy == null) {
                notes.add(ref.file() + ": " + ref.reference() + " (" + what + ref.targetLabel()
                        + ") is not in the export or the catalogue; it is left out");
                return;
            }
        }
        if (policy == null) {
            notes.add(ref.file() + ": " + ref.reference() + " (" + what + ref.targetLabel()
                    + ") is not in the export; it is left out");
            return;
        }
        relations.add(new Relation(ref.kind(), policy, ref.target()));
    }

    /** An AWS managed policy from the catalogue, added to the model; its id, or null when unknown. */
    private String fromCatalogue(Pending ref) {
        if (catalogue == null) {
            catalogue = catalogueSource.get();
        }
        dev.iammodeller.catalog.AwsManagedPolicy known = catalogue.byArn(ref.reference()).orElse(null);
        if (known == null) {
            return null;
        }
        ManagedPolicy policy = awsManaged(known);
        String id = policy.id();
        entities.put(id, policy);
        policyIds.put(policyKey("aws", known.name()), id);
        notes.add(known.arn() + " is not in the export; its document is the catalogue's (version "
                + known.versionId() + ")");
        return id;
    }

    /** An AWS managed policy of the catalogue as the model's entity {@code policy-aws-<name>}. */
    static ManagedPolicy awsManaged(dev.iammodeller.catalog.AwsManagedPolicy known) {
        String resource = known.arn().substring(known.arn().indexOf(":policy/") + 1);
        String path = resource.substring("policy".length(), resource.length() - known.name().length());
        return new ManagedPolicy(policyId(null, known.name()), null, known.name(), path.isEmpty() ? "/" : path, "",
                List.of(new ManagedPolicyVersion(known.versionId(),
                        new PolicyText(CanonicalPolicyText.reprintTrusted(known.documentJson())))),
                known.versionId());
    }

    // ---- names, ARNs, paths

    static String accountId(String account) {
        return "acct-" + account;
    }

    static String policyId(String account, String name) {
        return "policy-" + (account == null ? "aws" : account) + "-" + name;
    }

    private static String policyKey(String owner, String name) {
        return owner + "/" + name;
    }

    /** {@code arn, partition, service, region, account, resource}; refused unless an IAM ARN. */
    private static String[] arnParts(ExportFile file, String arn, Where where) throws AuthorizationImportException {
        return arnParts(file.name(), arn, where);
    }

    private static String[] arnParts(String file, String arn, Where where) throws AuthorizationImportException {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals("iam") || parts[5].isEmpty()) {
            throw new AuthorizationImportException(file, where.position(), where.path(),
                    "\"" + arn + "\" is not the ARN of an IAM user, group, role or policy");
        }
        return parts;
    }

    private static String lastSegment(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** The path between the ARN's resource type and the name ({@code user/division/alice}: {@code /division/}). */
    private static String path(ExportFile file, Where where, String resource, String type, String name,
                               String exportPath) throws AuthorizationImportException {
        String path;
        if (resource.startsWith(type + "/") && resource.endsWith("/" + name)) {
            path = resource.substring(type.length(), resource.length() - name.length());
        } else {
            path = exportPath == null || exportPath.isEmpty() ? "/" : exportPath;
        }
        String problem = IamNames.pathProblem(path);
        if (problem != null) {
            throw refuse(file, where, problem);
        }
        return path;
    }

    private static void name(ExportFile file, Where where, EntityKind kind, String name)
            throws AuthorizationImportException {
        String problem = IamNames.nameProblem(kind, name);
        if (problem != null) {
            throw refuse(file, where, problem);
        }
    }

    /** A role's maximum session, seconds to whole hours rounded up, 1 to 12 (1 when the export leaves it out). */
    static int sessionHours(Integer seconds) {
        if (seconds == null) {
            return 1;
        }
        long hours = (seconds + 3599L) / 3600L;
        return (int) Math.max(1, Math.min(12, hours));
    }

    /** {@code v12} is 12; anything else sorts after every number. */
    private static long versionNumber(String versionId) {
        if (versionId.length() > 1 && (versionId.charAt(0) == 'v' || versionId.charAt(0) == 'V')) {
            try {
                return Long.parseLong(versionId.substring(1));
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static AuthorizationImportException refuse(ExportFile file, Where where, String problem) {
        return new AuthorizationImportException(file.name(), where.position(), where.path(), problem);
    }
}
