package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;

/**
 * What the host asks an adapter to read: a resource and an optional page-size hint.
 *
 * <p>A resource is the mapping path of {@code config.yml}'s {@code schema_mapping[].mapping}: for
 * NetBox and Nautobot an endpoint path such as {@code dcim.sites} or {@code plugins.x.y}, for
 * Infrahub a kind such as {@code InfraDevice}. Later SPI versions may add optional hints (fields,
 * filters the system can apply); adapters ignore hints they do not understand.
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
     * Creates a request for the whole resource with the adapter's default page size.
     *
     * @param resource the resource; must not be {@code null} or blank
     * @return the request
     */
    static ReadRequest of(String resource) {
        return new Values.ReadRequestValue(resource, 0);
    }
}
