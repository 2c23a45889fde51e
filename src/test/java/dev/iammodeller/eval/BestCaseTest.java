package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.policy.PolicyReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Best-case evaluation: could the request be allowed if the conditions on missing keys held? */
class BestCaseTest {
    private static AccessRequest request(String action) {
        return AccessRequest.withDerivedContext(RequestPrincipal.parse("arn:aws:iam::444444444444:user/vendor"),
                action, "arn:aws:iam::111111111111:role/vendor-access", null, RequestContext.builder());
    }

    private static final PolicySet VENDOR = new PolicySet(
            List.of(PolicyReader.parse("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                    + " \"Action\": \"sts:AssumeRole\", \"Resource\": \"*\"},"
                    + " {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\","
                    + " \"Condition\": {\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}]}")),
            null, null,
            PolicyReader.parse("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                    + " \"Principal\": {\"AWS\": \"arn:aws:iam::444444444444:root\"}, \"Action\": \"sts:AssumeRole\","
                    + " \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"vendor-7781\"}}}}"),
            List.of(), List.of(), List.of());

    @Test
    void conditionsOnMissingKeysHoldForAllowsAndFailForDenies() {
        Decision strict = PolicyEvaluator.evaluate(request("sts:AssumeRole"), VENDOR);
        assertEquals(DecisionKind.EXPLICIT_DENY, strict.kind(),
                "AWS: BoolIfExists holds for a missing key, so the MFA deny applies to a request without MFA");
        assertEquals(java.util.Set.of("sts:ExternalId", "aws:MultiFactorAuthPresent"),
                java.util.Set.copyOf(strict.missingContextKeys()));
        Decision best = PolicyEvaluator.evaluate(request("sts:AssumeRole").bestCase(), VENDOR);
        assertEquals(DecisionKind.ALLOWED, best.kind(), "with the external id (and MFA) it would be allowed");
    }

    @Test
    void aDenyWithoutConditionsStillDeniesInTheBestCase() {
        PolicySet denied = new PolicySet(List.of(PolicyReader.parse("{\"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"*\", \"Resource\": \"*\"}, {\"Effect\": \"Deny\", \"Action\": \"sts:*\", \"Resource\": \"*\"}]}")),
                null, null, VENDOR.resourcePolicy(), List.of(), List.of(), List.of());
        assertEquals(DecisionKind.EXPLICIT_DENY, PolicyEvaluator.evaluate(request("sts:AssumeRole").bestCase(), denied).kind());
    }
}
