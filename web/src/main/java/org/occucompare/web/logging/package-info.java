/** Logging: the log line format setting (text or JSON) applied to Logback at startup. */
@NullMarked
package org.occucompare.web.logging;

import org.jspecify.annotations.NullMarked;
