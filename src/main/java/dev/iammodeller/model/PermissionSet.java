package dev.iammodeller.model;

import java.util.List;

/**
 * An IAM Identity Center permission set: what a person signed in through Identity Center may do in an
 * account it is assigned to. Identity Center provisions it in each such account as a role
 * {@code AWSReservedSSO_<name>_<suffix>} under {@code /aws-reserved/sso.amazonaws.com/} (the {@code provisions}
 * relation, see {@link ProvisionedRoles}). AWS managed policies are attached to it ({@code attachedTo}) and an
 * AWS managed boundary set on it ({@code boundaryOf}) as for a role; customer managed policies and a customer
 * managed boundary are references by path and name ({@code /team/Deploy}), resolved in each account.
 *
 * @param arn                      {@code arn:aws:sso:::permissionSet/ssoins-.../ps-...}, or null when unknown
 * @param sessionDuration          ISO-8601 duration of a session, {@code PT1H} to {@code PT12H}
 * @param customerManagedPolicies  path and name of each customer managed policy, {@code /} for the root path
 * @param inlinePolicy             the inline policy, or null
 * @param customerManagedBoundary  path and name of a customer managed permissions boundary, or null
 */
public record PermissionSet(String id, String name, String arn, String description, String sessionDuration,
                            List<String> customerManagedPolicies, PolicyText inlinePolicy,
                            String customerManagedBoundary) implements Entity {
    public PermissionSet {
        customerManagedPolicies = List.copyOf(customerManagedPolicies);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PERMISSION_SET;
    }

    /**
     * The ARN requests about the set name: its own, or, for a set drawn without one, the ARN it would have in an
     * instance {@code ssoins-0000000000000000} (so that policies on {@code arn:aws:sso:::permissionSet/*} match it).
     */
    public String requestArn() {
        return arn != null ? arn : "arn:aws:sso:::permissionSet/ssoins-0000000000000000/" + id;
    }

    /** The session duration in seconds, or -1 when it does not read as {@code PT#H#M#S}. */
    public long sessionSeconds() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PT(?=\\d)(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,6})S)?")
                .matcher(sessionDuration == null ? "" : sessionDuration);
        if (!m.matches()) {
            return -1;
        }
        long seconds = 0;
        for (int i = 1; i <= 3; i++) {
            if (m.group(i) != null) {
                seconds += Long.parseLong(m.group(i)) * (i == 1 ? 3600 : i == 2 ? 60 : 1);
            }
        }
        return seconds;
    }

    /** The session duration in whole hours, rounded up, 1 to 12 (1 when it does not read as a duration). */
    public int sessionHours() {
        long seconds = sessionSeconds();
        return seconds < 0 ? 1 : (int) Math.max(1, Math.min(12, (seconds + 3599) / 3600));
    }
}
