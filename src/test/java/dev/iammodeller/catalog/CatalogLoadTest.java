package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Loading makes independent catalogues; action sets of two catalogues do not mix. */
class CatalogLoadTest {

    @Test
    void eachLoadIsItsOwnCatalogue() {
        Catalog first = Catalog.load();
        Catalog second = Catalog.load();
        assertNotSame(first, second);
        assertEquals(first.action("s3:GetObject").orElseThrow(), second.action("s3:GetObject").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> first.all().union(second.all()));
    }

    @Test
    void actionsOfAServiceAreItsRange() {
        Catalog catalog = Catalog.load();
        Service iam = catalog.service("iam").orElseThrow();
        assertEquals(190, iam.actionCount());
        assertEquals(catalog.expand("iam:*"), catalog.actionsOf("IAM"));
        assertEquals(0, catalog.actionsOf("nosuchservice").size());
        assertEquals("AWS Identity and Access Management (IAM)", iam.name());
    }
}
