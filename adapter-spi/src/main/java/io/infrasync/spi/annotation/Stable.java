package io.infrasync.spi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an SPI element whose binary and source compatibility is guaranteed within a major SPI
 * version ({@link io.infrasync.spi.Spi#MAJOR}).
 *
 * <p>Stable interfaces only gain methods with defaults in a minor version; stable value types only
 * gain accessors and factories. Removing or changing a stable element requires a new major version.
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PACKAGE})
@Stable(since = "1.0")
public @interface Stable {

    /**
     * The SPI version ({@code MAJOR.MINOR}) that introduced the element.
     *
     * @return the version, for example {@code "1.0"}
     */
    String since();
}
