package dev.iammodeller.analysis.compare;

/** A key that is the same for paired entities of the two models: the new model's id, or the base's marked apart. */
final class PairKey {
    private PairKey() {
    }

    /** The key of a base entity: its new id when paired, else its own id marked as the base's. */
    static String ofBase(EntityPairing pairing, String baseId) {
        String newId = pairing.newId(baseId);
        return newId != null ? newId : "\u0000base\u0000" + baseId;
    }
}
