package org.strategycheck.drl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one library, as text: its module descriptor, then every public type of the
 * packages it exports to everyone, with their public (and, where a subclass can see them,
 * protected) members, one per line, sorted. Read from the compiled classes by reflection, so it
 * is what a host compiles against, whatever the sources look like.
 */
final class ApiDump {

    /** The command that rewrites the dumps; in every header and every failure message. */
    static final String REGENERATE = "mvn -B -o test -pl rules-drl -am -Dtest=ApiContractTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dstrategycheck.api.write=true";

    /** The compiled library: its module descriptor and its classes. */
    record Library(String artifact, ModuleDescriptor descriptor, List<String> classNames) {

        /** Unqualified exports: the packages every module may use. */
        Set<String> exported() {
            return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** Every package that holds a class. */
        Set<String> packages() {
            return classNames.stream().map(ApiDump::packageOf).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private ApiDump() {
    }

    /**
     * Reads the library that holds a class, from its jar or its classes directory.
     *
     * @param artifact the library's artifact id, for the header
     * @param anchor   any class of the library
     * @return the library
     */
    static Library library(String artifact, Class<?> anchor) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            ModuleDescriptor descriptor;
            try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
                descriptor = ModuleDescriptor.read(in);
            }
            List<String> classes;
            try (Stream<Path> files = Files.walk(root)) {
                classes = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                        .filter(n -> !n.equals("module-info.class") && !n.endsWith("package-info.class"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                        .sorted().toList();
            }
            return new Library(artifact, descriptor, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The library's API as text.
     *
     * @param library the library
     * @return the dump, ending with a line break
     */
    static String dump(Library library) {
        StringBuilder out = new StringBuilder();
        out.append("# The public API of ").append(library.artifact()).append(" (module ")
                .append(library.descriptor().name()).append("), compared with the code by ApiContractTest.\n")
                .append("# A change here is a change vendors compile against. Regenerate deliberately:\n#   ")
                .append(REGENERATE).append("\n\n");
        out.append("module ").append(library.descriptor().name()).append('\n');
        moduleLines(library.descriptor()).forEach(line -> out.append("  ").append(line).append('\n'));
        for (Class<?> type : apiTypes(library)) {
            out.append('\n').append(typeLine(type)).append('\n');
            members(type).forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    /**
     * Calls {@code visit} with every type a public signature of the library names, and where.
     *
     * @param library the library
     * @param visit   receives (type named, where)
     */
    static void signatureTypes(Library library, BiConsumer<Class<?>, String> visit) {
        for (Class<?> type : apiTypes(library)) {
            String at = type.getName();
            types(type.getGenericSuperclass(), t -> visit.accept(t, at + " extends"));
            for (Type implemented : type.getGenericInterfaces()) {
                types(implemented, t -> visit.accept(t, at + " implements"));
            }
            for (Field field : visibleFields(type)) {
                types(field.getGenericType(), t -> visit.accept(t, at + "." + field.getName()));
            }
            for (Executable executable : visibleExecutables(type)) {
                String where = at + "." + executable.getName() + "(…)";
                if (executable instanceof Method method) {
                    types(method.getGenericReturnType(), t -> visit.accept(t, where));
                }
                for (Type parameter : executable.getGenericParameterTypes()) {
                    types(parameter, t -> visit.accept(t, where));
                }
                for (Type thrown : executable.getGenericExceptionTypes()) {
                    types(thrown, t -> visit.accept(t, where));
                }
                for (TypeVariable<?> variable : executable.getTypeParameters()) {
                    for (Type bound : variable.getBounds()) {
                        types(bound, t -> visit.accept(t, where));
                    }
                }
            }
        }
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static List<String> moduleLines(ModuleDescriptor descriptor) {
        List<String> lines = new ArrayList<>();
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED)) {
                continue;
            }
            String modifiers = requires.modifiers().stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT) + " ")
                    .sorted().collect(Collectors.joining());
            lines.add("requires " + modifiers + requires.name());
        }
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            lines.add("exports " + exports.source() + (exports.isQualified() ? " to " + String.join(", ", new TreeSet<>(exports.targets())) : ""));
        }
        for (ModuleDescriptor.Opens opens : descriptor.opens()) {
            lines.add("opens " + opens.source() + (opens.isQualified() ? " to " + String.join(", ", new TreeSet<>(opens.targets())) : ""));
        }
        descriptor.uses().forEach(service -> lines.add("uses " + service));
        for (ModuleDescriptor.Provides provides : descriptor.provides()) {
            lines.add("provides " + provides.service() + " with " + String.join(", ", new TreeSet<>(provides.providers())));
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static List<Class<?>> apiTypes(Library library) {
        Set<String> exported = library.exported();
        ClassLoader loader = ApiDump.class.getClassLoader();
        List<Class<?>> types = new ArrayList<>();
        for (String name : library.classNames()) {
            if (!exported.contains(packageOf(name))) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (visible(type)) {
                types.add(type);
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /** Public, or a public or protected member type of a visible type. */
    private static boolean visible(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        int modifiers = type.getModifiers();
        if (type.getDeclaringClass() == null) {
            return Modifier.isPublic(modifiers);
        }
        return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && visible(type.getDeclaringClass());
    }

    private static boolean visible(Class<?> owner, int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers())
                && !owner.isInterface();
    }

    private static List<Field> visibleFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !f.isSynthetic() && visible(type, f.getModifiers()))
                .toList();
    }

    private static List<Executable> visibleExecutables(Class<?> type) {
        List<Executable> executables = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!constructor.isSynthetic() && visible(type, constructor.getModifiers())) {
                executables.add(constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic() && !method.isBridge() && visible(type, method.getModifiers())) {
                executables.add(method);
            }
        }
        return executables;
    }

    private static String typeLine(Class<?> type) {
        int mask = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
            mask &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isInterface()) {
            kind = "interface";
            mask &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isEnum()) {
            kind = "enum";
            mask &= ~Modifier.STATIC;
        } else if (type.isRecord()) {
            kind = "record";
            mask &= ~Modifier.STATIC;
        } else {
            kind = "class";
        }
        StringBuilder line = new StringBuilder(Modifier.toString(type.getModifiers() & mask));
        if (type.isSealed()) {
            line.append(" sealed");
        }
        line.append(' ').append(kind).append(' ').append(type.getName()).append(typeParameters(type.getTypeParameters()));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && superclass != Record.class && !type.isEnum()) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName)
                .filter(n -> !(type.isAnnotation() && n.equals("java.lang.annotation.Annotation"))).sorted().toList();
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        if (type.isSealed()) {
            line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static List<String> members(Class<?> type) {
        List<String> lines = new ArrayList<>();
        for (Field field : visibleFields(type)) {
            StringBuilder line = new StringBuilder(modifiers(field, type)).append(' ')
                    .append(field.getGenericType().getTypeName()).append(' ').append(field.getName());
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                    && (field.getType().isPrimitive() || field.getType() == String.class)) {
                try {
                    field.setAccessible(true);
                    Object value = field.get(null);
                    line.append(" = ").append(value instanceof String text ? '"' + text + '"' : value);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    // A constant whose class cannot be initialised here: its type and name still count.
                }
            }
            lines.add(line.toString());
        }
        for (Executable executable : visibleExecutables(type)) {
            StringBuilder line = new StringBuilder(modifiers(executable, type));
            String typeParameters = typeParameters(executable.getTypeParameters());
            if (!typeParameters.isEmpty()) {
                line.append(' ').append(typeParameters);
            }
            if (executable instanceof Method method) {
                line.append(' ').append(method.getGenericReturnType().getTypeName()).append(' ').append(method.getName());
            } else {
                line.append(" <init>");
            }
            line.append('(').append(Arrays.stream(executable.getGenericParameterTypes()).map(Type::getTypeName)
                    .collect(Collectors.joining(", "))).append(')');
            Type[] thrown = executable.getGenericExceptionTypes();
            if (thrown.length > 0) {
                line.append(" throws ").append(Arrays.stream(thrown).map(Type::getTypeName).sorted()
                        .collect(Collectors.joining(", ")));
            }
            lines.add(line.toString());
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static String modifiers(Member member, Class<?> owner) {
        int mask = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;
        if (owner.isInterface()) {
            // Implied in an interface: public, and abstract unless default or static.
            mask &= ~Modifier.ABSTRACT;
        }
        String text = Modifier.toString(member.getModifiers() & mask);
        if (member instanceof Method method && method.isDefault()) {
            text += " default";
        }
        return text;
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(v -> {
            List<String> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).map(Type::getTypeName).toList();
            return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    private static void types(Type type, java.util.function.Consumer<Class<?>> visit) {
        if (type == null) {
            return;
        }
        if (type instanceof Class<?> plain) {
            Class<?> element = plain;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (!element.isPrimitive()) {
                visit.accept(element);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            types(parameterized.getRawType(), visit);
            for (Type argument : parameterized.getActualTypeArguments()) {
                types(argument, visit);
            }
        } else if (type instanceof GenericArrayType array) {
            types(array.getGenericComponentType(), visit);
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Arrays.stream(wildcard.getUpperBounds()), Arrays.stream(wildcard.getLowerBounds()))
                    .forEach(bound -> types(bound, visit));
        }
        // A type variable's bounds are visited where it is declared.
    }
}
