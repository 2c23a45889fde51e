package dev.iammodeller.eval;

import dev.iammodeller.catalog.ResourceControlPolicyServices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides one request against its policy set as AWS's "Policy evaluation logic" and "Cross-account
 * policy evaluation logic" describe: an explicit deny in any layer wins; every SCP and RCP level must
 * allow; in the same account either the identity side or the resource-based policy may grant (with the
 * strength of the grant deciding what else applies); across accounts both sides must allow; role trust
 * policies and KMS key policies must allow even in the same account.
 */
public final class PolicyEvaluator {
    private static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
            "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext");

    private static final Comparator<StatementRef> BY_LAYER = Comparator.comparing(StatementRef::layer);

    private PolicyEvaluator() {
    }

    public static Decision evaluate(AccessRequest request, PolicySet policies) {
        String action = request.action().toLowerCase(Locale.ROOT);
        if (needsNoPermission(action)) {
            return new Decision(DecisionKind.ALLOWED, List.of(), List.of(), List.of(),
                    "sts:GetCallerIdentity needs no permission, and no policy can deny it");
        }
        Map<String, String> missing = new LinkedHashMap<>();
        Consumer<String> missingSink = key -> missing.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
        RequestPrincipal principal = request.principal();
        boolean identitySide = principal.kind().hasIdentityPolicies();

        LayerScan identity = new LayerScan();
        LayerScan boundary = null;
        LayerScan session = null;
        if (identitySide) {
            for (int i = 0; i < policies.identityPolicies().size(); i++) {
                identity.scan(PolicyLayer.IDENTITY, null, i, policies.identityPolicies().get(i), request, missingSink);
            }
            if (policies.permissionsBoundary() != null) {
                boundary = new LayerScan();
                boundary.scan(PolicyLayer.PERMISSIONS_BOUNDARY, null, 0, policies.permissionsBoundary(), request,
                        missingSink);
            }
            if (policies.sessionPolicy() != null && principal.kind() != PrincipalKind.USER) {
                session = new LayerScan();
                session.scan(PolicyLayer.SESSION_POLICY, null, 0, policies.sessionPolicy(), request, missingSink);
            } else if (principal.kind() == PrincipalKind.FEDERATED_USER) {
                // A federated user session without a session policy has no permissions of its own.
                session = new LayerScan();
            }
        }
        LayerScan resource = null;
        if (policies.resourcePolicy() != null) {
            resource = new LayerScan();
            resource.scan(PolicyLayer.RESOURCE, null, 0, policies.resourcePolicy(), request,
                    boundary != null, missingSink);
        }
        List<LayerScan> scpLevels = new ArrayList<>();
        if (scpsApply(principal)) {
            for (OrganizationLevel level : policies.serviceControlPolicies()) {
                scpLevels.add(scanLevel(PolicyLayer.SCP, level, request, missingSink));
            }
        }
        List<LayerScan> rcpLevels = new ArrayList<>();
        if (rcpsApply(request, action)) {
            for (OrganizationLevel level : policies.resourceControlPolicies()) {
                rcpLevels.add(scanLevel(PolicyLayer.RCP, level, request, missingSink));
            }
        }
        List<LayerScan> endpoints = new ArrayList<>();
        for (int i = 0; i < policies.vpcEndpointPolicies().size(); i++) {
            LayerScan endpoint = new LayerScan();
            endpoint.scan(PolicyLayer.VPC_ENDPOINT, null, i, policies.vpcEndpointPolicies().get(i), request, missingSink);
            endpoints.add(endpoint);
        }
        List<String> missingKeys = List.copyOf(missing.values());

        // 1. An explicit deny anywhere, or a rule AWS enforces, wins.
        EnumSet<PolicyLayer> denyingLayers = EnumSet.noneOf(PolicyLayer.class);
        List<StatementRef> denies = new ArrayList<>();
        collectDenies(identity, denyingLayers, denies);
        collectDenies(boundary, denyingLayers, denies);
        collectDenies(session, denyingLayers, denies);
        collectDenies(resource, denyingLayers, denies);
        scpLevels.forEach(level -> collectDenies(level, denyingLayers, denies));
        rcpLevels.forEach(level -> collectDenies(level, denyingLayers, denies));
        endpoints.forEach(level -> collectDenies(level, denyingLayers, denies));
        String enforced = AwsEnforcedRules.refusal(request);
        if (enforced != null) {
            denyingLayers.add(PolicyLayer.AWS_ENFORCED);
        }
        if (!denyingLayers.isEmpty()) {
            String reason = enforced != null ? enforced
                    : "an explicit Deny in " + layerWords(denyingLayers) + " overrides every Allow";
            return new Decision(DecisionKind.EXPLICIT_DENY, List.copyOf(denyingLayers), List.copyOf(denies),
                    missingKeys, reason);
        }

        // 2. Guardrails: every SCP level and every endpoint policy must allow (RCP levels always hold
        //    the AWS-managed RCPFullAWSAccess, so they only ever deny).
        EnumSet<PolicyLayer> blocked = EnumSet.noneOf(PolicyLayer.class);
        List<StatementRef> grants = new ArrayList<>();
        for (LayerScan level : scpLevels) {
            if (level.allowed()) {
                grants.addAll(level.allows);
            } else {
                blocked.add(PolicyLayer.SCP);
            }
        }
        for (LayerScan endpoint : endpoints) {
            if (endpoint.allowed()) {
                grants.addAll(endpoint.allows);
            } else {
                blocked.add(PolicyLayer.VPC_ENDPOINT);
            }
        }

        // 3. The identity side and the resource side.
        PrincipalMatch grant = resource == null ? PrincipalMatch.NONE : resource.allowMatch;
        boolean crossAccount = principal.account() == null || !principal.account().equals(request.resourceAccount());
        boolean resourceMustAllow = crossAccount || !identitySide && principal.kind() != PrincipalKind.ROOT
                || needsResourcePolicy(action, request);
        if (resourceMustAllow && grant == PrincipalMatch.NONE) {
            blocked.add(PolicyLayer.RESOURCE);
        }
        if (grant != PrincipalMatch.NONE) {
            grants.addAll(resource.allows);
        }
        PrincipalMatch effective = crossAccount ? PrincipalMatch.ACCOUNT : grant;
        if (effective == PrincipalMatch.DIRECT && TRUST_ACTIONS.contains(action)) {
            // "If a permissions boundary is set for the user, then it must allow the sts:AssumeRole action."
            effective = PrincipalMatch.ROLE;
        }
        if (identitySide && (resourceMustAllow ? grant != PrincipalMatch.NONE || crossAccount : true)) {
            EnumSet<PolicyLayer> sideBlocked = EnumSet.noneOf(PolicyLayer.class);
            if (effective.compareTo(PrincipalMatch.ACCOUNT) <= 0) {
                require(identity, PolicyLayer.IDENTITY, sideBlocked, grants);
            }
            if (effective.compareTo(PrincipalMatch.ROLE) <= 0) {
                require(boundary, PolicyLayer.PERMISSIONS_BOUNDARY, sideBlocked, grants);
                require(session, PolicyLayer.SESSION_POLICY, sideBlocked, grants);
            }
            if (!sideBlocked.isEmpty() && !resourceMustAllow && resource != null && grant == PrincipalMatch.NONE) {
                sideBlocked.add(PolicyLayer.RESOURCE);
            }
            blocked.addAll(sideBlocked);
        }

        if (!blocked.isEmpty()) {
            return new Decision(DecisionKind.IMPLICIT_DENY, List.copyOf(blocked), List.of(), missingKeys,
                    "no Allow in " + layerWords(blocked) + " grants this request, so it is implicitly denied");
        }
        grants.sort(BY_LAYER);
        return new Decision(DecisionKind.ALLOWED, List.of(), List.copyOf(grants), missingKeys,
                principal.kind() == PrincipalKind.ROOT && !crossAccount && grants.isEmpty()
                        ? "the account root user may do anything in its own account that no deny or SCP stops"
                        : "every layer that applies allows this request");
    }

    private static LayerScan scanLevel(PolicyLayer layer, OrganizationLevel level, AccessRequest request,
                                       Consumer<String> missing) {
        LayerScan scan = new LayerScan();
        for (int i = 0; i < level.policies().size(); i++) {
            scan.scan(layer, level.target(), i, level.policies().get(i), request, missing);
        }
        return scan;
    }

    /** SCPs limit the principals of member accounts, never service principals or service-linked roles. */
    private static boolean scpsApply(RequestPrincipal principal) {
        return (principal.kind().hasIdentityPolicies() || principal.kind() == PrincipalKind.ROOT)
                && !principal.isServiceLinkedRole();
    }

    /**
     * RCPs cover the resources of the services that support them, but not calls of service-linked roles
     * and not kms:RetireGrant.
     */
    private static boolean rcpsApply(AccessRequest request, String action) {
        return resourceControlPoliciesGovern(action, request.servicePrefix()) && !request.principal().isServiceLinkedRole();
    }

    /** Whether RCPs govern the (lower-case) action, of the service with this (lower-case) prefix. */
    private static boolean resourceControlPoliciesGovern(String action, String servicePrefix) {
        return !action.equals("kms:retiregrant") && ResourceControlPolicyServices.covers(servicePrefix);
    }

    private static boolean needsNoPermission(String action) {
        return action.equals("sts:getcalleridentity");
    }

    /** Role trust policies and KMS key policies must allow even within the account. */
    private static boolean needsResourcePolicy(String action, AccessRequest request) {
        if (TRUST_ACTIONS.contains(action)) {
            return isRole(request.resource());
        }
        return action.startsWith("kms:") && isKmsKey(request.resource());
    }

    /**
     * What of an action's name a decision reads besides the Action and NotAction of the statements: whether it
     * needs no permission at all ({@code sts:GetCallerIdentity}), whether RCPs govern it (its service supports
     * them, and it is not {@code kms:RetireGrant}), whether a role's trust policy must allow it on a role (the
     * trust actions, such as {@code sts:AssumeRole}), and whether a KMS key's policy must allow it on a key (the
     * {@code kms:} actions). On a resource AWS may refuse by name ({@link ResourceTraits#refusedByName}) its
     * rules read the whole name as well. Actions alike in these and in the statements that cover them get the
     * same decision on any other resource, for the same caller and context.
     */
    public record ActionTraits(boolean needsNoPermission, boolean governedByResourceControlPolicies,
                               boolean trustAction, boolean keyAction) {
    }

    public static ActionTraits traitsOfAction(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        return new ActionTraits(needsNoPermission(lower),
                resourceControlPoliciesGovern(lower, colon < 0 ? lower : lower.substring(0, colon)),
                TRUST_ACTIONS.contains(lower), lower.startsWith("kms:"));
    }

    private static boolean isRole(String resource) {
        return resource.contains(":role/");
    }

    private static boolean isKmsKey(String resource) {
        return resource.startsWith("arn:") && resource.contains(":kms:") && resource.contains(":key/");
    }

    /**
     * What of a resource's ARN a decision reads besides the Resource of the statements naming the action: whether
     * its own policy must allow some actions on it even within its account (a role, a KMS key), and whether AWS
     * may refuse a request on it by its name whatever the policies say. ARNs alike in these, in their account and
     * in the statements that match them get the same decision.
     */
    public record ResourceTraits(boolean ownPolicyMustAllow, boolean refusedByName) {
    }

    public static ResourceTraits traits(String resource) {
        return new ResourceTraits(isRole(resource) || isKmsKey(resource), AwsEnforcedRules.mayRefuseByName(resource));
    }

    private static void require(LayerScan scan, PolicyLayer layer, Set<PolicyLayer> blocked, List<StatementRef> grants) {
        if (scan == null) {
            return;
        }
        if (scan.allowed()) {
            grants.addAll(scan.allows);
        } else {
            blocked.add(layer);
        }
    }

    private static void collectDenies(LayerScan scan, Set<PolicyLayer> layers, List<StatementRef> denies) {
        if (scan != null && scan.denied()) {
            layers.add(scan.denies.get(0).layer());
            denies.addAll(scan.denies);
        }
    }

    private static String layerWords(Set<PolicyLayer> layers) {
        List<String> words = new ArrayList<>();
        for (PolicyLayer layer : layers) {
            words.add(layer.json());
        }
        return String.join(", ", words);
    }
}
