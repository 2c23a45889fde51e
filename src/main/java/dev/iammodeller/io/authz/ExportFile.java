package dev.iammodeller.io.authz;

import dev.iammodeller.policy.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * What one file of {@code aws iam get-account-authorization-details} holds, as read (before any reference
 * is resolved). Policy documents are already canonical JSON text (see {@link CanonicalPolicyText}); every detail
 * keeps where it is in the file so that a later refusal can name the place.
 */
record ExportFile(String name, List<UserDetail> users, List<GroupDetail> groups, List<RoleDetail> roles,
                  List<PolicyDetail> policies, boolean truncated, Where truncatedAt) {

    /** Where a value is: line and column in the file, and its JSON path. */
    record Where(SourcePosition position, String path) {
    }

    /** An attached managed policy or a permissions boundary: the policy's ARN, and where it is named. */
    record PolicyRef(String arn, Where where) {
    }

    /** An inline policy: its name and its document. */
    record Inline(String name, String document, Where where) {
    }

    record UserDetail(String name, String arn, String path, List<String> groups, List<PolicyRef> attached,
                      List<Inline> inline, Map<String, String> tags, PolicyRef boundary, Where where) {
    }

    record GroupDetail(String name, String arn, String path, List<PolicyRef> attached, List<Inline> inline,
                       Where where) {
    }

    record RoleDetail(String name, String arn, String path, String trustPolicy, List<PolicyRef> attached,
                      List<Inline> inline, Map<String, String> tags, PolicyRef boundary, Integer maxSessionSeconds,
                      String description, List<InstanceProfile> instanceProfiles, Where where) {
    }

    /** An instance profile that holds a role: its name, and its ARN when the export gives it. */
    record InstanceProfile(String name, String arn, String path, Where where) {
    }

    /** One version of a managed policy; {@code isDefault} is the export's IsDefaultVersion. */
    record Version(String versionId, String document, boolean isDefault) {
    }

    record PolicyDetail(String name, String arn, String path, String description, String defaultVersion,
                        List<Version> versions, Where where) {
    }
}
