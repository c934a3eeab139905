package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * An optional operation an adapter declares in {@code AdapterFactory.capabilities()}.
 *
 * <p>The host calls an operation only if its capability is declared; an adapter that is called for
 * an undeclared capability fails with an {@code AdapterException} of kind
 * {@link ErrorKind#UNSUPPORTED} and the message {@link #unsupportedMessage()} (the default methods
 * of {@code Adapter} already do this). Some capabilities imply others ({@link #implies()}); a
 * declared set must be closed under implication ({@link #missingImplied(Collection)} is empty),
 * otherwise the host refuses the adapter.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public enum Capability {
    /** Read the records of a resource page by page ({@code Adapter.read}). */
    READ("reading records"),
    /** Describe the schema: kinds, attributes, relationships, generics ({@code Adapter.describeSchema}). */
    SCHEMA("describing its schema"),
    /** Create and update records in batches ({@code Adapter.write}); a writer must also read. */
    WRITE("writing records", READ),
    /** Delete records inside write batches. */
    DELETE("deleting records", WRITE),
    /** Report a safe cursor and read the records changed since a cursor; implies reading. */
    CHANGES_SINCE("reading changes since a cursor", READ),
    /** List the local ids of a resource without the record data (for delete detection). */
    LIST_IDS("listing record ids", READ),
    /** Read and write a named branch of the system ({@code AdapterSettings.branch()}). */
    BRANCHES("branches");

    private final String description;
    private final Set<Capability> implies;

    Capability(String description, Capability... implies) {
        this.description = description;
        this.implies = implies.length == 0 ? Set.of() : Set.of(implies);
    }

    /**
     * Human-readable name of the operation, used in messages.
     *
     * @return for example {@code "deleting records"}; never {@code null}
     */
    public String description() {
        return description;
    }

    /**
     * The capabilities an adapter must also declare when it declares this one (direct implications).
     *
     * @return an immutable set, possibly empty; never {@code null}
     */
    public Set<Capability> implies() {
        return implies;
    }

    /**
     * The one canonical message of the failure raised when this capability is used but not declared.
     * Hosts, adapters and the TCK compare messages with this method, so never rephrase it locally.
     *
     * @return for example {@code "this adapter does not support deleting records (capability DELETE is not declared)"}
     */
    public String unsupportedMessage() {
        return "this adapter does not support " + description + " (capability " + name() + " is not declared)";
    }

    /**
     * The capabilities implied by a declared set but missing from it.
     *
     * @param declared the declared capabilities; must not be {@code null}
     * @return the missing implied capabilities, empty when {@code declared} is closed under implication
     */
    public static Set<Capability> missingImplied(Collection<Capability> declared) {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        for (Capability capability : declared) {
            for (Capability implied : capability.implies) {
                if (!declared.contains(implied)) {
                    missing.add(implied);
                }
            }
        }
        return missing;
    }
}
