package org.occucompare.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Makes the request method the app sees the one on the request line. Headers that ask for another method
 * ({@code X-HTTP-Method-Override}, which Javalin would honour, and its variants) are hidden, so a form or a proxy
 * cannot turn a GET into something else or the reverse. A HEAD is handed on as a GET, so it answers exactly what a
 * GET would (status, type, length, errors) while Jetty leaves out the body; Javalin would otherwise answer 200 to
 * any HEAD whose path has a GET route, without running it. Stateless.
 */
final class MethodFilter implements Filter {
    /** The headers that ask a server to treat a request as another method, lower case. */
    static final Set<String> OVERRIDE_HEADERS = Set.of("x-http-method-override", "x-http-method",
            "x-method-override");

    /** Creates the filter; {@link #install} adds it in front of the app. */
    MethodFilter() {
    }

    /**
     * Adds the filter in front of every request of a servlet context, such as Javalin's.
     *
     * @param context the context, never null
     */
    static void install(ServletContextHandler context) {
        context.addFilter(new FilterHolder(new MethodFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new AsRequested(http) : request, response);
    }

    /** The request with HEAD read as GET and the override headers hidden. */
    private static final class AsRequested extends HttpServletRequestWrapper {
        AsRequested(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            String method = super.getMethod();
            return "HEAD".equals(method) ? "GET" : method;
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public int getIntHeader(String name) {
            return hidden(name) ? -1 : super.getIntHeader(name);
        }

        private static boolean hidden(String name) {
            return name != null && OVERRIDE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
