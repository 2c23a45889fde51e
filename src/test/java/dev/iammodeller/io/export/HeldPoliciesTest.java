package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What Copy Policy JSON and Ctrl+C put on the clipboard: which nodes hold a policy, and its text. */
class HeldPoliciesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final IamModel model = ExportFixtures.hostile();

    @Test
    void onePolicyIsItsDocumentAloneLaidOutAsAwsPrintsIt() {
        String text = HeldPolicies.json(HeldPolicies.of(model, Set.of("p2")));
        assertEquals("""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "*:Get*",
                            "Resource": "*"
                        }
                    ]
                }
                """, text);
    }

    @Test
    void everyKindThatHoldsADocumentIsNamedForWhatItIs() {
        List<String> titles = new ArrayList<>();
        for (String id : List.of("u1", "g1", "acct-1", "c1", "r1", "p1", "u1/inline", "b1", "scp1", "rcp1")) {
            HeldPolicies.of(model, model.entities().get(id)).ifPresent(h -> titles.add(h.title()));
        }
        assertEquals(List.of("trust policy of role Ærø\\role", "managed policy own-folder ${aws:username}",
                "inline policy CON of user " + ExportFixtures.HOSTILE, "resource policy of bucket <&>",
                "SCP deny <leave> & \"org\"", "RCP rcp"), titles);
    }

    @Test
    void aManagedPolicyGivesItsDefaultVersionAndARoleItsTrustPolicy() throws Exception {
        JsonNode managed = JSON.readTree(HeldPolicies.json(HeldPolicies.of(model, Set.of("p1"))));
        assertEquals("Home", managed.path("Statement").path(0).path("Sid").asText(), "v2 is the default");
        JsonNode trust = JSON.readTree(HeldPolicies.json(HeldPolicies.of(model, Set.of("r2"))));
        assertEquals("ec2.amazonaws.com", trust.path("Statement").path("Principal").path("Service").asText());
    }

    @Test
    void severalAreOneObjectKeyedByTitleInTheModelsOrder() throws Exception {
        String text = HeldPolicies.json(HeldPolicies.of(model, Set.of("p3", "u1", "r2")));
        JsonNode all = JSON.readTree(text);
        List<String> keys = new ArrayList<>();
        all.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("managed policy boundary", "trust policy of role ec2-role"), keys,
                "the user holds none; the model orders by id: p3 before r2");
        assertEquals(JSON.readTree("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}"), all.get("managed policy boundary"));
        assertTrue(text.startsWith("{\n    \"managed policy boundary\": {\n        \"Version\""), text);
    }

    @Test
    void twoPoliciesOfTheSameTitleGetDistinctKeys() throws Exception {
        PolicyText trust = ((Role) model.entities().get("r2")).trustPolicy();
        IamModel twins = model.with(new Role("r3", "111122223333", "ec2-role", "/", trust, 1, "", Map.of()));
        JsonNode all = JSON.readTree(HeldPolicies.json(HeldPolicies.of(twins, Set.of("r2", "r3"))));
        assertEquals(Set.of("trust policy of role ec2-role", "trust policy of role ec2-role (2)"),
                Set.copyOf(iterate(all)));
    }

    @Test
    void nothingHeldIsEmptyText() {
        IamModel bare = model.with(new Resource("b2", "111122223333", "plain", "s3:bucket", "arn:aws:s3:::plain", null));
        assertTrue(HeldPolicies.of(bare, bare.entities().get("b2")).isEmpty(), "a bucket without a bucket policy");
        assertEquals("", HeldPolicies.json(HeldPolicies.of(bare, Set.of("u1", "g1", "b2"))));
    }

    private static List<String> iterate(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
