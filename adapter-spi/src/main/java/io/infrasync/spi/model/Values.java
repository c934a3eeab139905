package io.infrasync.spi.model;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The package-private records behind the public sealed value interfaces. Keeping the records
 * hidden means their canonical constructors are not part of the SPI, so a component can be added
 * in a minor version without breaking compiled adapters.
 */
final class Values {

    private Values() {
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /** A null-tolerant read-only view: JSON trees contain nulls, which {@code Map.copyOf} rejects. */
    static Map<String, Object> tree(Map<String, Object> data, String name) {
        Objects.requireNonNull(data, name + " is null");
        return Collections.unmodifiableMap(data);
    }

    static <T> void requireUniqueNames(List<T> items, Function<T, String> name, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " '" + name.apply(item) + "'");
            }
        }
    }

    record RecordValue(String localId, String origin, Map<String, Object> data) implements AdapterRecord {
        RecordValue {
            requireText(localId, "localId");
            requireText(origin, "origin");
            data = tree(data, "data");
        }
    }

    record ReadRequestValue(String resource, int pageSizeHint, Optional<Set<String>> fields) implements ReadRequest {
        ReadRequestValue {
            requireText(resource, "resource");
            if (pageSizeHint < 0) {
                throw new IllegalArgumentException("pageSizeHint is negative: " + pageSizeHint);
            }
            Objects.requireNonNull(fields, "fields is null");
        }

        @Override
        public ReadRequest withPageSizeHint(int pageSize) {
            return new ReadRequestValue(resource, pageSize, fields);
        }

        @Override
        public ReadRequest withFields(Set<String> names) {
            Objects.requireNonNull(names, "fields is null");
            if (names.isEmpty()) {
                throw new IllegalArgumentException("fields is empty: a read needs at least one field "
                        + "(use ReadRequest.of for all fields)");
            }
            // Sorted, so that the same hint always gives the same request (URLs, logs, tests).
            Set<String> sorted = new TreeSet<>();
            for (String name : names) {
                sorted.add(requireText(name, "field name"));
            }
            return new ReadRequestValue(resource, pageSizeHint, Optional.of(Collections.unmodifiableSet(sorted)));
        }
    }

    record CursorValue(CursorTier tier, String value) implements Cursor {
        CursorValue {
            Objects.requireNonNull(tier, "tier is null");
            if (tier == CursorTier.NONE) {
                throw new IllegalArgumentException("a cursor cannot have tier NONE");
            }
            requireText(value, "value");
        }
    }

    record CreateValue(String resource, Map<String, Object> data) implements WriteOperation.Create {
        CreateValue {
            requireText(resource, "resource");
            data = tree(data, "data");
        }

        @Override
        public Action action() {
            return Action.CREATE;
        }
    }

    record UpdateValue(String resource, String localId, Map<String, Object> data) implements WriteOperation.Update {
        UpdateValue {
            requireText(resource, "resource");
            requireText(localId, "localId");
            data = tree(data, "data");
        }

        @Override
        public Action action() {
            return Action.UPDATE;
        }
    }

    record DeleteValue(String resource, String localId) implements WriteOperation.Delete {
        DeleteValue {
            requireText(resource, "resource");
            requireText(localId, "localId");
        }

        @Override
        public Action action() {
            return Action.DELETE;
        }
    }

    record WriteBatchValue(List<WriteOperation> operations) implements WriteBatch {
    }

    record AppliedValue(String destinationId) implements OperationResult.Applied {
        AppliedValue {
            requireText(destinationId, "destinationId");
        }

        @Override
        public boolean isApplied() {
            return true;
        }
    }

    record FailedValue(ErrorKind kind, String message) implements OperationResult.Failed {
        FailedValue {
            Objects.requireNonNull(kind, "kind is null");
            requireText(message, "message");
        }

        @Override
        public boolean isApplied() {
            return false;
        }
    }

    record SchemaValue(List<KindSchema> kinds, List<GenericSchema> generics) implements SchemaDescription {
        SchemaValue {
            requireUniqueNames(kinds, KindSchema::name, "kind");
            requireUniqueNames(generics, GenericSchema::name, "generic");
            for (GenericSchema generic : generics) {
                if (kinds.stream().anyMatch(kind -> kind.name().equals(generic.name()))) {
                    throw new IllegalArgumentException("'" + generic.name() + "' is both a kind and a generic");
                }
            }
        }
    }

    record KindValue(String name, List<AttributeSchema> attributes, List<RelationshipSchema> relationships,
            List<String> humanFriendlyId, List<List<String>> uniquenessConstraints, List<String> inheritsFrom)
            implements KindSchema {
        KindValue {
            requireText(name, "name");
            requireUniqueNames(attributes, AttributeSchema::name, "attribute of kind " + name);
            requireUniqueNames(relationships, RelationshipSchema::name, "relationship of kind " + name);
        }

        @Override
        public KindSchema withHumanFriendlyId(List<String> paths) {
            return new KindValue(name, attributes, relationships, List.copyOf(paths), uniquenessConstraints,
                    inheritsFrom);
        }

        @Override
        public KindSchema withUniquenessConstraints(List<List<String>> constraints) {
            return new KindValue(name, attributes, relationships, humanFriendlyId,
                    constraints.stream().map(List::copyOf).toList(), inheritsFrom);
        }

        @Override
        public KindSchema withInheritsFrom(List<String> generics) {
            return new KindValue(name, attributes, relationships, humanFriendlyId, uniquenessConstraints,
                    List.copyOf(generics));
        }
    }

    record GenericValue(String name, List<AttributeSchema> attributes, List<RelationshipSchema> relationships,
            List<String> implementedBy) implements GenericSchema {
        GenericValue {
            requireText(name, "name");
            requireUniqueNames(attributes, AttributeSchema::name, "attribute of generic " + name);
            requireUniqueNames(relationships, RelationshipSchema::name, "relationship of generic " + name);
        }
    }

    record AttributeValue(String name, String kind, boolean optional, boolean unique) implements AttributeSchema {
        AttributeValue {
            requireText(name, "name");
            requireText(kind, "kind");
        }

        @Override
        public AttributeSchema withOptional(boolean newOptional) {
            return new AttributeValue(name, kind, newOptional, unique);
        }

        @Override
        public AttributeSchema withUnique(boolean newUnique) {
            return new AttributeValue(name, kind, optional, newUnique);
        }
    }

    record RelationshipValue(String name, String peer, Cardinality cardinality, boolean optional,
            Optional<String> identifier) implements RelationshipSchema {
        RelationshipValue {
            requireText(name, "name");
            requireText(peer, "peer");
            Objects.requireNonNull(cardinality, "cardinality is null");
            Objects.requireNonNull(identifier, "identifier is null");
        }

        @Override
        public RelationshipSchema withOptional(boolean newOptional) {
            return new RelationshipValue(name, peer, cardinality, newOptional, identifier);
        }

        @Override
        public RelationshipSchema withIdentifier(String newIdentifier) {
            return new RelationshipValue(name, peer, cardinality, optional,
                    Optional.of(requireText(newIdentifier, "identifier")));
        }
    }

    record SpiVersionValue(int major, int minor) implements SpiVersion {
        SpiVersionValue {
            if (major < 1 || minor < 0) {
                throw new IllegalArgumentException("invalid SPI version " + major + "." + minor);
            }
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    record HttpValue(Duration connectTimeout, Duration requestTimeout, boolean verifyTls, Optional<URI> proxy,
            Optional<Path> caBundle, String userAgent) implements HttpSettings {
        HttpValue {
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(requestTimeout, "requestTimeout");
            Objects.requireNonNull(proxy, "proxy is null");
            Objects.requireNonNull(caBundle, "caBundle is null");
            requireText(userAgent, "userAgent");
        }

        private static void requirePositive(Duration duration, String name) {
            Objects.requireNonNull(duration, name + " is null");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
        }

        @Override
        public HttpSettings withTimeouts(Duration connect, Duration request) {
            return new HttpValue(connect, request, verifyTls, proxy, caBundle, userAgent);
        }

        @Override
        public HttpSettings withVerifyTls(boolean verify) {
            return new HttpValue(connectTimeout, requestTimeout, verify, proxy, caBundle, userAgent);
        }

        @Override
        public HttpSettings withProxy(URI newProxy) {
            return new HttpValue(connectTimeout, requestTimeout, verifyTls, Optional.ofNullable(newProxy), caBundle,
                    userAgent);
        }

        @Override
        public HttpSettings withCaBundle(Path newCaBundle) {
            return new HttpValue(connectTimeout, requestTimeout, verifyTls, proxy, Optional.ofNullable(newCaBundle),
                    userAgent);
        }

        @Override
        public HttpSettings withUserAgent(String newUserAgent) {
            return new HttpValue(connectTimeout, requestTimeout, verifyTls, proxy, caBundle, newUserAgent);
        }
    }
}
