package org.occucompare.analytics.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads a plugin's bytecode, before any of it runs, for what could end or escape the application: calls that end the
 * process ({@code System.exit}, {@code Runtime.halt}), start processes, load native code, stop other threads, and the
 * ways around a check of direct calls (reflection, method handles, class loaders, foreign functions, JDK internals
 * and tools that run code by name). A method reference such as {@code System::exit} counts as a call. This is a guard
 * against a plugin taking the process down, not a sandbox: plugins still run with the application's rights. Stateless.
 */
final class BytecodeCheck {
    private static final String ENDS = "ends the process";
    private static final String PROCESSES = "starts or controls processes";
    private static final String NATIVE = "loads native code";
    private static final String REFLECTION = "reflection or method handles reach any method around this check";
    private static final String CLASSES = "defines classes this check never sees";
    private static final String THREADS = "stops or reaches other threads";
    private static final String INTERNALS = "JDK internals and tools run code by name";

    /**
     * What plugins may not use. An owner ending in {@code /} is a package and its sub-packages; a rule without
     * members covers the whole type; an {@code except} rule covers every member but those listed.
     */
    private static final List<Rule> RULES = List.of(
            Rule.members("java/lang/System", ENDS, "exit"),
            Rule.members("java/lang/Runtime", ENDS, "exit", "halt"),
            Rule.members("java/lang/System", NATIVE, "load", "loadLibrary"),
            Rule.members("java/lang/Runtime", NATIVE, "load", "loadLibrary"),
            Rule.members("java/lang/Runtime", PROCESSES, "exec"),
            Rule.type("java/lang/ProcessBuilder", PROCESSES),
            Rule.type("java/lang/Process", PROCESSES),
            Rule.type("java/lang/ProcessHandle", PROCESSES),
            Rule.type("java/awt/Desktop", PROCESSES),
            Rule.type("java/lang/foreign/", NATIVE),
            Rule.type("java/lang/reflect/", REFLECTION),
            Rule.type("java/lang/invoke/", REFLECTION),
            Rule.type("java/beans/", REFLECTION),
            Rule.except("java/lang/Class", REFLECTION, "getName", "getSimpleName", "getCanonicalName", "getTypeName",
                    "getPackageName", "toString", "hashCode", "equals", "isInstance", "cast", "isAssignableFrom",
                    "isArray", "isEnum", "isRecord", "isInterface", "isPrimitive", "isAnnotation", "isSealed",
                    "getComponentType", "componentType", "getEnumConstants", "desiredAssertionStatus", "getResource",
                    "getResourceAsStream", "getSuperclass", "getInterfaces", "getModifiers", "getClassLoader",
                    "descriptorString"),
            Rule.except("java/lang/ClassLoader", CLASSES, "getResource", "getResourceAsStream", "getResources",
                    "getName", "getParent", "getSystemResource", "getSystemResourceAsStream",
                    "getSystemClassLoader", "getPlatformClassLoader"),
            Rule.type("java/security/SecureClassLoader", CLASSES),
            Rule.type("java/net/URLClassLoader", CLASSES),
            Rule.type("java/lang/Module", CLASSES),
            Rule.type("java/lang/ModuleLayer", CLASSES),
            Rule.type("java/util/ServiceLoader", CLASSES),
            Rule.members("java/lang/Thread", THREADS, "stop", "suspend", "resume", "getAllStackTraces", "enumerate"),
            Rule.type("java/lang/ThreadGroup", THREADS),
            Rule.type("sun/", INTERNALS),
            Rule.type("com/sun/", INTERNALS),
            Rule.type("jdk/", INTERNALS),
            Rule.type("java/lang/instrument/", INTERNALS),
            Rule.type("java/lang/management/", INTERNALS),
            Rule.type("javax/management/", INTERNALS),
            Rule.type("javax/script/", INTERNALS),
            Rule.type("javax/tools/", INTERNALS),
            Rule.type("java/util/spi/ToolProvider", INTERNALS),
            Rule.type("javax/naming/", INTERNALS),
            Rule.type("java/rmi/", INTERNALS),
            Rule.type("javax/xml/transform/", INTERNALS),
            Rule.type("java/util/logging/LogManager", INTERNALS));

