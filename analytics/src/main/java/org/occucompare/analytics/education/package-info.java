/**
 * Education and training side by side: typical entry education, work experience, on-the-job training, job zone and
 * the educational attainment of current workers.
 */
@NullMarked
package org.occucompare.analytics.education;

import org.jspecify.annotations.NullMarked;
