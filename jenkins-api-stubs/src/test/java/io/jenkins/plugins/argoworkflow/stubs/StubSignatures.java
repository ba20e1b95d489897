package io.jenkins.plugins.argoworkflow.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The declared API of every class compiled from the stubs, one line per class header and per member, in the form
 * of {@code javap}: modifiers, generics, parameters, return types and {@code throws} as the class file has them
 * (so an implicit default constructor shows up, which source review misses).
 */
final class StubSignatures {

    private StubSignatures() {}

    /** The signature lines of every top-level and nested class under {@code classesDir}, sorted by class. */
    static List<String> of(Path classesDir) {
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classesDir)) {
            classNames = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classesDir.relativize(f).toString())
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c = load(name);
            if (c.isSynthetic() || c.isAnonymousClass()) {
                continue;
            }
            lines.addAll(of(c));
        }
        return lines;
    }

    static List<String> of(Class<?> c) {
        List<String> lines = new ArrayList<>();
        Arrays.stream(c.getDeclaredAnnotations())
                .map(a -> "  " + a)
                .sorted()
                .forEach(lines::add);
        lines.add(0, header(c));
        List<String> members = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!f.isSynthetic() && !f.isEnumConstant()) {
                members.add("  field " + f.toGenericString());
            } else if (f.isEnumConstant()) {
                members.add("  constant " + f.getName());
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (!k.isSynthetic()) {
                members.add("  constructor " + k.toGenericString());
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!m.isSynthetic() && !m.isBridge()) {
                members.add("  method " + m.toGenericString());
            }
        }
        members.sort(null);
        lines.addAll(members);
        return lines;
    }

    private static String header(Class<?> c) {
        StringBuilder b = new StringBuilder();
        int mods = c.getModifiers() & (c.isInterface() ? Modifier.interfaceModifiers() : Modifier.classModifiers());
        if (c.isInterface()) {
            mods &= ~Modifier.ABSTRACT;
        }
        String m = Modifier.toString(mods);
        if (!m.isEmpty()) {
            b.append(m).append(' ');
        }
        b.append(c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum" : "class");
        b.append(' ').append(c.getName());
        TypeVariable<?>[] params = c.getTypeParameters();
        if (params.length > 0) {
            b.append(Arrays.stream(params).map(StubSignatures::typeParameter).collect(Collectors.joining(", ", "<", ">")));
        }
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum()) {
            b.append(" extends ").append(sup.getTypeName());
        }
        Type[] ifaces = c.getGenericInterfaces();
        if (ifaces.length > 0) {
            b.append(c.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(ifaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    private static String typeParameter(TypeVariable<?> v) {
        Type[] bounds = v.getBounds();
        if (bounds.length == 1 && bounds[0] == Object.class) {
            return v.getName();
        }
        return v.getName() + " extends " + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StubSignatures.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled stub class not loadable: " + name, e);
        }
    }

}
