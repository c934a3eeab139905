package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.time.Instant;

/**
 * A position in a resource's change history, produced by an adapter and stored by the host (in
 * the run cache's {@code cursors.json}) until the next run asks what changed since.
 *
 * <p>The value is opaque to the host: only the adapter that produced it interprets it. For
 * {@link CursorTier#TIMESTAMP} the value is an ISO-8601 instant ({@link #timestamp(Instant)}).
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface Cursor permits Values.CursorValue {

    /**
     * The tier the cursor belongs to.
     *
     * @return never {@code null} and never {@link CursorTier#NONE}
     */
    CursorTier tier();

    /**
     * The serialised position.
     *
     * @return never {@code null} or blank
     */
    String value();

    /**
     * Creates a cursor from its stored form.
     *
     * @param tier the tier; must not be {@code null} or {@link CursorTier#NONE}
     * @param value the serialised position; must not be {@code null} or blank
     * @return the cursor
     * @throws IllegalArgumentException if the tier is {@code NONE} or the value is blank
     */
    static Cursor of(CursorTier tier, String value) {
        return new Values.CursorValue(tier, value);
    }

    /**
     * Creates a {@link CursorTier#TIMESTAMP} cursor.
     *
     * @param instant the server time from which changes are wanted (inclusive); must not be {@code null}
     * @return the cursor, whose value is {@code instant.toString()}
     */
    static Cursor timestamp(Instant instant) {
        return new Values.CursorValue(CursorTier.TIMESTAMP, instant.toString());
    }

    /**
     * Reads back the instant of a {@link CursorTier#TIMESTAMP} cursor.
     *
     * @return the instant
     * @throws IllegalStateException if the tier is not {@code TIMESTAMP}
     * @throws java.time.format.DateTimeParseException if the value is not an ISO-8601 instant
     */
    default Instant instant() {
        if (tier() != CursorTier.TIMESTAMP) {
            throw new IllegalStateException("cursor of tier " + tier() + " has no instant");
        }
        return Instant.parse(value());
    }
}
