package dev.iammodeller.io.authz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.iammodeller.io.authz.ExportFile.GroupDetail;
import dev.iammodeller.io.authz.ExportFile.Inline;
import dev.iammodeller.io.authz.ExportFile.InstanceProfile;
import dev.iammodeller.io.authz.ExportFile.PolicyDetail;
import dev.iammodeller.io.authz.ExportFile.PolicyRef;
import dev.iammodeller.io.authz.ExportFile.RoleDetail;
import dev.iammodeller.io.authz.ExportFile.UserDetail;
import dev.iammodeller.io.authz.ExportFile.Version;
import dev.iammodeller.io.authz.ExportFile.Where;
import dev.iammodeller.policy.Json;
import dev.iammodeller.policy.JsonReader;
import dev.iammodeller.policy.PolicyParseException;
import dev.iammodeller.policy.PolicyReader;
import dev.iammodeller.policy.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one file of {@code aws iam get-account-authorization-details} with Jackson's streaming parser
 * (no tree: a 20 MB export is read in one pass), keeping the line, column and JSON path of what it reads.
 * Fields it does not use (ids, counts, RoleLastUsed...) are skipped; dates are checked. Every policy
 * document, a JSON object or (URL-encoded) policy text, becomes canonical text and must parse as a policy.
 * Anything else is refused with its place; {@link JsonReader} is used only then, to describe a syntax
 * error or to find the exact element of a policy that does not parse.
 */
final class ExportReader {
    static final List<String> LISTS = List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");
    /** Files at least this long (characters) report their progress. */
    static final int PROGRESS_MIN_CHARS = 2_000_000;

    private final String file;
    private final String text;
    private final ImportProgress progress;
    private final List<Object> segments = new ArrayList<>();
    private JsonParser p;
    private int reported;

    private ExportReader(String file, String text, ImportProgress progress) {
        this.file = file;
        this.text = text;
        this.progress = progress;
    }

    /** Reads the text of one export; {@code file} names it in messages. */
    static ExportFile read(String file, String text, ImportProgress progress) throws AuthorizationImportException {
        return new ExportReader(file, text, progress).read();
    }

