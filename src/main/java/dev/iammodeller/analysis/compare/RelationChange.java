package dev.iammodeller.analysis.compare;

import dev.iammodeller.model.Entity;
import dev.iammodeller.model.Relation;

/**
 * A relation added (as the new model holds it) or removed (as the base held it): an attachment, a boundary, a
 * group membership, the role compute runs as, an SCP's target; {@code from} and {@code to} are its ends in that
 * model.
 */
public record RelationChange(Change change, Relation relation, Entity from, Entity to) {
    /** "AdministratorAccess attachedTo deploy-admin". */
    public String text() {
        return from.name() + " " + relation.kind().json() + " " + to.name();
    }
}
