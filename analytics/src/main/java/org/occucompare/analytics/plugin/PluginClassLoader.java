package org.occucompare.analytics.plugin;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.List;

/**
 * The class loader of one plugin: child-first over the plugin's jars, with the platform class loader as parent, and
 * only the host API packages delegated to the host. It defines only the classes of its {@link PluginCode}, the ones
 * the {@link BytecodeCheck} read; the jars serve resources. A plugin therefore sees the JDK, the SPI, the model, the
 * core error root and JSpecify, and nothing else of the application (no Commons Math, no Jackson, no Javalin), and
 * cannot clash with the host's libraries.
 *
 * <p>A host package ending in {@code .} is a prefix and covers its sub-packages ({@code org.occucompare.core.spi.});
 * one without the dot covers exactly that package ({@code org.occucompare.core}, the error root, but not
 * {@code org.occucompare.core.source}). Thread-safe.
 */
public final class PluginClassLoader extends URLClassLoader {
    /** What the host shares with plugins: the SPI, the model, the core error root and JSpecify. */
    public static final List<String> HOST_PACKAGES = List.of("org.occucompare.core.spi.",
            "org.occucompare.core.model.", "org.occucompare.core", "org.jspecify.");

    static {
        registerAsParallelCapable();
    }

    private final PluginCode code;
    private final ClassLoader host;
    private final List<String> hostPackages;

    /**
     * Creates a loader.
     *
     * @param name a name for diagnostics, for example the jar's file name, never null
     * @param code the plugin's classes, as checked, never null
     * @param host the class loader that holds the host packages, never null
     * @param hostPackages the packages to take from {@code host} (see the class comment), never null
     */
    PluginClassLoader(String name, PluginCode code, ClassLoader host, List<String> hostPackages) {
        super(requireNonNull(name, "name is null"), code.jars().toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader());
        this.code = code;
        this.host = requireNonNull(host, "host is null");
        this.hostPackages = List.copyOf(requireNonNull(hostPackages, "hostPackages is null"));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        PluginCode.Entry entry = code.find(name).orElseThrow(() -> new ClassNotFoundException(name));
        int dot = name.lastIndexOf('.');
        if (dot > 0 && getDefinedPackage(name.substring(0, dot)) == null) {
            try {
                definePackage(name.substring(0, dot), null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedMeanwhile) {
                // another thread defined the package first
            }
        }
        return defineClass(name, entry.bytes(), 0, entry.bytes().length,
                new CodeSource(entry.jar(), (CodeSigner[]) null));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isHostClass(name)) {
            return host.loadClass(name);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null && !name.startsWith("java.")) {
                try {
                    type = findClass(name);
                } catch (ClassNotFoundException notInPlugin) {
                    type = null;
                }
            }
            if (type == null) {
                type = getParent().loadClass(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    /**
     * Tells whether a class is taken from the host.
     *
     * @param className the binary class name, never null
     * @return true if it lies in one of the host packages
     */
    boolean isHostClass(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        for (String p : hostPackages) {
            if (p.endsWith(".") ? className.startsWith(p) : pkg.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
