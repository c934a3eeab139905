package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

/**
 * A problem with one object. Errors exclude the object from the result; warnings keep it (for example a
 * reference to a peer that the source filters dropped, which is omitted).
 *
 * @param severity error or warning
 * @param kind     the destination kind being mapped
 * @param origin   the record concerned
 * @param field    the field concerned, or null
 * @param message  what went wrong
 */
public record MappingIssue(Severity severity, String kind, PeerKey origin, String field, String message) {

    /** How bad an issue is. */
    public enum Severity { ERROR, WARNING }

    public MappingIssue {
        requireNonNull(severity, "severity is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
        return kind + " " + origin + (field == null ? "" : " field '" + field + "'") + ": " + message;
    }
}
