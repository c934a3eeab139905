package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Experimental;
import io.infrasync.spi.annotation.Stable;
import java.util.Optional;
import java.util.Set;

/**
 * What the host asks an adapter to read: a resource and optional hints (page size, fields).
 *
 * <p>A resource is the mapping path of {@code config.yml}'s {@code schema_mapping[].mapping}: for
 * NetBox and Nautobot an endpoint path such as {@code dcim.sites} or {@code plugins.x.y}, for
 * Infrahub a kind such as {@code InfraDevice}. Hints never change which records are read, only how:
 * an adapter may ignore any hint its system cannot apply. Later SPI versions may add more optional
 * hints (filters the system can apply); adapters ignore hints they do not understand.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface ReadRequest permits Values.ReadRequestValue {

    /**
     * The resource to read.
     *
     * @return never {@code null} or blank
     */
    String resource();

    /**
     * How many records the host would like per page; {@code 0} lets the adapter choose.
     * Adapters clamp the hint to what the system allows.
     *
     * @return a value {@code >= 0}
     */
    int pageSizeHint();

    /**
     * Returns a copy of this request with another page-size hint.
     *
     * @param pageSize records per page, {@code >= 0} ({@code 0} = adapter default)
     * @return a new request
     * @throws IllegalArgumentException if {@code pageSize} is negative
     */
    ReadRequest withPageSizeHint(int pageSize);

    /**
     * The top-level keys of {@link AdapterRecord#data()} the host will look at, when it knows them;
     * empty means the host needs every field.
     *
     * <p>An adapter whose system can return a subset of each object's fields (NetBox's
     * {@code ?fields=}) may ask for only these, plus whatever it needs itself (the key its local ids
     * come from, for example). It may also return more keys than asked, or ignore the hint
     * altogether: the host must not rely on a key being absent. Names are top-level keys only
     * ({@code device}, not {@code device.name}); a relation named here is returned in whatever form
     * the system nests related objects. A name the system does not know is not an error.
     *
     * @return the field names, non-empty, sorted, unmodifiable; or empty for "all fields"
     */
    @Experimental(since = "1.0")
    Optional<Set<String>> fields();

    /**
     * Returns a copy of this request that needs only {@code fields} (see {@link #fields()}).
     *
     * @param fields the top-level keys the host needs; must not be {@code null}, empty, or hold a
     *               {@code null} or blank name
     * @return a new request whose {@link #fields()} is a sorted copy of {@code fields}
     * @throws IllegalArgumentException if {@code fields} is empty or holds a blank name
     * @throws NullPointerException if {@code fields} is or holds {@code null}
     */
    @Experimental(since = "1.0")
    ReadRequest withFields(Set<String> fields);

    /**
     * Creates a request for the whole resource, every field, with the adapter's default page size.
     *
     * @param resource the resource; must not be {@code null} or blank
     * @return the request
     */
    static ReadRequest of(String resource) {
        return new Values.ReadRequestValue(resource, 0, Optional.empty());
    }
}
