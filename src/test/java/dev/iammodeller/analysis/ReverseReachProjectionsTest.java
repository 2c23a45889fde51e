package dev.iammodeller.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iammodeller.catalog.Action;
import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.model.Entity;
import dev.iammodeller.model.IamModel;
import dev.iammodeller.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Who can reach this" has one answer ({@link ReverseReach}) and two projections: the window's, every way of every
 * principal to a node of the model, and {@code analyze --who-can --action}'s, one way per principal for one action
 * on one ARN. Over every resource of every example, the principals that can do some action that applies to it are
 * the users, roles and Identity Center principals the window shows reaching it.
 */
class ReverseReachProjectionsTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    static Stream<String> examples() throws Exception {
        JsonNode index = new ObjectMapper().readTree(ReverseReachProjectionsTest.class.getResourceAsStream("/examples/index.json"));
        List<String> files = new ArrayList<>();
        index.findValues("file").forEach(file -> files.add(file.asText()));
        return files.stream();
    }

    private static boolean listedPerAction(Entity principal) {
        return principal.kind().isIamPrincipal() || principal.kind().isIdentityCenterPrincipal();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theWindowsReachersAreThoseOfTheResourcesActions(String example) throws Exception {
        IamModel model = RoleAssumptionTest.example(example);
        ModelAnalysis analysis = new ModelAnalysis(catalog, model);
        for (Resource resource : model.all(Resource.class)) {
            if (resource.arn() == null || resource.type() == null || resource.type().indexOf(':') < 0) {
                continue;
            }
            Set<String> window = new TreeSet<>();
            for (Reacher reacher : analysis.reverse(resource.id()).reachers()) {
                if (reacher.style() != HighlightStyle.DENIED && listedPerAction(model.entity(reacher.principalId()).orElseThrow())) {
                    window.add(reacher.principalId());
                }
            }
            Set<String> perAction = new TreeSet<>();
            String service = resource.type().substring(0, resource.type().indexOf(':'));
            for (Action action : catalog.actionsOf(service).stream().toList()) {
                String arn = ForwardReach.target(action, resource);
                if (arn != null) {
                    ReverseReach.of(analysis, action.fullName(), arn).oneWayEach().forEach(r -> perAction.add(r.principalId()));
                }
            }
            assertEquals(window, perAction, example + ": who can reach " + resource.id());
        }
    }

    @Test
    void oneWayEachKeepsEachPrincipalsNearestWayInTheModelsOrder() throws Exception {
        IamModel model = RoleAssumptionTest.example("10-compute-acts-with-a-role.iam.json");
        ModelAnalysis analysis = new ModelAnalysis(catalog, model);
        for (Action action : catalog.actionsOf("s3").stream().toList()) {
            ReverseReach reach = ReverseReach.of(analysis, action.fullName(), "arn:aws:s3:::assets/logo.png");
            List<Reacher> each = reach.oneWayEach();
            assertEquals(each.stream().map(Reacher::principalId).distinct().count(), each.size(), action.fullName());
            for (Reacher one : each) {
                for (Reacher other : reach.reachers()) {
                    if (other.principalId().equals(one.principalId()) && other.style() != HighlightStyle.DENIED) {
                        assertFalse(other.route().way().ordinal() < one.route().way().ordinal(), one + " before " + other);
                    }
                }
            }
        }
        assertTrue(ReverseReach.of(analysis, "s3:GetObject", "arn:aws:s3:::assets/logo.png").oneWayEach().size() > 0);
    }
}
