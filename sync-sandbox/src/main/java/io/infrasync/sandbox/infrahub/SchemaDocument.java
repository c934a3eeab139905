package io.infrasync.sandbox.infrahub;

import static java.util.Objects.requireNonNull;

/**
 * The text of one Infrahub schema file (YAML or JSON) and where it came from, for error messages.
 *
 * @param origin a file path or classpath resource name
 * @param text   the YAML text
 */
record SchemaDocument(String origin, String text) {
    SchemaDocument {
        requireNonNull(origin, "origin is null");
        requireNonNull(text, "text is null");
    }
}
