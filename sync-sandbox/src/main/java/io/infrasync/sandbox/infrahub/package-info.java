/**
 * Loopback emulator of an Infrahub 1.x server. {@link io.infrasync.sandbox.infrahub.InfrahubSandbox} is the
 * entry point, {@link io.infrasync.sandbox.infrahub.InfrahubSandboxOptions} its settings and
 * {@link io.infrasync.sandbox.infrahub.InfrahubStore} the data tests inspect and change.
 *
 * <p>Inside: {@code SchemaLoader} resolves schema files (plus {@code infrahub/core/core.yml}) into an
 * {@code InfrahubSchema}; {@code SdlGenerator} turns it into the SDL a stock server serves and
 * {@code GraphqlRuntime} executes it with graphql-java; {@code Fetchers} answer fields from
 * {@code BranchData} (per-branch records, kind tables with uniqueness indexes, reverse edge index),
 * {@code NodeQuery} filters/orders/pages and {@code NodeWriter} applies mutations with Infrahub's checks;
 * {@code InfrahubHandler} routes HTTP and checks tokens.
 */
package io.infrasync.sandbox.infrahub;
