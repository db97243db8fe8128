package org.occucompare.web.security;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.http.UriCompliance;

/**
 * Hardening of every request in the server layer, before routing: the request line must decode as the app will
 * decode it, and the method the app sees is the one on the request line ({@link MethodFilter}).
 */
public final class RequestHardening {
    /**
     * The addresses Jetty lets through: Javalin's own choice, {@link UriCompliance#LEGACY} (Javalin routes on the raw
     * path, so it takes encoded separators itself), without UTF-16 escapes such as {@code %u0041} and truncated
     * UTF-8, which Javalin cannot decode (its path parameters then failed with a 500). Jetty refuses those with a
     * 400.
     */
    public static final UriCompliance URI_COMPLIANCE = UriCompliance.LEGACY.without("OCCUCOMPARE",
            UriCompliance.Violation.UTF16_ENCODINGS, UriCompliance.Violation.TRUNCATED_UTF8_ENCODING);

    private RequestHardening() {
    }

    /**
     * Applies the hardening to an app being configured.
     *
     * @param config the app's configuration, never null
     */
    public static void install(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(URI_COMPLIANCE));
        config.jetty.modifyServletContextHandler(MethodFilter::install);
    }
}
