/**
 * The command line, with picocli: {@link org.occucompare.web.cli.Cli} builds it, one class per command. Commands
 * write through picocli's writers, never to {@code System.out}, so tests run them in-process. Exit codes: 0 ok,
 * 1 runtime failure, 2 bad usage.
 */
@NullMarked
package org.occucompare.web.cli;

import org.jspecify.annotations.NullMarked;
