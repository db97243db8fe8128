package org.occucompare.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an SPI element that is exempt from the compatibility promise of {@link MetricSpi}: it may change or go in a
 * MINOR release. Every element added in a MINOR release starts out experimental.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Experimental {
    /** {@return the SPI version that added the element, for example {@code 1.1}} */
    String since();
}
