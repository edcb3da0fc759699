package com.example.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import org.strategycheck.census.ChildKey;
import org.strategycheck.json.RecordJson;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profiles;

/**
 * What a case system does on save and submit: check a record, render the findings' messages
 * (the library's English and a host's own wording), read and write a record as JSON, and render
 * a record error. Exits non-zero,
 * saying why, when anything is not as the library documents.
 *
 * <p>Arguments: {@code class-path} or {@code module-path} (where it runs), then the Jackson and
 * SLF4J versions expected to be in use; or {@code too-old}, the version found of a library below
 * the minimum and the minimum: {@code StrategyCheck.create()} must refuse it at once, naming both.
 */
public final class VendorApp {

    private VendorApp() {
    }

    public static void main(String[] args) throws IOException {
        String where = args[0];
        if (where.equals("too-old")) {
            refusesTooOld(args[1], args[2]);
            return;
        }
        String jackson = args[1];
        require(jackson.equals(jacksonInUse()), "Jackson in use is " + jacksonInUse() + ", expected " + jackson);
        String slf4j = args[2];
        String slf4jInUse = slf4jInUse();
        require(slf4j.equals(slf4jInUse), "SLF4J in use is " + slf4jInUse + ", expected " + slf4j);
        boolean named = where.equals("module-path");
        require(StrategyCheck.class.getModule().isNamed() == named, "StrategyCheck's module: " + StrategyCheck.class.getModule());
        if (named) {
            require(StrategyCheck.class.getModule().getName().equals("org.strategycheck"), "module name");
            require(VendorApp.class.getModule().getName().equals("com.example.vendor"), "vendor module name");
        }

        StrategyCheck checker = StrategyCheck.create();
        byte[] record;
        try (InputStream in = VendorApp.class.getResourceAsStream("school-nurse-not-school.json")) {
            record = in.readAllBytes();
        }

        AuditResult draft = checker.check(record, CheckMode.DRAFT);
        require(draft.grade() == Grade.REQUIRES_IMPROVEMENT, "grade " + draft.grade());
        // The built-in profiles are read from rules-drl's resources; without them only the
        // catalogue's defaults would apply, as version "catalogue".
        require(draft.profileId().equals("england") && draft.profileVersion().equals("1.0"),
                "built-in profile applied, got " + draft.profileId() + " " + draft.profileVersion());
        require(Profiles.builtIn().ids().contains("example-prompt-minutes"), "built-in profiles " + Profiles.builtIn().ids());
        require(draft.pending().contains("DEC-S47-RECORDED"), "pending " + draft.pending());
        Finding school = draft.findings().stream().filter(f -> f.ruleId().equals("ATT-SCHOOL")).findFirst()
                .orElseThrow(() -> new AssertionError("no ATT-SCHOOL finding"));
        require(school.message().startsWith("A child is of school age but the school was not invited"),
                "English message: " + school.message());

        Messages wording = Messages.english().withOverrides(
                new PropertyResourceBundle(new StringReader("ATT-SCHOOL=Gwahoddwch yr ysgol.\n")));
        require(school.message(wording).equals("Gwahoddwch yr ysgol."), "host wording: " + school.message(wording));
        String json = ResultJson.forForm(draft, wording);
        require(json.contains("\"message\":\"Gwahoddwch yr ysgol.\""), "form JSON: " + json);

        // Jackson binds the model's records both ways, which on the module path needs their packages exported to it.
        StrategyDiscussion bound = RecordJson.read(record);
        require(RecordJson.read(RecordJson.write(bound)).equals(bound), "JSON round trip");

        // Format 1.1: a vendor's own data and a child's census identifier, read, matched and written back.
        String text = new String(record, StandardCharsets.UTF_8);
        StrategyDiscussion extended = RecordJson.read(text.replace("\"ethnicity\": \"BCRB\"",
                "\"ethnicity\": \"BCRB\", \"laChildId\": \"LA-0042\"").replaceFirst("\\{",
                "{\"extensions\": {\"acme\": {\"priority\": \"HIGH\", \"score\": 2.50}},"));
        require(extended.extensions().string("/acme/priority").equals(Optional.of("HIGH")), "extensions by pointer");
        require(extended.extensions().number("/acme/score").equals(Optional.of(new BigDecimal("2.50"))), "number as written");
        require(extended.children().get(0).laChildId().key().equals(ChildKey.of("LA-0042")), "census key");
        require(!extended.toString().contains("LA-0042") && !extended.toString().contains("HIGH"), "withheld: " + extended);
        require(RecordJson.read(RecordJson.write(extended)).equals(extended), "JSON round trip of format 1.1");

        try {
            checker.check("{\"recordId\":\"R-1\",\"status\":\"SETTLED\"}", CheckMode.FINAL);
            throw new AssertionError("an unknown status was accepted");
        } catch (InvalidRecordException expected) {
            require(expected.firstError().pointer().equals("/status"), "error pointer " + expected.firstError().pointer());
            require(expected.firstError().message().startsWith("Not an allowed value; allowed: "), "error message "
                    + expected.firstError().message());
        }

        System.out.println("vendor " + where + ", Jackson " + jackson + ", SLF4J " + slf4j + ": " + draft.grade() + ", "
                + draft.findings().size() + " findings; \"" + school.message() + "\"");
    }

    private static void refusesTooOld(String found, String needed) {
        try {
            StrategyCheck.create();
        } catch (IllegalStateException expected) {
            String message = expected.getMessage();
            require(message.contains(found) && message.contains(needed), "message names found and needed: " + message);
            System.out.println("vendor with a library below the minimum: refused at create(): " + message);
            return;
        }
        throw new AssertionError("create() accepted a library at " + found);
    }

    /** Read reflectively: the vendor's own code does not depend on Jackson. */
    private static String jacksonInUse() {
        try {
            Object version = Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);
            return version.toString();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Jackson databind not found", e);
        }
    }

    /** From the jar's manifest on the class path, from the module's version on the module path. */
    private static String slf4jInUse() {
        try {
            Class<?> factory = Class.forName("org.slf4j.LoggerFactory");
            String version = factory.getPackage().getImplementationVersion();
            return version != null ? version : factory.getModule().getDescriptor().rawVersion().orElse("unknown");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("SLF4J not found", e);
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            System.err.println("vendor check failed: " + what);
            System.exit(1);
        }
    }
}
