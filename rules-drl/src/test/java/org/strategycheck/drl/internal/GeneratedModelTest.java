package org.strategycheck.drl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ships as the executable model is exactly what the model uses: every generated class
 * under {@code org/strategycheck/rules} (in the jar, or the classes folder the jar is made
 * from) is reached from the rule classes the model lists, through the class names each class
 * file refers to. A class left from an earlier build's DRL is reached from nothing.
 */
class GeneratedModelTest {

    private static final String GENERATED = "org/strategycheck/rules/";
    private static final Pattern CLASS_NAME = Pattern.compile("org/strategycheck/rules/[A-Za-z0-9_/$]+");

    @Test
    void everyGeneratedClassIsOneTheModelUses() throws Exception {
        Map<String, byte[]> classes = generatedClasses();
        assertFalse(classes.isEmpty(), "no generated classes found");
        List<String> roots = new java.util.ArrayList<>();
        for (String line : modelList().split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.contains(":")) {
                String internal = name.replace('.', '/');
                assertFalse(classes.get(internal) == null, "the model lists " + name + " but it is not there");
                roots.add(internal);
            }
        }
        Set<String> unused = unreached(classes, roots);
        assertEquals(Set.of(), unused, unused.size() + " of " + classes.size() + " generated classes are not used by the model");
    }

    @Test
    void aClassNothingRefersToIsUnreached() {
        Map<String, byte[]> classes = Map.of(
                "org/strategycheck/rules/a/Rules1", bytes("calls Lorg/strategycheck/rules/a/P0/Lambda1;"),
                "org/strategycheck/rules/a/P0/Lambda1", bytes("refers to org/strategycheck/rules/a/P0/Lambda1 only"),
                "org/strategycheck/rules/a/P0/Lambda2", bytes("left from an earlier build"));
        assertEquals(Set.of("org/strategycheck/rules/a/P0/Lambda2"),
                unreached(classes, List.of("org/strategycheck/rules/a/Rules1")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The classes not reached from the roots through the class names their files hold. */
    static Set<String> unreached(Map<String, byte[]> classes, List<String> roots) {
        Deque<String> toVisit = new ArrayDeque<>(roots);
        Set<String> reached = new HashSet<>(roots);
        while (!toVisit.isEmpty()) {
            Matcher names = CLASS_NAME.matcher(new String(classes.get(toVisit.poll()), StandardCharsets.ISO_8859_1));
            while (names.find()) {
                String name = names.group();
                if (classes.containsKey(name) && reached.add(name)) {
                    toVisit.add(name);
                }
            }
        }
        Set<String> unused = new TreeSet<>(classes.keySet());
        unused.removeAll(reached);
        return unused;
    }

    private static String modelList() throws IOException {
        try (InputStream in = GeneratedModelTest.class.getClassLoader().getResourceAsStream(DroolsEngineProvider.MODEL_LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The generated classes beside the model list (a jar or a folder), by internal name. */
    private static Map<String, byte[]> generatedClasses() throws IOException, URISyntaxException {
        URL list = GeneratedModelTest.class.getClassLoader().getResource(DroolsEngineProvider.MODEL_LIST);
        Map<String, byte[]> classes = new HashMap<>();
        if (list.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) list.openConnection();
            try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().startsWith(GENERATED) && entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            classes.put(entry.getName().replace(".class", ""), in.readAllBytes());
                        }
                    }
                }
            }
            return classes;
        }
        Path root = Path.of(list.toURI());
        for (int i = 0; i < DroolsEngineProvider.MODEL_LIST.split("/").length; i++) {
            root = root.getParent();
        }
        try (Stream<Path> files = Files.walk(root.resolve(GENERATED))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                classes.put(name.replace(".class", ""), Files.readAllBytes(file));
            }
        }
        return classes;
    }
}
