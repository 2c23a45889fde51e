package dev.iammodeller.io.authz;

import static dev.iammodeller.io.authz.AuthorizationImportFixturesTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.io.authz.AuthorizationImport.ExportText;
import dev.iammodeller.policy.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import refuses, and that it says where: file, line, column and path. */
class AuthorizationImportRefusalTest {
    private static AuthorizationImportException refused(ExportText... texts) {
        return assertThrows(AuthorizationImportException.class, () -> AuthorizationImport.importTexts(List.of(texts)));
    }

    private static AuthorizationImportException refusedFiles(Path... files) {
        return assertThrows(AuthorizationImportException.class,
                () -> AuthorizationImport.importFiles(List.of(files), ImportProgress.NONE));
    }

    private static void assertAt(AuthorizationImportException e, String file, int line, int column) {
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(new SourcePosition(line, column), e.position(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":" + column), e.getMessage());
    }

    /** A one-role export (account 111122223333) with {@code role} as the role's text. */
    private static String oneRole(String role) {
        return "{\n"
                + "  \"UserDetailList\": [],\n"
                + "  \"RoleDetailList\": [\n"
                + role
                + "  ]\n"
                + "}\n";
    }

    private static final String TRUST = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
            + " \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";

    @Test
    void aModelFileIsNotAnExport() {
        AuthorizationImportException e = refused(new ExportText("model.iam.json",
                "{\n  \"format\": \"iam-modeller/1\",\n  \"entities\": []\n}\n"));
        assertAt(e, "model.iam.json", 1, 1);
        assertTrue(e.problem().startsWith("this is not the output of aws iam get-account-authorization-details"),
                e.getMessage());
    }

    @Test
    void aListIsNotAnExport() {
        AuthorizationImportException e = refused(new ExportText("list.json", "\n  [1, 2]"));
        assertAt(e, "list.json", 2, 3);
        assertTrue(e.problem().contains("expected a JSON object"), e.getMessage());
    }

    @Test
    void textIsNotAnExport() throws Exception {
        AuthorizationImportException e = refusedFiles(fixture("LICENSE-BSD-3-Clause.txt"));
        assertEquals(new SourcePosition(1, 1), e.position());
        assertTrue(e.problem().startsWith("invalid JSON"), e.getMessage());
        AuthorizationImportException empty = refused(new ExportText("empty.json", ""));
        assertAt(empty, "empty.json", 1, 1);
    }

    @Test
    void truncatedJsonIsRefusedWithWhereItEnds(@TempDir Path folder) throws Exception {
        // The first 4,990 characters of cloudmapper-demo.json end with line 108, "                            },"
        // (30 characters): the text ends at line 108, column 31.
        String text = Files.readString(fixture("cloudmapper-demo.json"), StandardCharsets.UTF_8).substring(0, 4990);
        Path cut = folder.resolve("cut.json");
        Files.writeString(cut, text, StandardCharsets.UTF_8);
        AuthorizationImportException e = refusedFiles(fixture("test_files_example_authz_v2.json"), cut);
        assertAt(e, cut.toString(), 108, 31);
        assertTrue(e.problem().contains("ends too early"), e.getMessage());
    }

    @Test
    void aPageWithoutTheRestOfItsExportIsRefused() throws Exception {
        // paged-1.json line 24 is `    "IsTruncated": true,`: the value starts at column 20.
        Path page = fixture("handwritten/paged-1.json");
        AuthorizationImportException e = refusedFiles(page);
        assertAt(e, page.toString(), 24, 20);
        assertEquals("$.IsTruncated", e.path());
        assertTrue(e.problem().contains("incomplete") && e.problem().contains("pass every page"), e.getMessage());
        // Another account's complete export does not continue it.
        AuthorizationImportException other = refusedFiles(page, fixture("cloudmapper-demo.json"));
        assertAt(other, page.toString(), 24, 20);
    }

    @Test
    void theCliWrittenNextTokenMarksATruncatedExportToo() {
        AuthorizationImportException e = refused(new ExportText("max-items.json",
                "{\"UserDetailList\": [{\"UserName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:user/a\"}],\n"
                        + " \"NextToken\": \"eyJNYXJrZXIiOiBudWxsfQ==\"}"));
        assertAt(e, "max-items.json", 2, 15);
    }

    @Test
    void twoCompleteExportsOfOneAccountAreRefused() throws Exception {
        // Both name account 012345678901 and neither is truncated.
        Path second = fixture("test_files_example_authz_details_for_overrides_complete.json");
        AuthorizationImportException e = refusedFiles(fixture("test_files_example_authz_v2.json"), second);
        assertEquals(second.toString(), e.file());
        assertTrue(e.problem().contains("both complete exports of account 012345678901"), e.getMessage());
    }

    @Test
    void aMissingFieldIsRefusedAtItsObject() {
        String role = "    {\n      \"Arn\": \"arn:aws:iam::111122223333:role/a\",\n      \"AssumeRolePolicyDocument\": "
                + TRUST + "\n    }\n";
        AuthorizationImportException e = refused(new ExportText("x.json", oneRole(role)));
        assertAt(e, "x.json", 4, 5);
        assertEquals("$.RoleDetailList[0]", e.path());
        assertEquals("\"RoleName\" is missing", e.problem());
    }

    @Test
    void aBadDateIsRefusedAtTheDate() {
        String role = "    {\n      \"RoleName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:role/a\",\n"
                + "      \"CreateDate\": \"18/12/2019\",\n      \"AssumeRolePolicyDocument\": " + TRUST + "\n    }\n";
        AuthorizationImportException e = refused(new ExportText("x.json", oneRole(role)));
        assertAt(e, "x.json", 6, 21);
        assertEquals("$.RoleDetailList[0].CreateDate", e.path());
        assertTrue(e.problem().contains("is not a date"), e.getMessage());
    }

