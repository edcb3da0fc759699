package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.strategycheck.StrategyCheck;

/**
 * The API contract: each library's public API, as its module exports it, is what its checked-in
 * dump ({@code rules-core/api/rules-core.api}, {@code rules-drl/api/rules-drl.api}) says. A change
 * to the API fails here until the dump is regenerated on purpose ({@link ApiDump#REGENERATE}),
 * so that it shows in review. Here rather than in rules-core because only this module sees both
 * libraries.
 */
class ApiContractTest {

    private static final ApiDump.Library CORE = ApiDump.library("rules-core", StrategyCheck.class);
    private static final ApiDump.Library DRL = ApiDump.library("rules-drl", HostRules.class);

    /** The executable model kie-maven-plugin generates: classes of the module, never API. */
    private static final String GENERATED_MODEL = "org.strategycheck.rules.";

    @Test
    void rulesCoreApiIsItsDump() throws IOException {
        compare(CORE, Path.of("..", "rules-core", "api", "rules-core.api"));
    }

    @Test
    void rulesDrlApiIsItsDump() throws IOException {
        compare(DRL, Path.of("api", "rules-drl.api"));
    }

    @Test
    void publicSignaturesNameNoThirdPartyType() {
        Set<String> allowed = new TreeSet<>(CORE.exported());
        allowed.addAll(DRL.exported());
        List<String> leaks = new ArrayList<>();
        for (ApiDump.Library library : List.of(CORE, DRL)) {
            ApiDump.signatureTypes(library, (type, where) -> {
                String pkg = type.getPackageName();
                if (!pkg.startsWith("java.") && !allowed.contains(pkg)) {
                    leaks.add(where + " names " + type.getName());
                }
            });
        }
        assertEquals(List.of(), leaks, "a public signature names a type of another library or of an internal "
                + "package: hosts would depend on it, and a mutable one (an ObjectMapper) could be reconfigured");
    }

    @Test
    void everyPackageButInternalOnesIsExported() {
        // A package added without an exports line would be missing on the module path and from the dump.
        List<String> unexported = new ArrayList<>();
        for (ApiDump.Library library : List.of(CORE, DRL)) {
            Set<String> exported = library.exported();
            for (String pkg : library.packages()) {
                boolean internal = pkg.endsWith(".internal") || pkg.contains(".internal.");
                if (!internal && !pkg.startsWith(GENERATED_MODEL) && !exported.contains(pkg)) {
                    unexported.add(library.descriptor().name() + " does not export " + pkg);
                }
            }
        }
        assertEquals(List.of(), unexported, "export it in the module's module-info.java, or move it under internal");
    }

    @Test
    void internalPackagesAreExportedOnlyToTheEngine() {
        CORE.descriptor().exports().stream().filter(e -> e.source().contains(".internal"))
                .forEach(e -> assertEquals(Set.of("org.strategycheck.drl"), e.targets(), e.source()));
        assertTrue(DRL.descriptor().exports().stream().noneMatch(e -> e.source().contains(".internal")));
    }

    private static void compare(ApiDump.Library library, Path file) throws IOException {
        String actual = ApiDump.dump(library);
        if (Boolean.getBoolean("strategycheck.api.write")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Set<String> was = new LinkedHashSet<>(expected.lines().toList());
            Set<String> now = new LinkedHashSet<>(actual.lines().toList());
            StringBuilder difference = new StringBuilder();
            expected.lines().filter(line -> !now.contains(line)).forEach(line -> difference.append("\n- ").append(line));
            actual.lines().filter(line -> !was.contains(line)).forEach(line -> difference.append("\n+ ").append(line));
            assertEquals(expected, actual, "the public API of " + library.artifact() + " is not " + file
                    + " (- in the dump only, + in the code only):" + difference
                    + "\nIf the change is meant, regenerate the dumps and review them:\n  " + ApiDump.REGENERATE);
        }
    }
}
