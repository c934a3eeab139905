package io.infrasync.core.domain.run;

/** How an adapter can resume extraction of a resource, as packed into {@code cursors.json}. */
public enum CursorTier {
    /** No incremental support: always extract in full. */
    NONE,
    /** Resume mid-pagination from a page token. */
    PAGE_TOKEN,
    /** Extract what changed since a timestamp. */
    TIMESTAMP,
    /** Extract Infrahub diff API deltas. */
    INFRAHUB_DIFF
}
