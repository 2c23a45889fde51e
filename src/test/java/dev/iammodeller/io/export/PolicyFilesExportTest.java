package dev.iammodeller.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.InlinePolicy;
import dev.iammodeller.model.ManagedPolicy;
import dev.iammodeller.model.OrganizationPolicy;
import dev.iammodeller.model.PolicyText;
import dev.iammodeller.model.Resource;
import dev.iammodeller.model.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every policy of a model comes out as its own JSON document, listed in index.json with what it is attached to. */
class PolicyFilesExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static int policies(IamModel model) {
        int n = model.all(ManagedPolicy.class).size() + model.all(InlinePolicy.class).size()
                + model.all(Role.class).size() + model.all(OrganizationPolicy.class).size();
        return n + (int) model.all(Resource.class).stream().filter(r -> r.policy() != null).count();
    }

    /** The document each file should hold, by the model id and type of the index entry. */
    private static PolicyText expected(IamModel model, JsonNode entry) {
        Entity entity = model.entities().get(entry.get("modelId").asText());
        return switch (entry.get("type").asText()) {
            case "managed" -> ((ManagedPolicy) entity).versions().stream()
                    .filter(v -> v.versionId().equals(entry.get("version").asText())).findFirst().orElseThrow().document();
            case "inline" -> ((InlinePolicy) entity).document();
            case "trust" -> ((Role) entity).trustPolicy();
            case "resource" -> ((Resource) entity).policy();
            default -> ((OrganizationPolicy) entity).document();
        };
    }

    private static void roundTrips(IamModel model, Exported.Folder folder, boolean allVersions) throws Exception {
        JsonNode index = JSON.readTree(folder.text("index.json"));
        Set<String> listed = new HashSet<>();
        for (JsonNode entry : index.get("files")) {
            String file = entry.get("file").asText();
            assertTrue(listed.add(file), file + " listed twice");
            String text = folder.text(file);
            assertNotNull(text, file + " is listed but not written");
            assertEquals(JSON.readTree(expected(model, entry).json()), JSON.readTree(text), file);
            assertFalse(file.startsWith("/") || file.contains("\\") || file.contains(":"), file);
            for (String segment : file.split("/")) {
                assertFalse(segment.isEmpty() || segment.equals("..") || segment.equals("."), file);
            }
        }
        assertEquals(folder.files().size() - 1, listed.size(), "every file but the index is listed");
        if (!allVersions) {
            assertEquals(policies(model), listed.size());
        }
    }

    @Test
    void everyExamplePolicyRoundTripsToTheSameDocument() throws Exception {
        for (Map.Entry<String, IamModel> example : ExportFixtures.examples().entrySet()) {
            roundTrips(example.getValue(), PolicyFilesExport.export(example.getValue(), ExportOptions.DEFAULT), false);
        }
    }

    @Test
    void hostileNamesGiveSafeDistinctFilesAndTheIndexSaysWhatEachIsAttachedTo() throws Exception {
        IamModel model = ExportFixtures.hostile();
        Exported.Folder folder = PolicyFilesExport.export(model, ExportOptions.DEFAULT);
        roundTrips(model, folder, false);
        JsonNode index = JSON.readTree(folder.text("index.json"));
        Map<String, JsonNode> byId = new HashMap<>();
        index.get("files").forEach(e -> byId.put(e.get("type").asText() + ":" + e.get("modelId").asText(), e));
        JsonNode customer = byId.get("managed:p1");
        assertEquals("own-folder ${aws:username}", customer.get("name").asText());
        assertEquals("v2", customer.get("version").asText());
        assertEquals(Set.of("arn:aws:iam::111122223333:group/admins/../..", "arn:aws:iam::111122223333:user/ZOË"),
                texts(customer.get("attachedTo")));
        assertEquals(Set.of("arn:aws:iam::111122223333:role/Ærø\\role", "arn:aws:iam::111122223333:user/zoë"),
                texts(byId.get("managed:p3").get("boundaryOf")));
        assertTrue(byId.get("managed:p2").get("file").asText().startsWith("managed/aws/"));
        assertEquals("arn:aws:iam::111122223333:user/" + ExportFixtures.HOSTILE, byId.get("inline:u1/inline").get("holder").asText());
        // "CON" and "con" of one holder: two files, neither a reserved name
        String a = byId.get("inline:u1/inline").get("file").asText();
        String b = byId.get("inline:u1/inline2").get("file").asText();
        assertFalse(a.equalsIgnoreCase(b));
        for (String file : folder.files().keySet()) {
            for (String segment : file.split("/")) {
                assertFalse(segment.equals("..") || segment.equalsIgnoreCase("con") || segment.toLowerCase().startsWith("con."),
                        file);
            }
        }
        JsonNode scp = byId.get("scp:scp1");
        assertEquals("deny <leave> & \"org\"", scp.get("name").asText());
        Set<String> targets = new HashSet<>();
        scp.get("appliesTo").forEach(t -> targets.add(t.get("id").asText()));
        assertEquals(Set.of("ou-ab12-1", "444455556666"), targets);
    }

    @Test
    void filesAreLaidOutAsAwsPrintsPoliciesWithFourSpaces() {
        Exported.Folder folder = PolicyFilesExport.export(ExportFixtures.hostile(), ExportOptions.DEFAULT);
        String scp = folder.files().keySet().stream().filter(f -> f.startsWith("scp/")).findFirst().map(folder::text).orElseThrow();
        assertEquals("""
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Deny",
                            "Action": "organizations:LeaveOrganization",
                            "Resource": "*"
                        }
                    ]
                }
                """, scp);
    }

    @Test
    void everyVersionWhenAsked() throws Exception {
        IamModel model = ExportFixtures.hostile();
        Exported.Folder folder = PolicyFilesExport.export(model, ExportOptions.DEFAULT.withAllVersions(true));
        roundTrips(model, folder, true);
        assertEquals(policies(model) + 1, folder.files().size() - 1, "p1's v1 as well");
    }

    @Test
    void theSameModelGivesTheSameBytesAndTheZipHoldsTheFolder(@TempDir Path dir) throws Exception {
        IamModel model = ExportFixtures.hostile();
        Exported.Folder folder = PolicyFilesExport.export(model, ExportOptions.DEFAULT);
        ExportWriter.write(folder, dir.resolve("one.zip"));
        ExportWriter.write(PolicyFilesExport.export(model, ExportOptions.DEFAULT), dir.resolve("two.zip"));
        byte[] one = Files.readAllBytes(dir.resolve("one.zip"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("two.zip")));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(one), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertEquals(folder.files().keySet(), entries.keySet());
        folder.files().forEach((name, bytes) -> assertArrayEquals(bytes, entries.get(name), name));
    }

    @Test
    void aFolderIsWrittenWholeAndReplacesAnEarlierExport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("policies");
        Files.createDirectories(out.resolve("stale"));
        Files.writeString(out.resolve("stale/old.json"), "{}");
        Exported.Folder folder = PolicyFilesExport.export(ExportFixtures.hostile(), ExportOptions.DEFAULT);
        ExportWriter.write(folder, out);
        Set<String> written = new HashSet<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).forEach(p -> written.add(out.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(folder.files().keySet(), written);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "no temporary folder is left beside the output");
        }
    }

    @Test
    void aFileInTheWayIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("policies");
        Files.writeString(out, "mine");
        Exported.Folder folder = PolicyFilesExport.export(ExportFixtures.hostile(), ExportOptions.DEFAULT);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> ExportWriter.write(folder, out));
        assertEquals("mine", Files.readString(out));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(1, siblings.count());
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
