package io.infrasync.core.domain.run;

/** The two sides of a sync, named as the cache folders: {@code A} is the source, {@code B} the destination. */
public enum Side {
    /** The source of truth. */
    A,
    /** The destination. */
    B
}
