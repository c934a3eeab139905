package io.infrasync.tck;

import io.infrasync.spi.annotation.Stable;
import java.util.Map;
import java.util.Objects;

/**
 * The writes the TCK performs on a writable resource: the data of a record to create (it must not
 * exist on the endpoint yet) and an update of it, with what a read must show afterwards.
 *
 * <p>The expected maps are subsets of the record's data as {@code Adapter.read} returns it, which may
 * differ from the write shape (NetBox writes {@code "site": 3} and reads {@code "site": {"id": 3, ...}}).
 * By default the expectation equals the written data.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public final class WriteScenario {

    private final String resource;
    private final Map<String, Object> create;
    private final Map<String, Object> update;
    private final Map<String, Object> expectedAfterCreate;
    private final Map<String, Object> expectedAfterUpdate;

    private WriteScenario(String resource, Map<String, Object> create, Map<String, Object> update,
            Map<String, Object> expectedAfterCreate, Map<String, Object> expectedAfterUpdate) {
        this.resource = Objects.requireNonNull(resource, "resource is null");
        this.create = Objects.requireNonNull(create, "create is null");
        this.update = Objects.requireNonNull(update, "update is null");
        this.expectedAfterCreate = Objects.requireNonNull(expectedAfterCreate, "expectedAfterCreate is null");
        this.expectedAfterUpdate = Objects.requireNonNull(expectedAfterUpdate, "expectedAfterUpdate is null");
    }

    /**
     * Creates a scenario whose expectations equal the written data.
     *
     * @param resource the writable resource; must not be {@code null}
     * @param create the new record's data; must not be {@code null}
     * @param update the changed fields; must not be {@code null} or empty
     * @return the scenario
     */
    public static WriteScenario of(String resource, Map<String, Object> create, Map<String, Object> update) {
        if (update.isEmpty()) {
            throw new IllegalArgumentException("the update of a write scenario must change at least one field");
        }
        return new WriteScenario(resource, create, update, create, update);
    }

    /**
     * Returns a copy with what a read shows after the create.
     *
     * @param expected a subset of the read data; must not be {@code null}
     * @return a new scenario
     */
    public WriteScenario expectingAfterCreate(Map<String, Object> expected) {
        return new WriteScenario(resource, create, update, expected, expectedAfterUpdate);
    }

    /**
     * Returns a copy with what a read shows after the update.
     *
     * @param expected a subset of the read data; must not be {@code null}
     * @return a new scenario
     */
    public WriteScenario expectingAfterUpdate(Map<String, Object> expected) {
        return new WriteScenario(resource, create, update, expectedAfterCreate, expected);
    }

    /** @return the writable resource */
    public String resource() {
        return resource;
    }

    /** @return the data of the record to create */
    public Map<String, Object> create() {
        return create;
    }

    /** @return the fields the update changes */
    public Map<String, Object> update() {
        return update;
    }

    /** @return a subset of the data a read shows after the create */
    public Map<String, Object> expectedAfterCreate() {
        return expectedAfterCreate;
    }

    /** @return a subset of the data a read shows after the update */
    public Map<String, Object> expectedAfterUpdate() {
        return expectedAfterUpdate;
    }
}
