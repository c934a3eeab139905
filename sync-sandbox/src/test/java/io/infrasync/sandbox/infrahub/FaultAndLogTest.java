package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.RequestLog;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared fault plan and request log work through the Infrahub emulator's routes. */
class FaultAndLogTest {

    private final InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults());
    private final GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aProxyErrorOnGraphqlIsInjectedOnceAndLogged() {
        sandbox.server().faults().route("POST", "/graphql/.*", new Fault.ServerError(502, "{\"detail\": \"Bad Gateway\"}"), 1);
        assertThat(client.graphql("/graphql/main", "{ BuiltinTag { count } }").status()).isEqualTo(502);
        assertThat(client.graphql("/graphql/main", "{ BuiltinTag(hfid: [\"x\"]) { count } }").status()).isEqualTo(200);
        List<RequestLog.Entry> entries = sandbox.server().requestLog().entries();
        assertThat(entries).extracting(RequestLog.Entry::status).containsExactly(502, 200);
        assertThat(entries.get(1).path()).isEqualTo("/graphql/main");
        assertThat(entries.get(1).body()).contains("BuiltinTag(hfid: [\\\"x\\\"])");
    }

    @Test
    void rateLimitingCarriesRetryAfter() {
        sandbox.server().faults().global(new Fault.TooManyRequests(3), 1);
        GraphqlClient.Answer answer = client.get("/api/schema?branch=main");
        assertThat(answer.status()).isEqualTo(429);
        assertThat(client.get("/api/schema?branch=main").status()).isEqualTo(200);
    }

    @Test
    void hfidFilterAndGenericQueriesReturnConcreteKinds() {
        client.ok("mutation { a: BuiltinTagCreate(data: {name: {value: \"a\"}}) { ok } b: BuiltinTagCreate(data: {name: {value: \"b\"}}) { ok } }");
        assertThat(client.ok("{ BuiltinTag(hfid: [\"b\"]) { count edges { node { name { value } } } } }")
                .at("/BuiltinTag/edges/0/node/name/value").asText()).isEqualTo("b");
        assertThat(client.ok("{ CoreNode { count edges { node { __typename } } } }").at("/CoreNode/count").asInt())
                .as("two tags and the default namespace").isEqualTo(3);
    }
}
