/**
 * The adapter TCK: {@link io.infrasync.tck.AdapterContract}, an abstract JUnit 5 class every adapter
 * subclasses in its own tests, supplying its factory, a fresh endpoint per test and a
 * {@link io.infrasync.tck.TckFixture} that describes the endpoint's data.
 *
 * <p>For every capability the contract checks both sides of the declaration: a declared capability is
 * exercised (pagination beyond one page, empty results, unicode, nulls, large ids, write idempotency,
 * deleting a missing object), an undeclared one must fail with the canonical unsupported error. Test
 * names carry the requirement level: {@code required_...} must pass; {@code optional_...} are skipped
 * (aborted) when the fixture does not provide what they need.
 */
@Stable(since = "1.0")
package io.infrasync.tck;

import io.infrasync.spi.annotation.Stable;
