/**
 * Shared machinery of the loopback emulators: an embedded HTTP server bound to 127.0.0.1, a request
 * log that tests assert on, and fault injection (latency, 5xx, 429, reset, truncated or slow bodies).
 * The product emulators live in the {@code netbox}, {@code nautobot} and {@code infrahub} sub-packages.
 */
package io.infrasync.sandbox;
