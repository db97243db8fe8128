/**
 * Startup configuration: {@link org.occucompare.web.config.AppConfig} is read once from the environment and an
 * optional properties file, validated, and handed to the parts that need it. Secrets are held in
 * {@link org.occucompare.web.config.Secret}, which never prints its value.
 */
@NullMarked
package org.occucompare.web.config;

import org.jspecify.annotations.NullMarked;
