package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** GraphQL against the configured branch ({@code /graphql/<branch>}, as the Python SDK always does). */
final class InfrahubClient {

    private final HttpTransport transport;
    private final String branch;

    InfrahubClient(HttpTransport transport, String branch) {
        this.transport = transport;
        this.branch = branch;
    }

    String branch() {
        return branch;
    }

    JsonNode graphql(String document, Map<String, Object> variables, String what) {
        return transport.graphql(branch, document, variables, what).body();
    }
}
