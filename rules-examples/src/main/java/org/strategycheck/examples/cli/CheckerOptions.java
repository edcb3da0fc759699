package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.strategycheck.StrategyCheck;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.profile.InvalidProfileException;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.Profiles;
import org.strategycheck.profile.VersionChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that change how records are judged, shared by {@code check} and {@code audit}:
 * the profile, the bank-holiday calendar and which version of a profile applies.
 */
final class CheckerOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE|ID",
            description = "Apply this profile to every record: the id of a built-in profile (england, "
                    + "example-prompt-minutes, example-meeting-for-injury) or a profile JSON file. Repeat with files "
                    + "to give several versions of one profile. Default: the record's partnership if a profile of "
                    + "that id is known, else england.")
    private List<String> profiles = new ArrayList<>();

    @Option(names = "--bank-holidays", paramLabel = "FILE",
            description = "Add the holidays of this file (the format of the public bank-holidays JSON feed) to the "
                    + "built-in England and Wales calendar, e.g. a one-off day announced after this version or a local "
                    + "closure day.")
    private Path bankHolidays;

    @Option(names = "--as-of-record-date",
            description = "Apply the version of the profile in force on each record's discussion date, not today's: "
                    + "for re-auditing historic records by the standard of their time.")
    private boolean asOfRecordDate;

    /** Picocli creates the mixin. */
    CheckerOptions() {
    }

    /** The checker these options ask for; the shared default one when none is given. */
    StrategyCheck checker() {
        if (profiles.isEmpty() && bankHolidays == null && !asOfRecordDate) {
            return StrategyCheckCli.checker();
        }
        StrategyCheck.Builder builder = StrategyCheck.builder();
        if (bankHolidays != null) {
            builder.calendar(WorkingDayCalendar.englandAndWales().plus(calendar(bankHolidays)));
        }
        if (!profiles.isEmpty()) {
            List<Profile> fromFiles = new ArrayList<>();
            Set<String> ids = new TreeSet<>();
            for (String profile : profiles) {
                Path file = Path.of(profile);
                if (Files.isRegularFile(file)) {
                    Profile read = profile(file);
                    fromFiles.add(read);
                    ids.add(read.id());
                } else {
                    ids.add(profile);
                }
            }
            if (ids.size() > 1) {
                throw usage("--profile names more than one profile: " + ids);
            }
            builder.profiles(Profiles.builtIn().plus(fromFiles)).profile(ids.iterator().next());
        }
        if (asOfRecordDate) {
            builder.versionChoice(VersionChoice.IN_FORCE_ON_RECORD_DATE);
        }
        try {
            return builder.build();
        } catch (InvalidProfileException | IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private Profile profile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Profiles.read(in, file.toString());
        } catch (InvalidProfileException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw usage("cannot read profile " + file);
        }
    }

    private WorkingDayCalendar calendar(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkingDayCalendar.fromBankHolidayFeed(in);
        } catch (IllegalArgumentException e) {
            throw usage(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw usage("cannot read bank-holiday file " + file);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
