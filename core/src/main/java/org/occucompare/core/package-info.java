/**
 * The core of OccuCompare: the error root shared by every module. The domain model lives in
 * {@code org.occucompare.core.model} and the occupation-source contract in {@code org.occucompare.core.source}.
 * This module depends on the JDK and JSpecify only.
 */
@NullMarked
package org.occucompare.core;

import org.jspecify.annotations.NullMarked;