    /** The invokedynamic bootstraps javac emits: lambdas, string concatenation, records and pattern switches. */
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods",
            "java/lang/runtime/SwitchBootstraps");

    /** Types inside forbidden packages that are plain data: javac's {@code $deserializeLambda$} reads this one. */
    private static final Set<String> HARMLESS = Set.of("java/lang/invoke/SerializedLambda");

    /** The class loader types a plugin class may not extend. */
    private static final Set<String> LOADERS = Set.of("java/lang/ClassLoader", "java/security/SecureClassLoader",
            "java/net/URLClassLoader");

    private BytecodeCheck() {
    }

    /**
     * Checks one class.
     *
     * @param bytes the class file
     * @return what the class may not do, each a phrase such as {@code calls java.lang.System.exit (ends the process)
     *     in com.example.Evil.evaluate}; empty when nothing was found
     * @throws IllegalArgumentException if the bytes are not a class file this check can read
     */
    static List<String> findings(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        Set<String> found = new LinkedHashSet<>();
        reader.accept(new Classes(found), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ArrayList<>(found);
    }

    private record Rule(String owner, Set<String> members, boolean except, String why) {
        static Rule type(String owner, String why) {
            return new Rule(owner, Set.of(), false, why);
        }

        static Rule members(String owner, String why, String... members) {
            return new Rule(owner, Set.of(members), false, why);
        }

        static Rule except(String owner, String why, String... members) {
            return new Rule(owner, Set.of(members), true, why);
        }

        boolean covers(String type, Optional<String> member) {
            boolean ownerMatches = owner.endsWith("/") ? type.startsWith(owner) : type.equals(owner);
            if (!ownerMatches) {
                return false;
            }
            if (members.isEmpty()) {
                return true;
            }
            // a use of the type itself (a cast, a field) is harmless when only some members are forbidden
            return member.isPresent() && members.contains(member.get()) != except;
        }
    }

    private static Optional<String> why(String owner, Optional<String> member) {
        Type t = Type.getObjectType(owner);
        String type = (t.getSort() == Type.ARRAY ? t.getElementType() : t).getInternalName();
        if (HARMLESS.contains(type)) {
            return Optional.empty();
        }
        return RULES.stream().filter(r -> r.covers(type, member)).map(Rule::why).findFirst();
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    private static final class Classes extends ClassVisitor {
        private final Set<String> found;
        private String className = "?";

        Classes(Set<String> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = dotted(name);
            if (superName != null && LOADERS.contains(superName)) {
                found.add("extends " + dotted(superName) + " (" + CLASSES + ") in " + className);
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            String where = className + "." + name;
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                found.add("declares the native method " + name + " (" + NATIVE + ") in " + className);
            }
            return new Methods(found, where);
        }
    }

    private static final class Methods extends MethodVisitor {
        private final Set<String> found;
        private final String where;

        Methods(Set<String> found, String where) {
            super(Opcodes.ASM9);
            this.found = found;
            this.where = where;
        }

        private void call(String owner, String name) {
            why(owner, Optional.of(name)).ifPresent(why -> found.add("calls " + dotted(owner) + "." + name + " ("
                    + why + ") in " + where));
        }

        private void use(String type) {
            why(type, Optional.empty()).ifPresent(why -> found.add("uses " + dotted(type) + " (" + why + ") in "
                    + where));
        }

        private void handle(Handle h) {
            call(h.getOwner(), h.getName());
        }

        private void constant(Object value) {
            if (value instanceof Handle h) {
                handle(h);
            } else if (value instanceof ConstantDynamic c) {
                bootstrap(c.getBootstrapMethod());
                for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
                    constant(c.getBootstrapMethodArgument(i));
                }
            }
        }

        private void bootstrap(Handle bsm) {
            if (!BOOTSTRAPS.contains(bsm.getOwner())) {
                found.add("calls " + dotted(bsm.getOwner()) + "." + bsm.getName() + " as an invokedynamic bootstrap ("
                        + REFLECTION + ") in " + where);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            call(owner, name);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            use(owner);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            use(type);
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            bootstrap(bsm);
            for (Object arg : args) {
                constant(arg);
            }
        }
    }
}
