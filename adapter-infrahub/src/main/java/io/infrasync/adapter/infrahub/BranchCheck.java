package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.util.Map;

/** Makes sure the configured branch exists: a clear error, or {@code BranchCreate} when {@code create_branch: true}. */
final class BranchCheck {

    private BranchCheck() {
    }

    static void ensure(HttpTransport transport, InfrahubSettings settings, AdapterContext context) {
        String branch = settings.branch();
        if (branch.equals(InfrahubSettings.MAIN)) {
            return;
        }
        String what = "checking branch '" + branch + "'";
        JsonNode answer = transport.graphql(null, "query Branch($name: String) { Branch(name: $name) { name } }",
                Map.of("name", branch), what).body();
        GraphqlErrors.throwIfAny(answer, what);
        for (JsonNode found : answer.path("data").path("Branch")) {
            if (branch.equals(found.path("name").asText())) {
                return;
            }
        }
        if (!settings.createBranch()) {
            throw new AdapterException(ErrorKind.NOT_FOUND, "branch '" + branch + "' does not exist in Infrahub at "
                    + settings.url() + ": create it first or set create_branch: true");
        }
        String creating = "creating branch '" + branch + "'";
        JsonNode created = transport.graphql(null, "mutation CreateBranch($name: String!) { BranchCreate("
                + "wait_until_completion: true, data: {name: $name, sync_with_git: false}) { ok object { name } } }",
                Map.of("name", branch), creating).body();
        GraphqlErrors.throwIfAny(created, creating);
        if (!created.path("data").path("BranchCreate").path("ok").asBoolean(false)) {
            throw new AdapterException(ErrorKind.INVALID_DATA, creating + ": Infrahub did not confirm it");
        }
        context.logger().log(System.Logger.Level.INFO, "created Infrahub branch ''{0}''", branch);
    }
}
