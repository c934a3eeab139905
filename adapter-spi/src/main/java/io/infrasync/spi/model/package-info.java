/**
 * Immutable values exchanged between the host and an adapter: records, read requests, cursors,
 * write operations and their results, schema descriptions, capabilities and error kinds.
 *
 * <p>Every value is created through a static factory ({@code of(...)}) and exposed as a sealed
 * interface backed by a package-private record: the host and adapters never call a constructor, so
 * a later minor version can add an accessor (with a default) or a factory without breaking a
 * compiled adapter. Values are immutable and safe to share between threads unless the type says
 * otherwise; factories reject {@code null} arguments with a {@link java.lang.NullPointerException}
 * naming the argument. This package depends on {@code java.*} only.
 */
@Stable(since = "1.0")
package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
