/**
 * The API's own description: the hand-written OpenAPI document served at {@code /api/openapi.json}, and the page at
 * {@code /api/docs} rendered from it on the server (no CDN, no script).
 */
@NullMarked
package org.occucompare.web.openapi;

import org.jspecify.annotations.NullMarked;
