package dev.iammodeller.analysis.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.io.ModelFile;
import dev.iammodeller.model.IamModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ADMIN_EQUIVALENT where the Allow of every action is spread over several policies, written with NotAction, or held
 * under a condition: AWS takes the union of a principal's identity policies (its own and its groups'), an Allow with
 * NotAction allows every action it does not list, and a condition narrows when, not what ("Policy evaluation logic",
 * "IAM JSON policy elements: NotAction"). Whatever the finding skips early must not drop one of these.
 */
class AdminEquivalentFindingTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    private static final String MODEL = """
            {
              "format": "iam-modeller/1",
              "entities": [
                {"kind": "account", "id": "acct", "name": "main", "accountId": "111111111111", "management": false},
                {"kind": "user", "id": "split", "name": "split", "account": "111111111111"},
                {"kind": "user", "id": "almost", "name": "almost", "account": "111111111111"},
                {"kind": "user", "id": "plain", "name": "plain", "account": "111111111111"},
                {"kind": "role", "id": "guarded", "name": "guarded", "account": "111111111111",
                 "trustPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "sts:AssumeRole"}]}},
                {"kind": "group", "id": "iam-team", "name": "iam-team", "account": "111111111111"},
                {"kind": "group", "id": "everything-else", "name": "everything-else", "account": "111111111111"},
                {"kind": "inlinePolicy", "id": "iam-team/iam", "name": "iam", "owner": "iam-team",
                 "document": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}},
                {"kind": "inlinePolicy", "id": "everything-else/rest", "name": "rest", "owner": "everything-else",
                 "document": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]}},
                {"kind": "inlinePolicy", "id": "almost/all-but-trail", "name": "all-but-trail", "owner": "almost",
                 "document": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "NotAction": "cloudtrail:StopLogging", "Resource": "*"}]}},
                {"kind": "inlinePolicy", "id": "plain/read", "name": "read", "owner": "plain",
                 "document": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": ["s3:GetObject", "iam:Get*"], "Resource": "*"}]}},
                {"kind": "inlinePolicy", "id": "guarded/all-with-mfa", "name": "all-with-mfa", "owner": "guarded",
                 "document": {"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": "*", "Resource": "*",
                    "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}}
              ],
              "relations": [
                {"kind": "memberOf", "from": "split", "to": "iam-team"},
                {"kind": "memberOf", "from": "split", "to": "everything-else"}
              ]
            }
            """;

    private static List<Finding> adminEquivalent() throws Exception {
        IamModel model = ModelFile.read(MODEL, "admin-equivalent.iam.json");
        return Findings.adminEquivalent(catalog, new AccessCheck(model));
    }

    @Test
    void everyActionSpreadOverTwoGroupsOneOfThemWithNotActionIsAdministrator() throws Exception {
        List<Finding> split = adminEquivalent().stream().filter(f -> f.subjectId().equals("split")).toList();
        assertEquals(1, split.size(), "iam:* from one group and every other action (NotAction iam:*) from the other");
        List<String> path = split.get(0).path();
        assertEquals("arn:aws:iam::111111111111:user/split", path.get(0));
        assertEquals(List.of("iam via group iam-team", "rest via group everything-else"),
                path.subList(1, path.size()).stream().sorted().toList(), "neither policy grants everything alone: both are named");
    }

    @Test
    void anAllowOfEveryActionUnderAConditionIsAdministratorOnlyIfItHolds() throws Exception {
        List<Finding> guarded = adminEquivalent().stream().filter(f -> f.subjectId().equals("guarded")).toList();
        assertEquals(1, guarded.size());
        assertTrue(guarded.get(0).message().contains("only if aws:MultiFactorAuthPresent"), guarded.get(0).message());
    }

    @Test
    void oneActionLeftOutOrAFewReadActionsAreNotAdministrator() throws Exception {
        assertEquals(List.of("guarded", "split"), adminEquivalent().stream().map(Finding::subjectId).sorted().toList(),
                "almost may not stop CloudTrail's logging, plain only reads");
    }
}
