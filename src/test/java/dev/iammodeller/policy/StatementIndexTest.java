package dev.iammodeller.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StatementIndexTest {
    private static String statement(String actionElement) {
        return "{\"Effect\": \"Allow\", " + actionElement + ", \"Resource\": \"*\"}";
    }

    @Test
    void candidatesAreTheServicesStatementsAndTheWildcardOnesInPolicyOrder() {
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": ["
                + String.join(",",
                        statement("\"Action\": \"s3:GetObject\""),                 // 0
                        statement("\"Action\": [\"ec2:Describe*\", \"S3:List*\"]"), // 1
                        statement("\"Action\": \"*\""),                            // 2
                        statement("\"Action\": \"iam:PassRole\""),                 // 3
                        statement("\"NotAction\": \"iam:*\""),                     // 4
                        statement("\"Action\": \"*:Describe*\""),                  // 5
                        statement("\"Action\": \"lambda:*\""),                     // 6
                        statement("\"Action\": \"s3:Put*\""))                      // 7
                + "]}";
        StatementIndex index = PolicyReader.parse(policy).index();
        assertNotNull(index);
        assertArrayEquals(new int[] {0, 1, 2, 4, 5, 7}, index.candidates("s3"));
        assertArrayEquals(new int[] {1, 2, 4, 5}, index.candidates("ec2"));
        assertArrayEquals(new int[] {2, 3, 4, 5}, index.candidates("iam"));
        assertArrayEquals(new int[] {2, 4, 5}, index.candidates("kms"));
    }

    @Test
    void smallPoliciesHaveNoIndex() {
        PolicyDocument policy = PolicyReader.parse("{\"Statement\": [" + statement("\"Action\": \"s3:*\"") + "]}");
        assertNull(policy.index());
    }
}
