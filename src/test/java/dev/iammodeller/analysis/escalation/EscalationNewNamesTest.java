package dev.iammodeller.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names for what the attacker creates, completed from its Resource patterns. */
class EscalationNewNamesTest {
    private static final String USERS = "arn:aws:iam::111111111111:user/";

    @Test
    void aPatternWithAPrefixGivesANameInIt() {
        assertEquals(List.of(USERS + "customer-x"), NewNames.complete("arn:aws:iam::111111111111:user/customer-*", USERS));
    }

    @Test
    void aFreePatternGivesTheFreeName() {
        assertEquals(List.of(USERS + "escalation"), NewNames.complete("*", USERS));
        assertEquals(List.of(USERS + "escalation"), NewNames.complete("arn:aws:iam::*:user/*", USERS));
    }

    @Test
    void anEarlyStarDoesNotRepeatThePrefix() {
        String prefix = "arn:aws:lambda:us-east-1:111111111111:function:";
        assertEquals(prefix + "freelance-x",
                NewNames.complete("arn:aws:lambda:*:111111111111:function:freelance-*", prefix).get(0));
    }

    @Test
    void aPatternForAnotherAccountOrTypeGivesNothing() {
        assertEquals(List.of(), NewNames.complete("arn:aws:iam::222222222222:user/*", USERS));
        assertEquals(List.of(), NewNames.complete("arn:aws:iam::111111111111:role/*", USERS));
        assertEquals(List.of(), NewNames.complete(USERS + "alice", USERS + "alice"));
    }

    @Test
    void anExactNameAndQuestionMarks() {
        assertEquals(List.of(USERS + "ops"), NewNames.complete(USERS + "ops", USERS));
        assertEquals(List.of(USERS + "svcx1"), NewNames.complete(USERS + "svc?1", USERS));
    }
}
