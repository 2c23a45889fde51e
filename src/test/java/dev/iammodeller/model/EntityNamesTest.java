package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.io.ModelFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a typed name, id or ARN means, for the command line and the window's --select alike. */
class EntityNamesTest {
    private static List<String> meant(String text) throws Exception {
        try (InputStream in = EntityNamesTest.class.getResourceAsStream("/examples/05-roles-are-not-groups.iam.json")) {
            IamModel model = ModelFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "05");
            return EntityNames.meant(model, text).stream().map(Entity::id).sorted().toList();
        }
    }

    @Test
    void anIdThenAnArnThenANameThenANameOrArnInAnyCase() throws Exception {
        assertEquals(List.of("frank"), meant("frank"));
        assertEquals(List.of("auditor"), meant("arn:aws:iam::111111111111:role/auditor"));
        assertEquals(List.of("s3"), meant("Amazon S3"), "a service node by its name");
        assertEquals(List.of("s3"), meant("amazon s3"));
        assertEquals(List.of("auditor"), meant("ARN:AWS:IAM::111111111111:ROLE/AUDITOR"));
        assertEquals(List.of("erin/team-data-read-write"), meant("erin/team-data-read-write"));
        assertEquals(List.of(), meant("team-data-read-write"), "two inline policies share the name: only their ids name them");
        assertEquals(List.of(), meant("nobody"));
    }
}
