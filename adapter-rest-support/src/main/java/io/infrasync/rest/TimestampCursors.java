package io.infrasync.rest;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** {@code TIMESTAMP} cursors taken from the server's clock, as both REST sources use them. */
public final class TimestampCursors {

    private TimestampCursors() {
    }

    /**
     * The safe cursor of an answer: the server's {@code Date} minus {@code margin}, which covers the
     * header's one-second precision, clock skew between the server's workers, and transactions that commit
     * after they stamped {@code last_updated}. Without a {@code Date} header it is the epoch (a full re-read
     * next time, never a missed change), with a warning.
     *
     * @param response the answer of a cheap request to the resource's endpoint
     * @param margin   how far to step back
     * @param product  the system, named in the warning
     * @param resource the resource, named in the warning
     * @param context  where the warning is logged
     * @return the cursor
     */
    public static Cursor fromServerDate(RestHttpClient.Response response, Duration margin, RestProduct product,
                                        String resource, AdapterContext context) {
        Instant cursor = response.serverDate().map(date -> date.minus(margin)).orElseGet(() -> {
            context.logger().log(System.Logger.Level.WARNING, product.displayName() + " sent no Date header for {0}: "
                    + "the next incremental read of it starts from the beginning", resource);
            return Instant.EPOCH;
        });
        return Cursor.timestamp(cursor);
    }

    /**
     * The instant of a cursor this family of adapters produced.
     *
     * @param cursor    the cursor the host stored
     * @param adapterId the adapter's id ({@code netbox}), named in the error
     * @return the instant
     * @throws AdapterException of kind {@code INVALID_DATA} for another tier or a value that is not an
     *         ISO-8601 instant
     */
    public static Instant instant(Cursor cursor, String adapterId) {
        if (cursor.tier() != CursorTier.TIMESTAMP) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "cursor of tier " + cursor.tier()
                    + " was not produced by the " + adapterId + " adapter (expected TIMESTAMP)");
        }
        try {
            return cursor.instant();
        } catch (DateTimeParseException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "cursor '" + cursor.value()
                    + "' is not an ISO-8601 instant", e);
        }
    }
}
