package io.infrasync.sandbox.infrahub;

import java.time.Instant;

/**
 * One relationship edge as written from one side: the peer's id plus the edge properties.
 *
 * @param peerId      id of the node at the other end
 * @param source      lineage source id ({@code _relation__source}), or null
 * @param owner       lineage owner id ({@code _relation__owner}), or null
 * @param isProtected {@code _relation__is_protected}
 * @param createdAt   when the edge was written
 */
record PeerEdge(String peerId, String source, String owner, boolean isProtected, Instant createdAt) {
}