    /** A refusal on its way out of the reading methods. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourcePosition position;
        private final String path;
        private final String problem;

        Refusal(SourcePosition position, String path, String problem) {
            super(problem, null, false, false);
            this.position = position;
            this.path = path;
            this.problem = problem;
        }
    }

    @FunctionalInterface
    private interface Item<T> {
        T read() throws IOException;
    }

    private ExportFile read() throws AuthorizationImportException {
        try (JsonParser parser = CanonicalPolicyText.FACTORY.createParser(text)) {
            p = parser;
            ExportFile export = export();
            if (text.length() >= PROGRESS_MIN_CHARS) {
                progress.reading(file, 100);
            }
            return export;
        } catch (JsonProcessingException e) {
            throw syntax(e);
        } catch (Refusal r) {
            throw new AuthorizationImportException(file, r.position, r.path, r.problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportFile export() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new Refusal(new SourcePosition(1, 1), "",
                    "the file is empty: expected the JSON output of aws iam get-account-authorization-details");
        }
        if (first != JsonToken.START_OBJECT) {
            throw refuse("this is not the output of aws iam get-account-authorization-details: expected a JSON object"
                    + " with UserDetailList, GroupDetailList, RoleDetailList and Policies, not " + describe(first));
        }
        Where root = where();
        List<UserDetail> users = List.of();
        List<GroupDetail> groups = List.of();
        List<RoleDetail> roles = List.of();
        List<PolicyDetail> policies = List.of();
        boolean export = false;
        boolean truncated = false;
        Where truncatedAt = null;
        while (nextField()) {
            switch (field()) {
                case "UserDetailList":
                    users = list(this::user);
                    export = true;
                    break;
                case "GroupDetailList":
                    groups = list(this::group);
                    export = true;
                    break;
                case "RoleDetailList":
                    roles = list(this::role);
                    export = true;
                    break;
                case "Policies":
                    policies = list(this::policy);
                    export = true;
                    break;
                case "IsTruncated": {
                    Where at = where();
                    if (Boolean.TRUE.equals(bool())) {
                        truncated = true;
                        truncatedAt = at;
                    }
                    break;
                }
                case "NextToken": {
                    // What the AWS CLI writes instead of IsTruncated and Marker when --max-items cut the output.
                    Where at = where();
                    if (string() != null && truncatedAt == null) {
                        truncated = true;
                        truncatedAt = at;
                    }
                    break;
                }
                default:
                    p.skipChildren();
            }
            endField();
        }
        JsonToken extra = p.nextToken();
        if (extra != null) {
            throw refuse("unexpected text after the end of the JSON value");
        }
        if (!export) {
            throw new Refusal(root.position(), "$", "this is not the output of aws iam get-account-authorization-details:"
                    + " the object has none of UserDetailList, GroupDetailList, RoleDetailList and Policies");
        }
        return new ExportFile(file, users, groups, roles, policies, truncated, truncatedAt);
    }

    private UserDetail user() throws IOException {
        Where at = startObject("a user");
        String name = null;
        String arn = null;
        String path = null;
        List<String> groups = List.of();
        List<PolicyRef> attached = List.of();
        List<Inline> inline = List.of();
        Map<String, String> tags = Map.of();
        PolicyRef boundary = null;
        while (nextField()) {
            switch (field()) {
                case "UserName": name = string(); break;
                case "Arn": arn = string(); break;
                case "Path": path = string(); break;
                case "CreateDate": date(); break;
                case "GroupList": groups = list(this::requiredString); break;
                case "AttachedManagedPolicies": attached = list(this::attachedPolicy); break;
                case "UserPolicyList": inline = list(this::inlinePolicy); break;
                case "Tags": tags = tags(); break;
                case "PermissionsBoundary": boundary = boundary(); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "UserName", name);
        require(at, "Arn", arn);
        return new UserDetail(name, arn, path, groups, attached, inline, tags, boundary, at);
    }

    private GroupDetail group() throws IOException {
        Where at = startObject("a group");
        String name = null;
        String arn = null;
        String path = null;
        List<PolicyRef> attached = List.of();
        List<Inline> inline = List.of();
        while (nextField()) {
            switch (field()) {
                case "GroupName": name = string(); break;
                case "Arn": arn = string(); break;
                case "Path": path = string(); break;
                case "CreateDate": date(); break;
                case "AttachedManagedPolicies": attached = list(this::attachedPolicy); break;
                case "GroupPolicyList": inline = list(this::inlinePolicy); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "GroupName", name);
        require(at, "Arn", arn);
        return new GroupDetail(name, arn, path, attached, inline, at);
    }

    private RoleDetail role() throws IOException {
        Where at = startObject("a role");
        String name = null;
        String arn = null;
        String path = null;
        String trust = null;
        List<PolicyRef> attached = List.of();
        List<Inline> inline = List.of();
        Map<String, String> tags = Map.of();
        PolicyRef boundary = null;
        Integer maxSession = null;
        String description = null;
        List<InstanceProfile> profiles = List.of();
        while (nextField()) {
            switch (field()) {
                case "RoleName": name = string(); break;
                case "Arn": arn = string(); break;
                case "Path": path = string(); break;
                case "CreateDate": date(); break;
                case "AssumeRolePolicyDocument": trust = document(); break;
                case "AttachedManagedPolicies": attached = list(this::attachedPolicy); break;
                case "RolePolicyList": inline = list(this::inlinePolicy); break;
                case "Tags": tags = tags(); break;
                case "PermissionsBoundary": boundary = boundary(); break;
                case "MaxSessionDuration": maxSession = integer(); break;
                case "Description": description = string(); break;
                case "InstanceProfileList": profiles = list(this::instanceProfile); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "RoleName", name);
        require(at, "Arn", arn);
        require(at, "AssumeRolePolicyDocument", trust);
        return new RoleDetail(name, arn, path, trust, attached, inline, tags, boundary, maxSession, description,
                profiles, at);
    }

    private PolicyDetail policy() throws IOException {
        Where at = startObject("a managed policy");
        String name = null;
        String arn = null;
        String path = null;
        String description = null;
        String defaultVersion = null;
        Where defaultAt = null;
        List<Version> versions = null;
        while (nextField()) {
            switch (field()) {
                case "PolicyName": name = string(); break;
                case "Arn": arn = string(); break;
                case "Path": path = string(); break;
                case "Description": description = string(); break;
                case "DefaultVersionId":
                    defaultAt = where();
                    defaultVersion = string();
                    break;
                case "CreateDate":
                case "UpdateDate":
                    date();
                    break;
                case "PolicyVersionList": versions = list(this::version); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "PolicyName", name);
        require(at, "Arn", arn);
        require(at, "PolicyVersionList", versions);
        if (versions.isEmpty()) {
            throw new Refusal(at.position(), at.path(), "the policy has no versions: its PolicyVersionList is empty");
        }
        if (defaultVersion == null) {
            defaultVersion = versions.stream().filter(Version::isDefault).map(Version::versionId).findFirst()
                    .orElseThrow(() -> new Refusal(at.position(), at.path(),
                            "the policy has no DefaultVersionId and no version with IsDefaultVersion true"));
        } else {
            String wanted = defaultVersion;
            if (versions.stream().noneMatch(v -> v.versionId().equals(wanted))) {
                throw new Refusal(defaultAt.position(), defaultAt.path(), "the default version \"" + wanted
                        + "\" is not in the policy's PolicyVersionList");
            }
        }
        return new PolicyDetail(name, arn, path, description, defaultVersion, versions, at);
    }

    private Version version() throws IOException {
        Where at = startObject("a policy version");
        String id = null;
        String document = null;
        boolean isDefault = false;
        while (nextField()) {
            switch (field()) {
                case "VersionId": id = string(); break;
                case "Document": document = document(); break;
                case "IsDefaultVersion": isDefault = Boolean.TRUE.equals(bool()); break;
                case "CreateDate": date(); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "VersionId", id);
        require(at, "Document", document);
        return new Version(id, document, isDefault);
    }

    private PolicyRef attachedPolicy() throws IOException {
        Where at = startObject("an attached policy");
        String arn = null;
        while (nextField()) {
            if (field().equals("PolicyArn")) {
                arn = string();
            } else {
                p.skipChildren();
            }
            endField();
        }
        require(at, "PolicyArn", arn);
        return new PolicyRef(arn, at);
    }

    private PolicyRef boundary() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Where at = startObject("a permissions boundary");
        String arn = null;
        while (nextField()) {
            if (field().equals("PermissionsBoundaryArn")) {
                arn = string();
            } else {
                p.skipChildren();
            }
            endField();
        }
        require(at, "PermissionsBoundaryArn", arn);
        return new PolicyRef(arn, at);
    }

    private Inline inlinePolicy() throws IOException {
        Where at = startObject("an inline policy");
        String name = null;
        String document = null;
        while (nextField()) {
            switch (field()) {
                case "PolicyName": name = string(); break;
                case "PolicyDocument": document = document(); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "PolicyName", name);
        require(at, "PolicyDocument", document);
        return new Inline(name, document, at);
    }

    private InstanceProfile instanceProfile() throws IOException {
        Where at = startObject("an instance profile");
        String name = null;
        String arn = null;
        String path = null;
        while (nextField()) {
            switch (field()) {
                case "InstanceProfileName": name = string(); break;
                case "Arn": arn = string(); break;
                case "Path": path = string(); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "InstanceProfileName", name);
        return new InstanceProfile(name, arn, path, at);
    }

    /** Tags as the export lists them, {@code [{"Key": k, "Value": v}]}, into a map. */
    private Map<String, String> tags() throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String[] tag : list(this::tag)) {
            tags.put(tag[0], tag[1]);
        }
        return tags;
    }

    private String[] tag() throws IOException {
        Where at = startObject("a tag");
        String key = null;
        String value = null;
        while (nextField()) {
            switch (field()) {
                case "Key": key = string(); break;
                case "Value": value = string(); break;
                default: p.skipChildren();
            }
            endField();
        }
        require(at, "Key", key);
        return new String[] {key, value == null ? "" : value};
    }

    /**
     * A policy document: a JSON object, or a string of policy text (URL-encoded as IAM's API returns it, or
     * plain JSON). Returns its canonical text, after checking that it parses as a policy.
     */
    private String document() throws IOException {
        JsonToken token = p.currentToken();
        Where at = where();
        String canonical;
        String decoded = null;
        if (token == JsonToken.START_OBJECT) {
            canonical = CanonicalPolicyText.copy(p);
        } else if (token == JsonToken.VALUE_STRING) {
            decoded = PolicyReader.policyText(p.getText());
            try {
                canonical = CanonicalPolicyText.reprint(decoded);
            } catch (IOException e) {
                throw new Refusal(at.position(), at.path(), "the policy text is not JSON: " + jsonProblem(decoded));
            }
        } else {
            throw refuse("a policy document must be a JSON object or policy text, not " + describe(token));
        }
        try {
            PolicyReader.parse(canonical);
        } catch (PolicyParseException e) {
            throw decoded == null ? objectProblem(at, new ArrayList<>(segments), e) : textProblem(at, decoded, e);
        }
        return canonical;
    }

    /** Why {@code text} is not JSON, in {@link JsonReader}'s words. */
    private static String jsonProblem(String text) {
        try {
            JsonReader.read(text, "$");
            return "it is not one JSON value";
        } catch (PolicyParseException e) {
            return e.getMessage();
        }
    }

    /**
     * The refusal for an object document that does not parse: the document is found again in a positioned
     * tree of the whole file, so that the refusal names the exact element (line, column, path).
     */
    private Refusal objectProblem(Where at, List<Object> documentSegments, PolicyParseException e) {
        try {
            Json node = JsonReader.read(text, "$");
            for (Object segment : documentSegments) {
                node = segment instanceof Integer index ? ((Json.JsonArray) node).items().get(index)
                        : ((Json.JsonObject) node).get((String) segment);
            }
            PolicyReader.read(node);
        } catch (PolicyParseException precise) {
            return new Refusal(precise.position(), precise.path(), "the policy does not parse: " + precise.problem());
        } catch (RuntimeException lost) {
            // fall back to the document's own place below
        }
        String inner = e.path() == null ? "" : e.path().substring(Math.min(1, e.path().length()));
        return new Refusal(at.position(), at.path() + inner, "the policy does not parse: " + e.problem());
    }

    /** The refusal for policy text that does not parse: at the string, with the place inside the (decoded) text. */
    private static Refusal textProblem(Where at, String decoded, PolicyParseException e) {
        PolicyParseException inText = e;
        try {
            PolicyReader.parse(decoded);
        } catch (PolicyParseException found) {
            inText = found;
        }
        return new Refusal(at.position(), at.path(), "the policy text does not parse: " + inText.problem()
                + " (" + inText.path() + ", " + inText.position() + " of the decoded text)");
    }

    private void date() throws IOException {
        String value = string();
        if (value != null && ExportDates.parse(value) == null) {
            throw refuse("\"" + value + "\" is not a date (expected 2019-12-18 19:10:08+00:00 or 2019-12-18T19:10:08Z)");
        }
    }

    // ---- the cursor: tokens, fields, lists, paths

    private boolean nextField() throws IOException {
        if (p.nextToken() == JsonToken.FIELD_NAME) {
            segments.add(p.currentName());
            p.nextToken();
            return true;
        }
        return false;
    }

    private void endField() {
        segments.remove(segments.size() - 1);
    }

    private String field() {
        return (String) segments.get(segments.size() - 1);
    }

    private <T> List<T> list(Item<T> item) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw refuse("\"" + field() + "\" must be a list, not " + describe(token));
        }
        List<T> out = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            segments.add(index++);
            out.add(item.read());
            segments.remove(segments.size() - 1);
            tick();
        }
        return out;
    }

    private Where startObject(String what) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw refuse(what + " must be a JSON object, not " + describe(token));
        }
        return where();
    }

    private String string() throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw refuse("\"" + field() + "\" must be a string, not " + describe(token));
    }

    private String requiredString() throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_STRING) {
            throw refuse("expected a string, not " + describe(token));
        }
        return p.getText();
    }

    private Boolean bool() {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw refuse("\"" + field() + "\" must be true or false, not " + describe(token));
    }

    private Integer integer() throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw refuse("\"" + field() + "\" must be a whole number, not " + describe(token));
        }
        return p.getIntValue();
    }

    private void require(Where at, String name, Object value) {
        if (value == null) {
            throw new Refusal(at.position(), at.path(), "\"" + name + "\" is missing");
        }
    }

    private void tick() {
        if (text.length() < PROGRESS_MIN_CHARS) {
            return;
        }
        int percent = (int) (p.currentLocation().getCharOffset() * 10 / text.length()) * 10;
        if (percent > reported && percent < 100) {
            reported = percent;
            progress.reading(file, percent);
        }
    }

    private Where where() {
        return new Where(position(p.currentTokenLocation()), path(segments));
    }

    private Refusal refuse(String problem) {
        return new Refusal(position(p.currentTokenLocation()), path(segments), problem);
    }

    private AuthorizationImportException syntax(JsonProcessingException e) {
        try {
            JsonReader.read(text, "$");
        } catch (PolicyParseException described) {
            return new AuthorizationImportException(file, described.position(), "", described.problem());
        }
        String message = e.getOriginalMessage();
        return new AuthorizationImportException(file, position(e.getLocation()), "",
                "invalid JSON: " + (message == null ? "" : message.lines().findFirst().orElse("")));
    }

    static String path(List<Object> segments) {
        StringBuilder out = new StringBuilder("$");
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                String name = (String) segment;
                boolean plain = !name.isEmpty();
                for (int i = 0; i < name.length() && plain; i++) {
                    char c = name.charAt(i);
                    plain = Character.isLetterOrDigit(c) || c == '_';
                }
                out.append(plain ? "." + name : "['" + name.replace("'", "\\'") + "']");
            }
        }
        return out.toString();
    }

    private static SourcePosition position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "a list";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: return "true";
            case VALUE_FALSE: return "false";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : token.asString();
        }
    }
}
