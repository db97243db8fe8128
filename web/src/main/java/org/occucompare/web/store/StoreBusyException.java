package org.occucompare.web.store;

import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/** Another process holds a lock of the store that this one needs, such as the one import that may run at a time. */
public final class StoreBusyException extends OccupationException {
    private static final long serialVersionUID = 1L;

    StoreBusyException(String message, Throwable cause) {
        super(ErrorKind.UPSTREAM, message, cause);
    }
}
