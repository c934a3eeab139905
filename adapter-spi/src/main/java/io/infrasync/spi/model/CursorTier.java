package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;

/**
 * How an adapter can tell what changed in a resource since an earlier run, weakest first.
 *
 * <p>The ordinal values match the Python infrahub-sync tiers (0 to 3), which the run cache's
 * {@code cursors.json} records.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public enum CursorTier {
    /** No incremental read: the host always extracts the resource in full. */
    NONE,
    /** Resume an interrupted pagination with an opaque page token. */
    PAGE_TOKEN,
    /** Records changed at or after a server timestamp (for example NetBox {@code last_updated__gte}). */
    TIMESTAMP,
    /** A diff computed by the system itself (for example the Infrahub diff API). */
    DIFF;

    /**
     * Tells whether the host may read the resource incrementally at this tier.
     *
     * @return {@code false} only for {@link #NONE}
     */
    public boolean isIncremental() {
        return this != NONE;
    }
}
