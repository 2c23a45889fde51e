package dev.iammodeller.app.live;

import static dev.iammodeller.app.live.TestWork.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iammodeller.analysis.AccessCheck;
import dev.iammodeller.analysis.escalation.EscalationHops;
import dev.iammodeller.analysis.escalation.Escalations;
import dev.iammodeller.analysis.escalation.EscalationPath;
import dev.iammodeller.diagram.Rect;
import dev.iammodeller.diagram.picture.FreeSpace;
import dev.iammodeller.model.IamModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escalation paths as the canvas draws them: hops between nodes, and a free place for what a path creates. */
class EscalationHopsTest {
    @Test
    void onboardDevChangesTheFunctionThenTheFunctionMakesAnAdminUserInThreeSteps() throws Exception {
        IamModel model = example("07-provisioning-escalation.iam.json");
        EscalationPath admin = Escalations.of(new AccessCheck(model)).paths("onboard-dev").stream()
                .filter(EscalationPath::gainsAdmin).findFirst().orElseThrow();
        EscalationHops hops = EscalationHops.of(model, admin);
        assertEquals(2, hops.hops().size(), hops.toString());
        EscalationHops.Hop first = hops.hops().get(0);
        assertEquals(new EscalationHops.Stop("onboard-dev", null), first.from());
        assertEquals(new EscalationHops.Stop("onboard-fn", null), first.to());
        assertEquals(List.of("1  lambda:UpdateFunctionCode"), first.steps());
        EscalationHops.Hop second = hops.hops().get(1);
        assertEquals(first.to(), second.from(), "the chain goes on from the function");
        assertTrue(second.to().created());
        assertEquals("user/customer-x", EscalationHops.createdName(second.to().createdArn()));
        assertEquals("2  iam:CreateUser\n3  iam:PutUserPolicy\n4  iam:CreateAccessKey", second.text());
        assertEquals("gains administrator (every action on every resource)", hops.gain());
    }

    @Test
    void aPossiblePathSaysItsGainOnlyIfWhatItAssumesExists() throws Exception {
        IamModel model = example("07-provisioning-escalation.iam.json");
        EscalationPath certain = Escalations.of(new AccessCheck(model)).paths("onboard-dev").stream()
                .filter(EscalationPath::gainsAdmin).findFirst().orElseThrow();
        EscalationPath possible = new EscalationPath(certain.principalId(), certain.principalArn(), certain.gains(),
                certain.rule(), certain.conditions(), certain.steps(),
                List.of("a Lambda function that runs as provisioner must exist"));
        EscalationHops hops = EscalationHops.of(model, possible);
        assertTrue(hops.possible());
        assertFalse(EscalationHops.of(model, certain).possible());
        assertEquals("possibly gains administrator (every action on every resource)\n"
                + "if: a Lambda function that runs as provisioner must exist", hops.gain());
    }

    @Test
    void aCreatedBoxGoesWhereNoNodeIs() {
        Rect from = new Rect(0, 0, 180, 56);
        Rect right = new Rect(250, 0, 180, 56);
        Rect free = FreeSpace.beside(from, List.of(from, right));
        assertFalse(free.intersects(right) || free.intersects(from), free.toString());
        assertEquals(new Rect(0, 176, 180, 56), free, "below, since the right is taken");
    }
}
