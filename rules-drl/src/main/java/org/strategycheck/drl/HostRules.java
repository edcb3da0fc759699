package org.strategycheck.drl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strategycheck.RuleSource;
import org.strategycheck.drl.internal.HostRuleCompiler;

/**
 * A partnership's own rules, written in DRL like the catalogue's, added with
 * {@code StrategyCheck.builder().addRules(HostRules.fromDrl(path, "HACKNEY"))}.
 *
 * <p><b>An opt-in add-on.</b> The catalogue is compiled when the library is built; host DRL is
 * compiled when it is loaded, which needs a rule compiler the library deliberately does not
 * ship. A host that wants it adds {@code org.drools:drools-mvel} (same version as the library's
 * Drools) to its own dependencies; without it, loading fails with a message that says so.
 *
 * <p><b>Trusted code.</b> DRL is code: its conditions and consequences run Java with the host's
 * privileges. Load only files the host controls, never anything that arrives with a record or a
 * request. Nothing in a record or a profile can cause rules to be loaded or compiled.
 *
 * <p><b>Validated at load.</b> A compile error is an {@link InvalidRulesException} naming the
 * file and line. Every rule must carry the catalogue's metadata ({@code @id @severity @applies
 * @checks @source} on the rule named after its id; {@code @id} on the rules that report its
 * gaps, whose conditions must lie where that rule applies: they may extend it, or state it
 * again), its ids must start with the host's namespace and a hyphen (e.g.
 * {@code HACKNEY-CIN-PLAN}), so that a host rule can never shadow a catalogue rule, and the
 * file must declare {@code global org.strategycheck.drl.RuleOutcome outcome;}. Messages come
 * from the host's own bundle ({@code Messages.withOverrides}), keyed by rule id.
 *
 * <p><b>The vocabulary.</b> Host rules match the same facts as the catalogue's, the rule
 * vocabulary of {@code org.strategycheck.facts}: {@code Discussion}, {@code Attendance},
 * {@code AgencyAttendance}, {@code ChildAtDiscussion}, {@code AgreedAction}, {@code KnownService},
 * {@code SignificantPerson} and {@code Thresholds}.
 */
public final class HostRules {

    private HostRules() {
    }

    /**
     * Loads and compiles a DRL file.
     *
     * @param drl       the file
     * @param namespace the prefix of every rule id, upper-case letters and digits, e.g. {@code HACKNEY}
     * @return the compiled rules
     * @throws InvalidRulesException when the DRL does not compile or breaks the rules above
     */
    public static RuleSource fromDrl(Path drl, String namespace) {
        try {
            return HostRuleCompiler.compile(drl.getFileName().toString(), Files.readString(drl, StandardCharsets.UTF_8),
                    namespace);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read host rules " + drl, e);
        }
    }

    /**
     * Loads and compiles a DRL resource from the class path.
     *
     * @param resource  the resource name, e.g. {@code rules/hackney.drl}
     * @param namespace the prefix of every rule id
     * @return the compiled rules
     * @throws InvalidRulesException when the DRL does not compile or breaks the rules above
     */
    public static RuleSource fromClasspath(String resource, String namespace) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : HostRules.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + resource);
            }
            return HostRuleCompiler.compile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), namespace);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read host rules " + resource, e);
        }
    }
}
