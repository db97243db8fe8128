package org.occucompare.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out Maven test-jars (such as core's fixtures and plugin contract kit), which ArchUnit's
 * {@link ImportOption.DoNotIncludeTests} does not recognize: the rules are about production classes.
 */
public final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
