package io.infrasync.sandbox.nautobot;

/** How a Nautobot model field is stored, rendered and filtered. */
enum Kind {
    /** Text, empty string when unset. */
    STRING,
    /** Text or null. */
    NULLABLE,
    /** Integer or null. */
    INTEGER,
    /** true / false. */
    BOOLEAN,
    /** A {@code {"value","label"}} choice (family, face, interface type). */
    CHOICE,
    /** A foreign key (status, role, location, ...), stored as a UUID. */
    FOREIGN_KEY,
    /** Many-to-many UUIDs (tags, locations, tagged VLANs). */
    MANY_TO_MANY,
    /** A computed counter (device_count ...). */
    COUNT,
    /** Free JSON (content types, config context). */
    JSON
}
