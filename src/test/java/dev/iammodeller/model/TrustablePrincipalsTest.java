package dev.iammodeller.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A trust policy's principal names the model's entities as IAM reads them, looked up once per model. */
class TrustablePrincipalsTest {
    private static PolicyText trusting(String principals) {
        return new PolicyText("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + principals + ",\"Action\":\"sts:AssumeRole\"}]}");
    }

    private final IamModel model = ModelSamples.small()
            .with(new AwsService("svc-lambda", "lambda", "AWS Lambda", "lambda.amazonaws.com"))
            .with(new IdentityProvider("okta", ModelSamples.ACCOUNT, IdentityProvider.Type.SAML, "okta"))
            .with(new User("bob", ModelSamples.ACCOUNT, "bob", "/", false, false, Map.of()));

    @Test
    void anAccountByItsIdOrRootArnAServiceIgnoringCaseAProviderByArnOrNameAUserOrRoleByArn() {
        TrustablePrincipals principals = new TrustablePrincipals(model);
        assertEquals(List.of("acct-1"), principals.named("111111111111"));
        assertEquals(List.of("acct-1"), principals.named("arn:aws:iam::111111111111:root"));
        assertEquals(List.of("svc-lambda"), principals.named("Lambda.AmazonAWS.com"));
        assertEquals(List.of("okta"), principals.named("arn:aws:iam::111111111111:saml-provider/okta"));
        assertEquals(List.of("okta"), principals.named("okta"));
        assertEquals(List.of("bob"), principals.named("arn:aws:iam::111111111111:user/bob"));
        assertEquals(List.of("report-logger"), principals.named("arn:aws:iam::111111111111:role/service/report-logger"));
        assertEquals(List.of(), principals.named("arn:aws:iam::222222222222:root"));
    }

    @Test
    void aRoleTrustsWhatItsPolicyNamesInTheModelsOrder() {
        Role role = new Role("crossing", ModelSamples.ACCOUNT, "crossing", "/", trusting(
                "{\"AWS\":[\"arn:aws:iam::111111111111:user/bob\",\"111111111111\",\"arn:aws:iam::222222222222:root\"],"
                        + "\"Service\":\"lambda.amazonaws.com\"}"), 1, "", Map.of());
        IamModel with = model.with(role);
        assertEquals(List.of("bob", "acct-1", "svc-lambda"), TrustedPrincipals.entities(with, role));
        assertEquals(3, ModelEdges.of(with).stream().filter(e -> e.kind() == ModelEdge.Kind.TRUSTS
                && e.from().equals("crossing")).count());
    }
}
