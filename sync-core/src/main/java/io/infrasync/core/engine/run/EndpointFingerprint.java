package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.run.SchemaSubHash;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which system a side reads: the adapter and its settings (secrets left out, so that rotating a token keeps the
 * cache warm) and the branch. A warm read must never build on an extract of another NetBox, or of another
 * Infrahub branch.
 */
final class EndpointFingerprint {

    private EndpointFingerprint() {
    }

    static String of(AdapterConfig adapter, Optional<String> branch) {
        Map<String, Object> tree = new TreeMap<>();
        tree.put("name", adapter.name());
        tree.put("adapter", adapter.adapter().orElse(""));
        Map<String, Object> settings = new TreeMap<>();
        adapter.settings().forEach((key, value) -> {
            if (!secret(key)) {
                settings.put(key, value == null ? "" : String.valueOf(value));
            }
        });
        tree.put("settings", settings);
        tree.put("branch", branch.orElse(""));
        return SchemaSubHash.compute(tree).value();
    }

    private static boolean secret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("token") || lower.contains("password") || lower.contains("secret")
                || lower.contains("api_key") || lower.equals("key");
    }
}
