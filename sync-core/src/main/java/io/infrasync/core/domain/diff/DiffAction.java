package io.infrasync.core.domain.diff;

/** What a diff element asks of the destination (diffsync's {@code DiffSyncActions}). */
public enum DiffAction {
    CREATE("create"), UPDATE("update"), DELETE("delete"),
    /** Present on both sides with equal shared attributes, or on neither; the original's {@code None}. */
    NO_CHANGE(null);

    private final String wireName;

    DiffAction(String wireName) {
        this.wireName = wireName;
    }

    /** {@code create}, {@code update}, {@code delete}, or null for no change (as the original). */
    public String wireName() {
        return wireName;
    }
}