    @Test
    void aWrongTypeIsRefusedAtTheValue() {
        String role = "    {\n      \"RoleName\": 42, \"Arn\": \"arn:aws:iam::111122223333:role/a\",\n"
                + "      \"AssumeRolePolicyDocument\": " + TRUST + "\n    }\n";
        AuthorizationImportException e = refused(new ExportText("x.json", oneRole(role)));
        assertAt(e, "x.json", 5, 19);
        assertEquals("\"RoleName\" must be a string, not a number", e.problem());
    }

    @Test
    void aPolicyThatDoesNotParseIsRefusedAtTheBadElement() {
        String role = "    {\n      \"RoleName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:role/a\",\n"
                + "      \"AssumeRolePolicyDocument\": {\n"
                + "        \"Version\": \"2012-10-17\",\n"
                + "        \"Statement\": [{\"Effect\": \"Allwo\", \"Action\": \"sts:AssumeRole\"}]\n"
                + "      }\n    }\n";
        AuthorizationImportException e = refused(new ExportText("x.json", oneRole(role)));
        // Line 8 is `        "Statement": [{"Effect": "Allwo", ...`: "Allwo" starts at column 34.
        assertAt(e, "x.json", 8, 34);
        assertEquals("$.RoleDetailList[0].AssumeRolePolicyDocument.Statement[0].Effect", e.path());
        assertTrue(e.problem().contains("Allwo"), e.getMessage());
    }

    @Test
    void urlEncodedTextThatIsNotJsonIsRefusedAtTheString() {
        String role = "    {\n      \"RoleName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:role/a\",\n"
                + "      \"AssumeRolePolicyDocument\": \"%7B%22Version%22%3A\"\n    }\n";
        AuthorizationImportException e = refused(new ExportText("x.json", oneRole(role)));
        assertAt(e, "x.json", 6, 35);
        assertTrue(e.problem().startsWith("the policy text is not JSON"), e.getMessage());
    }

    @Test
    void urlEncodedPolicyTextThatDoesNotParseIsRefusedAtTheStringWithThePlaceInTheText() {
        // The text decodes to {"Statement":[{"Effect":"Allwo","Action":"s3:*","Resource":"*"}]}: "Allwo" at column 25.
        String role = "    {\n      \"RoleName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:role/a\",\n"
                + "      \"AssumeRolePolicyDocument\": \"%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allwo%22%2C"
                + "%22Action%22%3A%22s3%3A%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D\"\n    }\n";
        AuthorizationImportException e = refused(new ExportText("x.json", oneRole(role)));
        assertAt(e, "x.json", 6, 35);
        assertEquals("$.RoleDetailList[0].AssumeRolePolicyDocument", e.path());
        assertTrue(e.problem().contains("\"Allwo\"") && e.problem().contains("line 1, column 25 of the decoded text"),
                e.getMessage());
    }

    @Test
    void aUserListedTwiceIsRefused() {
        String text = "{\"UserDetailList\": [\n"
                + "  {\"UserName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:user/a\"},\n"
                + "  {\"UserName\": \"a\", \"Arn\": \"arn:aws:iam::111122223333:user/a\"}\n"
                + "]}";
        AuthorizationImportException e = refused(new ExportText("twice.json", text));
        assertAt(e, "twice.json", 3, 3);
        assertTrue(e.problem().contains("also at line 2"), e.getMessage());
    }

    @Test
    void twoUsersWhoseNamesDifferOnlyInCaseAreRefused() {
        String text = "{\"UserDetailList\": [\n"
                + "  {\"UserName\": \"Alice\", \"Arn\": \"arn:aws:iam::111122223333:user/Alice\"},\n"
                + "  {\"UserName\": \"alice\", \"Arn\": \"arn:aws:iam::111122223333:user/alice\"}\n"
                + "]}";
        AuthorizationImportException e = refused(new ExportText("case.json", text));
        assertAt(e, "case.json", 3, 3);
        assertTrue(e.problem().contains("\"alice\" and \"Alice\" (line 2) are one name to IAM"), e.getMessage());
    }

    @Test
    void aNameIamWouldRefuseIsRefused() {
        String text = "{\"UserDetailList\": [\n  {\"UserName\": \"a b\", \"Arn\": \"arn:aws:iam::111122223333:user/a b\"}\n]}";
        AuthorizationImportException e = refused(new ExportText("name.json", text));
        assertAt(e, "name.json", 2, 3);
        assertTrue(e.problem().contains("is not an IAM name"), e.getMessage());
    }

    @Test
    void nothingIsImportedWhenOneFileIsRefused(@TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"Policies\": [}", StandardCharsets.UTF_8);
        AuthorizationImportException e = refusedFiles(fixture("cloudmapper-demo.json"), bad,
                fixture("test_files_example_authz_v2.json"));
        assertAt(e, bad.toString(), 1, 15);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead(@TempDir Path folder) throws Exception {
        // Windows PowerShell 5 writes `aws ... > file.json` as UTF-16 LE with a byte-order mark.
        Path file = folder.resolve("powershell.json");
        byte[] text = Files.readString(fixture("test_files_example_authz_v2.json"), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);
        Files.write(file, withMark);
        assertEquals("imported 1 user, 1 group, 2 roles, 3 policies from 1 account",
                AuthorizationImport.importFiles(List.of(file), ImportProgress.NONE).summary());
    }
}
