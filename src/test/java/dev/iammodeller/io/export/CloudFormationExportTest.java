package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.model.IamModel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The template holds only types and properties AWS's resource specification has, every property it requires,
 * valid unique logical ids, and every Ref and Fn::GetAtt names a resource of the template.
 */
class CloudFormationExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode spec() throws Exception {
        try (InputStream in = CloudFormationExportTest.class.getResourceAsStream("/export/cfn-resource-spec-excerpt.json")) {
            return JSON.readTree(in).get("types");
        }
    }

    private static void collect(JsonNode node, String key, List<JsonNode> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().equals(key)) {
                    out.add(f.getValue());
                }
                collect(f.getValue(), key, out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, key, out));
        }
    }

    static JsonNode check(IamModel model) throws Exception {
        JsonNode spec = spec();
        JsonNode template = JSON.readTree(CloudFormationExport.export(model, ExportOptions.DEFAULT).text());
        assertEquals("2010-09-09", template.get("AWSTemplateFormatVersion").asText());
        JsonNode resources = template.get("Resources");
        Set<String> ids = new HashSet<>();
        resources.fieldNames().forEachRemaining(ids::add);
        Set<String> lower = new HashSet<>();
        for (String id : ids) {
            assertTrue(id.matches("[A-Za-z0-9]{1,255}"), "logical id " + id);
            assertTrue(lower.add(id.toLowerCase()), "unique " + id);
            JsonNode resource = resources.get(id);
            JsonNode type = spec.get(resource.get("Type").asText());
            assertTrue(type != null, id + ": " + resource.get("Type"));
            Set<String> known = new HashSet<>();
            type.get("properties").forEach(p -> known.add(p.asText()));
            resource.get("Properties").fieldNames().forEachRemaining(p -> assertTrue(known.contains(p), id + "." + p));
            type.get("required").forEach(p -> assertTrue(resource.get("Properties").has(p.asText()), id + " requires " + p));
        }
        List<JsonNode> refs = new ArrayList<>();
        collect(template, "Ref", refs);
        refs.forEach(r -> assertTrue(ids.contains(r.asText()), "Ref " + r));
        List<JsonNode> getAtts = new ArrayList<>();
        collect(template, "Fn::GetAtt", getAtts);
        getAtts.forEach(g -> assertTrue(ids.contains(g.get(0).asText()), "GetAtt " + g));
        return template;
    }

    @Test
    void everyExampleGivesAValidTemplate() throws Exception {
        for (IamModel model : ExportFixtures.examples().values()) {
            check(model);
        }
    }

    @Test
    void hostileNamesAndWhatTheTemplateMakesOfTheModel() throws Exception {
        IamModel model = ExportFixtures.hostile();
        JsonNode resources = check(model).get("Resources");
        Map<String, List<JsonNode>> byType = new java.util.HashMap<>();
        resources.forEach(r -> byType.computeIfAbsent(r.get("Type").asText(), k -> new ArrayList<>()).add(r.get("Properties")));
        assertEquals(3, byType.get("AWS::IAM::User").size());
        assertEquals(Set.of(ExportFixtures.HOSTILE, "zoë", "ZOË"), names(byType.get("AWS::IAM::User"), "UserName"));
        assertEquals(Set.of("own-folder ${aws:username}", "boundary"), names(byType.get("AWS::IAM::ManagedPolicy"), "ManagedPolicyName"),
                "AWS managed policies are never created");
        JsonNode role = byType.get("AWS::IAM::Role").stream().filter(r -> r.get("RoleName").asText().equals("Ærø\\role"))
                .findFirst().orElseThrow();
        assertEquals(7200, role.get("MaxSessionDuration").asInt());
        assertTrue(role.get("ManagedPolicyArns").toString().contains("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        assertTrue(role.get("PermissionsBoundary").has("Ref"));
        JsonNode principal = role.get("AssumeRolePolicyDocument").get("Statement").get(0).get("Principal").get("AWS");
        assertTrue(principal.has("Fn::GetAtt"), "the trusted user of the template by Fn::GetAtt: " + principal);
        JsonNode group = byType.get("AWS::IAM::UserToGroupAddition").get(0);
        assertEquals(2, group.get("Users").size());
        assertEquals(1, byType.get("AWS::IAM::InstanceProfile").size());
        JsonNode user = byType.get("AWS::IAM::User").stream().filter(u -> u.get("UserName").asText().equals(ExportFixtures.HOSTILE))
                .findFirst().orElseThrow();
        assertEquals(2, user.get("Policies").size());
        assertEquals("[{\"Key\":\"team\",\"Value\":\"a\\\"b & <c>\"}]", user.get("Tags").toString());
        Set<String> policyTypes = names(byType.get("AWS::Organizations::Policy"), "Type");
        assertEquals(Set.of("SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"), policyTypes);
        JsonNode scp = byType.get("AWS::Organizations::Policy").stream().filter(p -> p.get("Type").asText().startsWith("SERVICE"))
                .findFirst().orElseThrow();
        Set<String> targets = new HashSet<>();
        scp.get("TargetIds").forEach(t -> targets.add(t.asText()));
        assertEquals(Set.of("ou-ab12-1", "444455556666"), targets, "the unit's id and the account's 12 digits");
    }

    @Test
    void yamlReadsBackAsTheSameTemplate() throws Exception {
        IamModel model = ExportFixtures.hostile();
        JsonNode json = JSON.readTree(CloudFormationExport.export(model, ExportOptions.DEFAULT).text());
        String yaml = CloudFormationExport.export(model, ExportOptions.DEFAULT.withYaml(true)).text();
        assertFalse(yaml.contains("{\n"), "block style");
        assertEquals(json, BlockYaml.read(yaml));
    }

    private static Set<String> names(List<JsonNode> props, String field) {
        Set<String> out = new HashSet<>();
        props.forEach(p -> out.add(p.get(field).asText()));
        return out;
    }
}
