package org.occucompare.web.cli;

import org.occucompare.web.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the version of this build, such as {@code occucompare 0.1.0}. */
public final class VersionProvider implements IVersionProvider {

    /** Creates the provider; picocli instantiates it. */
    public VersionProvider() {
    }

    @Override
    public String[] getVersion() {
        return new String[] {"occucompare " + AppVersion.current()};
    }
}
