package io.infrasync.cli.config;

import io.infrasync.core.domain.config.SettingOrigin;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Environment variables that override adapter settings.
 *
 * <p>Global ones, exactly as the original adapters read them ({@code os.environ.get(A) or
 * os.environ.get(B) or settings.get(key)}: the first non-empty variable wins over the file):
 * {@code NETBOX_ADDRESS}, {@code NETBOX_URL} and {@code NETBOX_TOKEN}; the same with {@code NAUTOBOT_};
 * {@code INFRAHUB_ADDRESS}, {@code INFRAHUB_URL} and {@code INFRAHUB_API_TOKEN}. They apply to every side
 * that uses that adapter.
 *
 * <p>Side-scoped ones (ours) win over both: {@code INFRAHUB_SYNC_SOURCE_<SETTING>} and
 * {@code INFRAHUB_SYNC_DESTINATION_<SETTING>} set setting {@code <setting>} (lower case) of that side
 * only, so an Infrahub-to-Infrahub sync can address two instances.
 */
final class EnvironmentOverrides {

    /** Adapter name to setting to variables, in precedence order. */
    private static final Map<String, Map<String, List<String>>> GLOBAL = Map.of(
            "netbox", Map.of("url", List.of("NETBOX_ADDRESS", "NETBOX_URL"), "token", List.of("NETBOX_TOKEN")),
            "nautobot", Map.of("url", List.of("NAUTOBOT_ADDRESS", "NAUTOBOT_URL"), "token", List.of("NAUTOBOT_TOKEN")),
            "infrahub", Map.of("url", List.of("INFRAHUB_ADDRESS", "INFRAHUB_URL"), "token", List.of("INFRAHUB_API_TOKEN")));

    private final Map<String, String> environment;

    EnvironmentOverrides(Map<String, String> environment) {
        this.environment = environment;
    }

    /** One override: the setting, its raw text and the variable it came from. */
    record Override(String setting, String value, SettingOrigin.Environment origin) {
    }

    /** The overrides for one side, global ones first so that side-scoped ones replace them. */
    List<Override> forSide(String side, String adapterName) {
        Map<String, Override> overrides = new TreeMap<>();
        Map<String, List<String>> global = GLOBAL.getOrDefault(adapterName.toLowerCase(Locale.ROOT), Map.of());
        global.forEach((setting, variables) -> {
            for (String variable : variables) {
                String value = environment.get(variable);
                if (value != null && !value.isEmpty()) {
                    overrides.put(setting, new Override(setting, value, new SettingOrigin.Environment(variable)));
                    break;
                }
            }
        });
        String prefix = "INFRAHUB_SYNC_" + side.toUpperCase(Locale.ROOT) + "_";
        new TreeMap<>(environment).forEach((variable, value) -> {
            if (variable.startsWith(prefix) && variable.length() > prefix.length() && value != null && !value.isEmpty()) {
                String setting = variable.substring(prefix.length()).toLowerCase(Locale.ROOT);
                overrides.put(setting, new Override(setting, value, new SettingOrigin.Environment(variable)));
            }
        });
        return List.copyOf(overrides.values());
    }
}
