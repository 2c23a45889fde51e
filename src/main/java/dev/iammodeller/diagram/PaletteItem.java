package dev.iammodeller.diagram;

import dev.iammodeller.model.Compute;
import dev.iammodeller.model.EntityKind;

/**
 * One thing the palette makes: a kind, and for some kinds a variant (a service's prefix, a resource type
 * such as {@code s3:bucket}, a compute type's file word, an AWS managed policy's name) with its title and,
 * for an AWS managed policy, its document.
 */
public record PaletteItem(EntityKind kind, String variant, String title, String document) {

    public static PaletteItem of(EntityKind kind) {
        return new PaletteItem(kind, null, KindLooks.of(kind).word(), null);
    }

    public static PaletteItem service(String prefix, String name) {
        return new PaletteItem(EntityKind.SERVICE, prefix, name, null);
    }

    public static PaletteItem resource(String type) {
        return new PaletteItem(EntityKind.RESOURCE, type, type, null);
    }

    public static PaletteItem compute(Compute.Type type) {
        return new PaletteItem(EntityKind.COMPUTE, type.json(), type.json(), null);
    }

    public static PaletteItem awsManagedPolicy(String name, String document) {
        return new PaletteItem(EntityKind.MANAGED_POLICY, name, name, document);
    }
}
