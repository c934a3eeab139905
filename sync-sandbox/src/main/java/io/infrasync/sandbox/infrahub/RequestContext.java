package io.infrasync.sandbox.infrahub;

/**
 * What the data fetchers of one GraphQL request need: the store, the branch it addresses and whether
 * the caller presented a valid token.
 */
record RequestContext(InfrahubStore store, BranchData branch, boolean authenticated, String deploymentId,
        String version) {

    static final String KEY = "infrahub.request";
}
