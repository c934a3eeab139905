package io.infrasync.sandbox.netbox;

/** How a model field is stored, rendered, filtered and validated. */
enum FieldKind {
    /** Text; empty string when unset. */
    STRING,
    /** Text or null. */
    NULLABLE_STRING,
    /** Integer or null. */
    INTEGER,
    /** Decimal number or null (rack units, coordinates). */
    DECIMAL,
    /** true / false. */
    BOOLEAN,
    /** A choice value rendered as {@code {"value","label"}}, null when empty. */
    CHOICE,
    /** A foreign key, stored as the target id, rendered as the target's brief form. */
    FOREIGN_KEY,
    /** Many-to-many ids, rendered as a list of brief forms. */
    MANY_TO_MANY,
    /** Free JSON (local context data and the like). */
    JSON,
    /** A number of referring objects, computed on render. */
    COUNT
}
