package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** The resolved value of a reference field: one peer, or a list of them (cardinality many). */
public sealed interface ReferenceValue {

    /** The peers' unique ids as diffsync stores them: a String for one, a List of Strings for many. */
    Object uniqueIds();

    /** Cardinality one. */
    record One(PeerRef peer) implements ReferenceValue {
        public One {
            requireNonNull(peer, "peer is null");
        }

        @Override
        public Object uniqueIds() {
            return peer.uniqueId();
        }
    }

    /** Cardinality many; peers sorted by unique id, so that the order of the source does not show as a change. */
    record Many(List<PeerRef> peers) implements ReferenceValue {
        public Many {
            peers = List.copyOf(peers);
        }

        @Override
        public Object uniqueIds() {
            List<String> ids = new ArrayList<>(peers.size());
            peers.forEach(peer -> ids.add(peer.uniqueId()));
            return List.copyOf(ids);
        }
    }
}
