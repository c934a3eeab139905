package io.infrasync.sandbox.infrahub;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Java objects the GraphQL data fetchers hand to graphql-java, one per Infrahub wrapper type. */
final class Views {

    /** Python's {@code datetime.isoformat()} with microseconds, as Infrahub prints timestamps. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private Views() {
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }

    /** {@code Paginated<Kind>}. */
    record PageView(String kind, List<NodeRecord> rows, int count) {
    }

    /** {@code Edged<Kind>}. */
    record EdgeView(NodeRecord node) {
    }

    /** {@code NestedPaginated<Kind>}. */
    record NestedPageView(List<NestedEdgeView> edges, int count) {
    }

    /** {@code NestedEdged<Kind>}: the peer (or null for an empty cardinality-one relationship) and the edge. */
    record NestedEdgeView(NodeRecord node, PeerEdge edge) {
    }

    /** An attribute object ({@code TextAttribute}, {@code IPHost}…). */
    record AttributeView(NodeRecord owner, AttributeSchema schema, AttributeValue stored) {
    }

    /** {@code InfrahubNodeMetadata} / {@code InfrahubRelationshipMetadata}. */
    record MetadataView(Instant createdAt, Instant updatedAt) {
    }

    /** {@code RelationshipProperty}. */
    record PropertiesView(PeerEdge edge) {
    }

    /** {@code PaginatedObjectPermission} for one kind: the emulator grants everything. */
    record PermissionsView(String kind) {
    }

    /** {@code <Kind>Create/Update/Upsert/Delete} and the branch mutations. */
    record MutationView(boolean ok, Object object) {
    }

    /** {@code InfrahubInfo}. */
    record InfoView(String deploymentId, String version) {
    }
}
