/**
 * HTTP hardening that applies to every response, such as the security headers of
 * {@link org.occucompare.web.security.SecurityHeaders}.
 */
@NullMarked
package org.occucompare.web.security;

import org.jspecify.annotations.NullMarked;
