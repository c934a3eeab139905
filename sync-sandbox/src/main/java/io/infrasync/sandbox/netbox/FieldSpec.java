package io.infrasync.sandbox.netbox;

import java.util.Map;

/**
 * One field of a NetBox model.
 *
 * @param name       the API field name
 * @param kind       storage and rendering kind
 * @param target     for FOREIGN_KEY / MANY_TO_MANY: the target endpoint ({@code dcim/sites}); for COUNT:
 *                   {@code <endpoint>.<field>} of the referring objects
 * @param choices    for CHOICE: value to label, in NetBox's order
 * @param required   whether a create must give it
 * @param unique     whether values must be unique in the table
 * @param sinceMinor first 4.x minor version carrying the field (0 = all)
 * @param untilMinor last 4.x minor version carrying it (99 = still present)
 */
record FieldSpec(String name, FieldKind kind, String target, Map<String, String> choices, boolean required,
        boolean unique, int sinceMinor, int untilMinor) {

    static FieldSpec of(String name, FieldKind kind) {
        return new FieldSpec(name, kind, null, Map.of(), false, false, 0, 99);
    }

    FieldSpec asRequired() {
        return new FieldSpec(name, kind, target, choices, true, unique, sinceMinor, untilMinor);
    }

    FieldSpec asUnique() {
        return new FieldSpec(name, kind, target, choices, required, true, sinceMinor, untilMinor);
    }

    FieldSpec since(int minor) {
        return new FieldSpec(name, kind, target, choices, required, unique, minor, untilMinor);
    }

    FieldSpec until(int minor) {
        return new FieldSpec(name, kind, target, choices, required, unique, sinceMinor, minor);
    }

    boolean presentIn(NetboxVersion version) {
        return version.minor() >= sinceMinor && version.minor() <= untilMinor;
    }

    boolean isRelation() {
        return kind == FieldKind.FOREIGN_KEY || kind == FieldKind.MANY_TO_MANY;
    }
}
