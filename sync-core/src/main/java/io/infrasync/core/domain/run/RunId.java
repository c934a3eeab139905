package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * The id of one run: {@code YYYYMMDDTHHMM-<8 lower-case hex>} (UTC minute of the start plus 32 random
 * bits), as the Python original allocates it. Ids sort by start time, so the newest run is the greatest
 * id, and each id is one safe path segment.
 *
 * @param value the id as written in folder names and on the command line
 */
public record RunId(String value) implements Comparable<RunId> {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}T\\d{4}-[0-9a-f]{8}");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public RunId {
        requireNonNull(value, "run id is null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("run id must look like YYYYMMDDTHHMM-<8 hex> (got '" + value + "')");
        }
        try {
            LocalDateTime.parse(value.substring(0, 13), MINUTE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("run id '" + value + "' does not start with a valid UTC minute", e);
        }
    }

    /** Parses and validates a run id given by a user or read from a folder name. */
    public static RunId of(String value) {
        return new RunId(value);
    }

    /** Returns whether {@code value} is a well-formed run id (used to tell run folders from other entries). */
    public static boolean isValid(String value) {
        try {
            new RunId(value);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Allocates a new id for a run starting at {@code now}, drawing the suffix from {@code random}. */
    public static RunId generate(Instant now, RandomGenerator random) {
        requireNonNull(now, "now is null");
        requireNonNull(random, "random is null");
        String minute = MINUTE.format(now.atOffset(ZoneOffset.UTC));
        return new RunId(minute + "-" + String.format(Locale.ROOT, "%08x", random.nextInt()));
    }

    /** The UTC minute the run started, taken from the id itself (so it works without {@code run.json}). */
    public Instant startMinute() {
        return LocalDateTime.parse(value.substring(0, 13), MINUTE).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
