/**
 * What the REST source adapters (NetBox, Nautobot) share, so that each adapter keeps only what differs
 * between the two systems (authentication header, query parameters, incremental quirks).
 *
 * <ul>
 *   <li>{@link io.infrasync.rest.RestProduct}: the names a system shows in settings and messages;</li>
 *   <li>{@link io.infrasync.rest.RestSettings}: the common settings ({@code url}, {@code token},
 *       {@code verify_ssl}, {@code timeout}, {@code page_size}, {@code max_concurrency}, {@code ca_bundle},
 *       {@code proxy}, retries, {@code cursor_margin}) with environment overrides and validation;</li>
 *   <li>{@link io.infrasync.rest.RestHttpClient}: GETs with retries (backoff with jitter, {@code Retry-After},
 *       a total deadline) and error classification into {@link io.infrasync.spi.model.ErrorKind};</li>
 *   <li>{@link io.infrasync.rest.RestEndpoint} and {@link io.infrasync.rest.PagedRead}: a mapping path as a
 *       list endpoint, read page by page with concurrent requests, in offset order.</li>
 * </ul>
 *
 * <p>Not an adapter: it has no {@code AdapterFactory} and is not found by the host's plugin lookup.
 */
package io.infrasync.rest;
