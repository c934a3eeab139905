package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the {@code source} and {@code owner} settings (account or group names, or node ids) to the node
 * ids Infrahub's lineage fields take: one query over the kinds implementing {@code LineageSource} /
 * {@code LineageOwner} that have a {@code name} attribute.
 */
final class Lineage {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final InfrahubClient client;
    private final SchemaCatalog catalog;

    Lineage(InfrahubClient client, SchemaCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    Optional<String> resolve(String setting, Optional<String> value, String generic) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = value.get();
        if (UUID.matcher(name).matches()) {
            return value;
        }
        List<SchemaCatalog.Kind> candidates = catalog.kind(generic).map(catalog::concrete).orElse(List.of()).stream()
                .filter(kind -> kind.attributes().containsKey("name")).toList();
        if (candidates.isEmpty()) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting '" + setting + "': the Infrahub schema has no named "
                    + generic + " kind to look '" + name + "' up in");
        }
        StringBuilder document = new StringBuilder("query Lineage($name: String) {");
        for (int i = 0; i < candidates.size(); i++) {
            document.append(" k").append(i).append(": ").append(candidates.get(i).name())
                    .append("(name__value: $name) { edges { node { id } } }");
        }
        String what = "resolving setting '" + setting + "' ('" + name + "')";
        JsonNode answer = client.graphql(document.append(" }").toString(), Map.of("name", name), what);
        GraphqlErrors.throwIfAny(answer, what);
        for (int i = 0; i < candidates.size(); i++) {
            String id = answer.path("data").path("k" + i).path("edges").path(0).path("node").path("id").asText("");
            if (!id.isBlank()) {
                return Optional.of(id);
            }
        }
        throw new AdapterException(ErrorKind.CONFIGURATION, "setting '" + setting + "': no account or group named '" + name
                + "' in Infrahub (branch '" + client.branch() + "', kinds " + candidates.stream().map(SchemaCatalog.Kind::name).toList() + ")");
    }
}
