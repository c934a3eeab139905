/**
 * Stability annotations of the adapter SPI: {@link io.infrasync.spi.annotation.Stable} and
 * {@link io.infrasync.spi.annotation.Experimental}. Every public type of {@code io.infrasync.spi}
 * and {@code io.infrasync.spi.model} carries exactly one of them.
 */
@Stable(since = "1.0")
package io.infrasync.spi.annotation;
