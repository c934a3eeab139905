package io.infrasync.sandbox.nautobot;

/**
 * One field of a Nautobot model.
 *
 * @param name   API name
 * @param kind   storage and rendering kind
 * @param target for relations: the target endpoint ({@code extras/statuses}); for counters:
 *               {@code <endpoint>.<field>} of the referring objects
 */
record Field(String name, Kind kind, String target) {

    static Field of(String name, Kind kind) {
        return new Field(name, kind, null);
    }

    boolean isRelation() {
        return kind == Kind.FOREIGN_KEY || kind == Kind.MANY_TO_MANY;
    }
}
