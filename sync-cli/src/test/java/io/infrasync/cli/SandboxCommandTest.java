package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.cli.app.Application;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sandbox command starts the chosen servers, prints where they are, serves until told to stop, then closes. */
class SandboxCommandTest {

    private static final Pattern SERVER = Pattern.compile("(?m)^(NetBox|Nautobot|Infrahub) +(http://127\\.0\\.0\\.1:\\d+)  token (\\S+)");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAllThreeServesThemWhileWaitingAndStopsThemAfterwards() throws Exception {
        StringWriter out = new StringWriter();
        List<String> answers = new ArrayList<>();
        List<Server> servers = new ArrayList<>();
        int code = execute(out, () -> {
            servers.addAll(servers(out.toString()));
            for (Server server : servers) {
                answers.add(server.name() + " " + get(server, path(server.name())).statusCode());
            }
        }, "sandbox");

        assertThat(code).isZero();
        assertThat(answers).containsExactly("NetBox 200", "Nautobot 200", "Infrahub 200");
        assertThat(out.toString()).contains("NetBox demo data", "export NETBOX_ADDRESS=", " INFRAHUB_API_TOKEN=",
                "schema models/examples/netbox.yml", "Sandbox stopped.");
        for (Server server : servers) {
            assertThatThrownBy(() -> get(server, path(server.name()))).as(server.name() + " still listening")
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void netboxAloneWithAGeneratedInventoryAndTheGivenToken() throws Exception {
        StringWriter out = new StringWriter();
        List<String> bodies = new ArrayList<>();
        int code = execute(out, () -> {
            List<Server> servers = servers(out.toString());
            assertThat(servers).extracting(Server::name).containsExactly("NetBox");
            assertThat(servers.get(0).token()).isEqualTo("my-token");
            bodies.add(get(servers.get(0), "/api/dcim/sites/?limit=1").body());
        }, "sandbox", "--netbox", "--size", "200", "--token", "my-token");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("generated inventory of about 200 objects");
        assertThat(bodies).singleElement().asString().contains("\"count\"");
    }

    @Test
    void nautobotWithInfrahubGetsTheNautobotExampleSchema() {
        StringWriter out = new StringWriter();
        int code = execute(out, () -> { }, "sandbox", "--nautobot", "--infrahub");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("schema models/examples/nautobot-v2.yml").doesNotContain("NetBox ");
    }

    @Test
    void rejectsASizeBelowOne() {
        StringWriter out = new StringWriter();
        int code = execute(out, () -> { }, "sandbox", "--size", "0");
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).doesNotContain("Running until interrupted");
    }

    private int execute(StringWriter out, SandboxCommand.Wait wait, String... args) {
        CommandLine commandLine = InfrahubSyncCommand.newCommandLine(new Application(Map.of(), work, work, Clock.systemUTC()));
        ((SandboxCommand) commandLine.getSubcommands().get("sandbox").getCommand()).wait = wait;
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    private static String path(String server) {
        return switch (server) {
            case "NetBox" -> "/api/dcim/sites/?limit=1";
            case "Nautobot" -> "/api/dcim/locations/?limit=1";
            default -> "/api/info";
        };
    }

    private HttpResponse<String> get(Server server, String path) throws IOException, InterruptedException {
        String authorization = server.name().equals("Infrahub") ? "X-INFRAHUB-KEY" : "Authorization";
        String value = server.name().equals("Infrahub") ? server.token() : "Token " + server.token();
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header(authorization, value)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Server> servers(String out) {
        List<Server> servers = new ArrayList<>();
        Matcher matcher = SERVER.matcher(out);
        while (matcher.find()) {
            servers.add(new Server(matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        return servers;
    }

    private record Server(String name, String url, String token) {
    }
}
