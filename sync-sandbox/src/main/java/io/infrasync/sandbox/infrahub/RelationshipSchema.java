package io.infrasync.sandbox.infrahub;

/**
 * One relationship of a node or generic. Two relationships that share an {@code identifier} are the two
 * ends of the same edge, which is how Infrahub links {@code InfraDevice.interfaces} and
 * {@code InfraInterface.device}.
 */
record RelationshipSchema(
        String name,
        String peer,
        String kind,
        String label,
        String description,
        String identifier,
        boolean many,
        boolean optional,
        boolean readOnly,
        int orderWeight,
        boolean inherited,
        String direction,
        String hierarchical,
        String allowOverride,
        String commonParent) {

    RelationshipSchema asInherited() {
        return new RelationshipSchema(name, peer, kind, label, description, identifier, many, optional, readOnly,
                orderWeight, true, direction, hierarchical, allowOverride, commonParent);
    }

    String cardinality() {
        return many ? "many" : "one";
    }
}
