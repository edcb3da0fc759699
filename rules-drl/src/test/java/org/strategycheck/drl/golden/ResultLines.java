package org.strategycheck.drl.golden;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.profile.VersionChoice;

/**
 * {@code results.jsonl} lines for the sameness proof: each input checked under each
 * configuration (every built-in profile, both ways of choosing its version, every mode), the
 * line written as {@code strategycheck audit} writes it. A rule change that changes any result
 * changes a line.
 */
final class ResultLines {

    /**
     * One way of checking records.
     *
     * @param name    names its file of lines
     * @param profile the profile forced on every record, or {@code null} for the record's own
     * @param choice  which version of a profile applies
     * @param mode    the stage records are judged at
     */
    record Configuration(String name, String profile, VersionChoice choice, CheckMode mode) {

        /** "Today" for the profile versions: fixed, so the lines do not change with the date. */
        private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-02T11:00:00Z"), ZoneId.of("Europe/London"));

        StrategyCheck checker() {
            StrategyCheck.Builder builder = StrategyCheck.builder().clock(TODAY).versionChoice(choice).mode(mode);
            if (profile != null) {
                builder.profile(profile);
            }
            return builder.build();
        }
    }

    /** Every built-in profile (and the record's own choice), both version choices, every mode. */
    static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration("as-recorded", null, VersionChoice.IN_FORCE_TODAY, CheckMode.AS_RECORDED),
            new Configuration("on-record-date", null, VersionChoice.IN_FORCE_ON_RECORD_DATE, CheckMode.AS_RECORDED),
            new Configuration("draft", null, VersionChoice.IN_FORCE_TODAY, CheckMode.DRAFT),
            new Configuration("final", null, VersionChoice.IN_FORCE_TODAY, CheckMode.FINAL),
            new Configuration("england", "england", VersionChoice.IN_FORCE_TODAY, CheckMode.AS_RECORDED),
            new Configuration("example-prompt-minutes", "example-prompt-minutes", VersionChoice.IN_FORCE_TODAY,
                    CheckMode.AS_RECORDED),
            new Configuration("example-prompt-minutes-on-record-date", "example-prompt-minutes",
                    VersionChoice.IN_FORCE_ON_RECORD_DATE, CheckMode.AS_RECORDED),
            new Configuration("example-meeting-for-injury", "example-meeting-for-injury", VersionChoice.IN_FORCE_TODAY,
                    CheckMode.AS_RECORDED),
            new Configuration("example-meeting-for-injury-draft", "example-meeting-for-injury",
                    VersionChoice.IN_FORCE_TODAY, CheckMode.DRAFT));

    private static final Messages MESSAGES = Messages.english();

    /**
     * One input: a record's JSON and where it came from.
     *
     * @param source e.g. {@code batch.jsonl:3}
     * @param json   the bytes as read
     */
    record Input(String source, byte[] json) {
    }

    private ResultLines() {
    }

    /**
     * The line for one input, as the CLI writes it: read (the format's contract at the record's
     * own stage) then checked, or the error that kept it from being read. A forced stage is
     * checked as {@code check(bytes, mode)} does, since whether {@code heldAt} is required
     * depends on it. A fault in the library is a line too, so that one never stops the proof.
     */
    static String line(StrategyCheck checker, Input input) {
        try {
            AuditResult result = checker.mode() == CheckMode.AS_RECORDED
                    ? checker.check(RecordJson.read(input.json()))
                    : checker.check(input.json());
            return ResultJson.result(input.source(), result, MESSAGES);
        } catch (InvalidRecordException invalid) {
            return ResultJson.error(input.source(), invalid, MESSAGES);
        } catch (RuntimeException | StackOverflowError fault) {
            return "{\"source\":\"" + input.source() + "\",\"fault\":\"" + fault.getClass().getName() + "\"}";
        }
    }

    /** The inputs of a file: one for a {@code .json} file, one per non-blank line of a {@code .jsonl} file. */
    static List<Input> inputs(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!name.endsWith(".jsonl")) {
                return List.of(new Input(name, bytes));
            }
            List<Input> inputs = new ArrayList<>();
            int start = 0;
            int number = 1;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    byte[] line = Arrays.copyOfRange(bytes, start, i);
                    if (!new String(line, StandardCharsets.UTF_8).isBlank()) {
                        inputs.add(new Input(name + ":" + number, line));
                    }
                    start = i + 1;
                    number++;
                }
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lines of every input under one configuration, one per line, in input order. */
    static void write(Configuration configuration, List<Input> inputs, Path file) {
        StrategyCheck checker = configuration.checker();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (Input input : inputs) {
                out.write(line(checker, input));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
