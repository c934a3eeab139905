package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.ErrorKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's settings for one adapter: the {@code settings:} mapping of the {@code source} or
 * {@code destination} in {@code config.yml}, as a JSON-like tree, plus the branch chosen by the
 * user ({@code --branch}) if any.
 *
 * <p>Typed getters convert the usual YAML spellings and fail with an {@link AdapterException} of
 * kind {@link ErrorKind#CONFIGURATION} whose message names the setting. Environment variables that
 * override settings (such as {@code NETBOX_TOKEN}) are read through
 * {@link AdapterContext#environment(String)}, never from {@code System.getenv}.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface AdapterSettings permits SettingsValue {

    /**
     * All settings as given.
     *
     * @return an unmodifiable map whose values are JSON-like trees; never {@code null}
     */
    Map<String, Object> values();

    /**
     * The branch to read and write, when the user chose one. Only adapters declaring
     * {@link io.infrasync.spi.model.Capability#BRANCHES} receive a branch; the host refuses to open
     * other adapters with one.
     *
     * @return the branch name, or empty for the system's default branch
     */
    Optional<String> branch();

    /**
     * Returns a copy with a branch.
     *
     * @param branch the branch name, or {@code null} for none
     * @return new settings
     */
    default AdapterSettings withBranch(String branch) {
        return new SettingsValue(values(), Optional.ofNullable(branch).filter(name -> !name.isBlank()));
    }

    /**
     * A string setting; numbers and booleans are rendered as text.
     *
     * @param key the setting's name; must not be {@code null}
     * @return the value, or empty when absent or {@code null}
     * @throws AdapterException of kind {@code CONFIGURATION} if the value is a map or a list
     */
    default Optional<String> string(String key) {
        Object value = values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof Iterable) {
            throw invalid(key, "a text value", value);
        }
        return Optional.of(value.toString());
    }

    /**
     * A required, non-blank string setting.
     *
     * @param key the setting's name; must not be {@code null}
     * @return the value
     * @throws AdapterException of kind {@code CONFIGURATION} if it is absent, blank or not text
     */
    default String requireString(String key) {
        return string(key).filter(text -> !text.isBlank()).orElseThrow(() -> new AdapterException(
                ErrorKind.CONFIGURATION, "setting '" + key + "' is required"));
    }

    /**
     * A boolean setting: {@code true}/{@code false}, or the text {@code true}, {@code false},
     * {@code yes}, {@code no}, {@code on}, {@code off}, {@code 1}, {@code 0} (any case).
     *
     * @param key the setting's name; must not be {@code null}
     * @param defaultValue the value when absent
     * @return the value
     * @throws AdapterException of kind {@code CONFIGURATION} if the value is not a boolean
     */
    default boolean bool(String key, boolean defaultValue) {
        Object value = values().get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw invalid(key, "true or false", value);
        }
    }

    /**
     * An integer setting, given as a number or as decimal text.
     *
     * @param key the setting's name; must not be {@code null}
     * @param defaultValue the value when absent
     * @return the value
     * @throws AdapterException of kind {@code CONFIGURATION} if the value is not an integer
     */
    default long integer(String key, long defaultValue) {
        Object value = values().get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "an integer", value);
        }
    }

    /**
     * A nested mapping setting (for example HTTP headers or query parameters).
     *
     * @param key the setting's name; must not be {@code null}
     * @return the mapping, or empty when absent
     * @throws AdapterException of kind {@code CONFIGURATION} if the value is not a mapping
     */
    @SuppressWarnings("unchecked")
    default Optional<Map<String, Object>> map(String key) {
        Object value = values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map)) {
            throw invalid(key, "a mapping", value);
        }
        return Optional.of(Collections.unmodifiableMap((Map<String, Object>) value));
    }

    /**
     * Creates settings without branch.
     *
     * @param values the settings; must not be {@code null}; copied (top level), {@code null} values kept
     * @return the settings
     */
    static AdapterSettings of(Map<String, ?> values) {
        return new SettingsValue(new LinkedHashMap<>(Objects.requireNonNull(values, "values is null")), Optional.empty());
    }

    /**
     * Settings without any value and without branch.
     *
     * @return empty settings
     */
    static AdapterSettings empty() {
        return of(Map.of());
    }

    private static AdapterException invalid(String key, String expected, Object value) {
        String shown = value instanceof Map ? "a mapping" : value instanceof Iterable ? "a list" : "'" + value + "'";
        return new AdapterException(ErrorKind.CONFIGURATION,
                "setting '" + key + "' must be " + expected + ", got " + shown);
    }
}
