package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Every AWS managed policy and every AWS example SCP and RCP parses; the one with a comment is refused. */
class ReferencePoliciesParseTest {
    private static final String COMMENTED = "deny-service-specific-credential-by-type.json";

    @Test
    void everyAwsManagedPolicyParses() throws Exception {
        JsonNode all;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/catalog/aws-managed-policies.json.gz"))) {
            all = new ObjectMapper().readTree(in);
        }
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = all.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            PolicyDocument policy = PolicyReader.parse(entry.getValue().get("document").toString());
            assertFalse(policy.statements().isEmpty(), entry.getKey() + " has statements");
            count++;
        }
        assertEquals(1594, count, "all AWS managed policies were read");
    }

    @Test
    void everyExampleScpAndRcpParsesExceptTheOneWithAComment() throws Exception {
        Path root = Path.of(getClass().getResource("/org-policies").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(99, files.size(), "70 example SCPs and 29 example RCPs");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.getFileName().toString().equals(COMMENTED)) {
                PolicyParseException error = assertThrows(PolicyParseException.class, () -> PolicyReader.parse(text));
                assertEquals(new SourcePosition(15, 13), error.position(), error.getMessage());
                assertTrue(error.getMessage().startsWith("line 15, column 13"), error.getMessage());
                assertTrue(error.getMessage().contains("comment"), error.getMessage());
            } else {
                PolicyDocument policy = PolicyReader.parse(text);
                assertFalse(policy.statements().isEmpty(), file + " has statements");
            }
        }
    }
}
