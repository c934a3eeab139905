package io.infrasync.tck.archfixture.good;

import io.infrasync.spi.Adapter;
import java.time.Instant;

/** Package-private, as the rules want. */
record GoodAdapter(Instant openedAt, String token) implements Adapter {
}
