package io.infrasync.spi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an SPI element that may change or disappear in any minor version, without notice.
 *
 * <p>Adapters may use experimental elements, but should expect to recompile against a newer SPI.
 * Compatibility checks of the SPI jar exclude elements carrying this annotation.
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PACKAGE})
@Stable(since = "1.0")
public @interface Experimental {

    /**
     * The SPI version ({@code MAJOR.MINOR}) that introduced the element.
     *
     * @return the version, for example {@code "1.0"}
     */
    String since();
}
