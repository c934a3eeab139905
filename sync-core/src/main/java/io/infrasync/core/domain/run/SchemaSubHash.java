package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The content of {@code schema-sub-hash.txt}: the first 12 hex characters of SHA-256 over the canonical JSON
 * of everything that can change a plan.
 *
 * <p>The caller (config and mapping code) builds the canonical tree, as JSON-like Java values (see
 * {@link CanonicalJson}): the whole mapping (names, paths, identifiers, fields with mapping, reference and
 * static, filters, transforms) and the destination schema's shape for the mapped kinds (attribute names,
 * kinds, optional flags, relationship cardinalities and peers). Maps are hashed with sorted keys, so the
 * caller's map order does not matter; list order does.
 *
 * @param value 12 lower-case hex characters
 */
public record SchemaSubHash(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{12}");

    public SchemaSubHash {
        requireNonNull(value, "schema sub-hash is null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("schema sub-hash must be 12 lower-case hex characters (got '" + value + "')");
        }
    }

    /** Parses a stored hash (surrounding white space ignored, as the original strips the file). */
    public static SchemaSubHash of(String value) {
        return new SchemaSubHash(requireNonNull(value, "schema sub-hash is null").strip());
    }

    /** Hashes {@code canonicalTree}; throws {@link IllegalArgumentException} naming the path of an unsupported value. */
    public static SchemaSubHash compute(Object canonicalTree) {
        String json = CanonicalJson.render(canonicalTree);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return new SchemaSubHash(HexFormat.of().formatHex(digest).substring(0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
