package io.infrasync.tck;

import io.infrasync.spi.annotation.Stable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes the data on the endpoint an {@link AdapterContract} subclass starts for every test, so
 * the contract knows what to expect. Build it with {@link #builder(String, int)}.
 *
 * <p>A good fixture has a resource with more records than one page, an empty resource, and expected
 * records that include a non-ASCII string (for example {@code "Zürich ☃ 東京"}), a {@code null}
 * value and, where the system has numeric ids, an id above 2<sup>31</sup>.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public final class TckFixture {

    /**
     * A record the endpoint holds, with a subset of the data a read must return for it.
     *
     * @param resource the resource it is read from
     * @param localId its local id
     * @param expected a subset of its data, compared as JSON (numbers by value)
     */
    @Stable(since = "1.0")
    public record ExpectedRecord(String resource, String localId, Map<String, Object> expected) {
    }

    private final String pagedResource;
    private final int pagedCount;
    private final int pageSize;
    private final Optional<String> emptyResource;
    private final String unknownResource;
    private final List<ExpectedRecord> expectedRecords;
    private final Optional<WriteScenario> writeScenario;
    private final String missingId;
    private final List<String> schemaKinds;
    private final String incrementalResource;

    private TckFixture(Builder builder) {
        this.pagedResource = builder.pagedResource;
        this.pagedCount = builder.pagedCount;
        this.pageSize = builder.pageSize;
        this.emptyResource = Optional.ofNullable(builder.emptyResource);
        this.unknownResource = builder.unknownResource;
        this.expectedRecords = List.copyOf(builder.expectedRecords);
        this.writeScenario = Optional.ofNullable(builder.writeScenario);
        this.missingId = builder.missingId;
        this.schemaKinds = List.copyOf(builder.schemaKinds);
        this.incrementalResource = builder.incrementalResource == null ? pagedResource : builder.incrementalResource;
    }

    /**
     * Starts a fixture.
     *
     * @param pagedResource a resource holding more records than one page of {@link Builder#pageSize(int)}
     * @param count the exact number of records it holds
     * @return a builder
     */
    public static Builder builder(String pagedResource, int count) {
        return new Builder(pagedResource, count);
    }

    /** @return the resource read across several pages */
    public String pagedResource() {
        return pagedResource;
    }

    /** @return the number of records in {@link #pagedResource()} */
    public int pagedCount() {
        return pagedCount;
    }

    /** @return the page-size hint the contract reads with */
    public int pageSize() {
        return pageSize;
    }

    /** @return a resource without records, if the system has one */
    public Optional<String> emptyResource() {
        return emptyResource;
    }

    /** @return a resource name the system does not know */
    public String unknownResource() {
        return unknownResource;
    }

    /** @return records whose data the contract checks */
    public List<ExpectedRecord> expectedRecords() {
        return expectedRecords;
    }

    /** @return the writes to perform, required when the adapter declares {@code WRITE} */
    public Optional<WriteScenario> writeScenario() {
        return writeScenario;
    }

    /** @return a local id that no record of the writable resource has */
    public String missingId() {
        return missingId;
    }

    /** @return kinds the schema description must contain */
    public List<String> schemaKinds() {
        return schemaKinds;
    }

    /** @return the resource read incrementally when the adapter declares {@code CHANGES_SINCE} */
    public String incrementalResource() {
        return incrementalResource;
    }

    /** Builds a {@link TckFixture}. */
    @Stable(since = "1.0")
    public static final class Builder {
        private final String pagedResource;
        private final int pagedCount;
        private int pageSize = 2;
        private String emptyResource;
        private String unknownResource = "tck_no_such_resource";
        private final List<ExpectedRecord> expectedRecords = new ArrayList<>();
        private WriteScenario writeScenario;
        private String missingId = "2147483646";
        private final List<String> schemaKinds = new ArrayList<>();
        private String incrementalResource;

        private Builder(String pagedResource, int pagedCount) {
            this.pagedResource = Objects.requireNonNull(pagedResource, "pagedResource is null");
            this.pagedCount = pagedCount;
        }

        /**
         * Sets the page-size hint (default 2); the paged resource must hold more records than one page.
         *
         * @param pageSize records per page, {@code >= 1}
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1");
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Names a resource that exists but holds no records.
         *
         * @param resource the resource
         * @return this builder
         */
        public Builder emptyResource(String resource) {
            this.emptyResource = Objects.requireNonNull(resource, "resource is null");
            return this;
        }

        /**
         * Names a resource the system does not know (default {@code tck_no_such_resource}).
         *
         * @param resource the resource
         * @return this builder
         */
        public Builder unknownResource(String resource) {
            this.unknownResource = Objects.requireNonNull(resource, "resource is null");
            return this;
        }

        /**
         * Adds a record the endpoint holds and the data a read must show for it.
         *
         * @param resource the resource
         * @param localId the record's local id
         * @param expected a subset of its data ({@code null} values allowed)
         * @return this builder
         */
        public Builder expectRecord(String resource, String localId, Map<String, Object> expected) {
            expectedRecords.add(new ExpectedRecord(resource, localId, expected));
            return this;
        }

        /**
         * Sets the writes to perform.
         *
         * @param scenario the scenario
         * @return this builder
         */
        public Builder writeScenario(WriteScenario scenario) {
            this.writeScenario = Objects.requireNonNull(scenario, "scenario is null");
            return this;
        }

        /**
         * Sets a local id no record of the writable resource has (default {@code 2147483646}).
         *
         * @param id the id
         * @return this builder
         */
        public Builder missingId(String id) {
            this.missingId = Objects.requireNonNull(id, "id is null");
            return this;
        }

        /**
         * Adds kinds the schema description must contain.
         *
         * @param kinds kind names
         * @return this builder
         */
        public Builder schemaKinds(String... kinds) {
            schemaKinds.addAll(List.of(kinds));
            return this;
        }

        /**
         * Sets the resource read incrementally (default: the paged resource).
         *
         * @param resource the resource
         * @return this builder
         */
        public Builder incrementalResource(String resource) {
            this.incrementalResource = Objects.requireNonNull(resource, "resource is null");
            return this;
        }

        /**
         * Builds the fixture.
         *
         * @return the fixture
         * @throws IllegalArgumentException if the paged resource fits in one page
         */
        public TckFixture build() {
            if (pagedCount <= pageSize) {
                throw new IllegalArgumentException("the paged resource must hold more records (" + pagedCount
                        + ") than one page (" + pageSize + ")");
            }
            return new TckFixture(this);
        }
    }
}
