package dev.iammodeller.analysis.findings;

import dev.iammodeller.analysis.PolicySource;
import dev.iammodeller.analysis.PrincipalPolicies;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.User;
import dev.iammodeller.policy.Condition;
import dev.iammodeller.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * LONG_LIVED_ACCESS_KEYS (medium): every IAM user with long-lived access keys; a role with an external id is
 * the safer way to give access.
 */
final class LongLivedAccessKeysFinding {
    private LongLivedAccessKeysFinding() {
    }

    static List<Finding> find(IamModel model) {
        List<Finding> out = new ArrayList<>();
        for (User user : model.all(User.class)) {
            if (!user.accessKeys()) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            for (PolicySource source : PrincipalPolicies.of(model, user.id()).identity()) {
                for (Statement statement : source.document().statements()) {
                    for (Condition condition : statement.conditions()) {
                        if (condition.lowerKey().equals("aws:sourceip") || condition.lowerKey().equals("aws:sourcevpc")
                                || condition.lowerKey().equals("aws:sourcevpce")) {
                            keys.add(condition.key());
                        }
                    }
                }
            }
            String network = keys.isEmpty() ? "" : " Its policies allow only from a network (" + String.join(", ", keys)
                    + "), which suggests the keys are used elsewhere, perhaps by another company.";
            out.add(FindingText.about(Findings.LONG_LIVED_ACCESS_KEYS, Severity.MEDIUM, user,
                    "User " + user.name() + " has long-lived access keys: they work until someone deletes them,"
                    + " wherever they have been copied." + network,
                    "Access keys of an IAM user never expire; to give a third party access, let its account assume a"
                    + " role that requires an sts:ExternalId instead, so it holds only temporary credentials and you hand"
                    + " over no secret.",
                    List.of(FindingText.reference(user)), List.of()));
        }
        return out;
    }
}
