package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line longer than a limit, so that a file whose first line never ends (such as
 * {@code /dev/zero}, or a binary file given by mistake) fails fast with a clear message instead of filling the
 * memory. The official files' longest lines are a few thousand characters. Not thread-safe.
 */
final class BoundedLineReader extends FilterReader {
    /** The longest line any official file has, with a wide margin. */
    static final int MAX_LINE = 1 << 20;

    private final String location;
    private final int limit;
    private int lineLength;

    BoundedLineReader(Reader in, String location, int limit) {
        super(requireNonNull(in, "in is null"));
        this.location = requireNonNull(location, "location is null");
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n' || c == '\r') {
            lineLength = 0;
        } else if (++lineLength > limit) {
            throw new LineTooLongException(location, limit);
        }
    }

    /** A line past the limit. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(String location, int limit) {
            super(location + " has a line longer than " + String.format(java.util.Locale.ROOT, "%,d", limit)
                    + " characters: it is not a text file OccuCompare reads");
        }
    }
}
