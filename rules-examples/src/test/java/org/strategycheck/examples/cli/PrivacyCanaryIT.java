package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free text in a record never reaches output. Every free-text field, name and in-record ref of
 * the records below holds a unique marker (but {@code partnership} and {@code team}: like the
 * record id they are organisational identifiers, and the audit report is broken down by them),
 * and so do a child's census identifier ({@code laChildId}) and the keys and values of the
 * vendor's {@code extensions} (format revision 1.1); the built jar checks and audits them with
 * logging at TRACE, and no marker may appear in anything it prints or writes (standard output
 * and error, results.jsonl, report.html, summary.csv, the service's responses and log). Broken
 * records plant markers in the bad values too, and in the keys around an error inside
 * extensions, so the error paths are covered.
 */
class PrivacyCanaryIT {

    private static final Path JAR = Path.of("target", "strategycheck.jar");
    private static final String MARK = "CANARY";

    @TempDir
    Path temp;

    static String record(int n) {
        String c = MARK + "-" + n + "-";
        return ("{\"schemaVersion\":\"1\",\"recordId\":\"SD-PRIV-" + n + "\",\"status\":\"FINAL\",\"type\":\"INITIAL\","
                + "\"format\":\"TELEPHONE\",\"caseStatus\":\"OPEN_CHILD_IN_NEED\",\"partnership\":\"example-prompt-minutes\",\"team\":\"Assessment team " + (n % 3) + "\","
                + "\"heldAt\":\"2024-05-20T10:00:00+01:00\",\"timingRationale\":\"" + c + "timing\","
                + "\"concern\":{\"identifiedAt\":\"2024-05-13T09:00:00+01:00\",\"categories\":[\"PHYSICAL_ABUSE\","
                + "\"DOMESTIC_ABUSE\",\"SERIOUS_YOUTH_VIOLENCE\"],\"significantInjury\":true,"
                + "\"referrer\":{\"agency\":\"HOUSING\",\"role\":\"OTHER\",\"organisation\":\"" + c + "referrerOrg\"}},"
                + "\"children\":[{\"ref\":\"" + c + "childRef\",\"dateOfBirth\":\"2012-03-04\",\"ethnicity\":\"" + c
                + "ethnicity\",\"laChildId\":\"" + c + "laChildId\"}],"
                + "\"participants\":[{\"agency\":\"POLICE\",\"role\":\"POLICE_OFFICER\",\"organisation\":\"" + c + "org\","
                + "\"name\":\"" + c + "name\",\"invited\":true,\"attended\":true,\"canMakeDecisions\":false}],"
                + "\"involvedServices\":[{\"agency\":\"ADULT_MENTAL_HEALTH\",\"organisation\":\"" + c + "serviceOrg\","
                + "\"name\":\"" + c + "serviceName\"}],"
                + "\"significantOthers\":[{\"ref\":\"" + c + "personRef\",\"relationship\":\"FATHER\",\"householdMember\":true}],"
                + "\"history\":{\"summary\":\"" + c + "history\"},\"risk\":{\"analysis\":\"" + c + "risk\"},"
                + "\"identity\":{\"ethnicity\":\"" + c + "identityEthnicity\",\"culture\":\"n/a\",\"identity\":\"" + c
                + "identity\",\"discrimination\":\"\",\"notRelevantReason\":\"tbc\"},"
                + "\"childVoice\":{\"views\":\"" + c + "views\",\"howChildWillBeSeen\":\"" + c + "seen\"},"
                + "\"decisions\":{\"section47\":\"INITIATE\",\"section47Rationale\":\"" + c + "s47\",\"visit\":\"JOINT\","
                + "\"visitRationale\":\"" + c + "visit\",\"medicalRationale\":\"" + c + "medical\","
                + "\"informationSharingWithFamily\":\"" + c + "family\",\"immediateSafety\":\"" + c + "safety\"},"
                + "\"actions\":[{\"ref\":\"" + c + "actionRef\",\"description\":\"" + c + "description\","
                + "\"owner\":{\"name\":\"" + c + "owner\"},\"immediate\":true},{\"ref\":\"" + c + "actionRef2\","
                + "\"description\":\"" + c + "description2\",\"owner\":{\"agency\":\"POLICE\"},\"dueBy\":\"2024-05-01\"}],"
                + "\"minutes\":{\"circulatedOn\":\"2024-06-20\",\"circulatedTo\":[\"POLICE\"]},"
                + "\"namedProfessional\":{\"name\":\"" + c + "namedProfessional\"},"
                + "\"extensions\":{\"" + c + "extensionKey\":{\"" + c + "nestedKey\":[\"" + c + "extensionValue\",1.5,true,"
                + "null,{}]},\"vendor\":\"" + c + "vendorValue\",\"ids\":{\"" + c + "idKey\":\"" + c + "idValue\"}}}");
    }

    static List<String> brokenRecords() {
        return List.of(
                record(900).replace("\"status\":\"FINAL\"", "\"status\":\"" + MARK + "-status\""),
                record(901).replace("\"dateOfBirth\":\"2012-03-04\"", "\"dateOfBirth\":\"" + MARK + "-dob\""),
                record(902).replace("\"history\":{", "\"history\":{\"" + "extra\":\"" + MARK + "-extra\","),
                record(903).replace("\"invited\":true", "\"invited\":\"" + MARK + "-yes\""),
                record(904).substring(0, 400),
                // Format revision 1.1: errors inside extensions (whose keys hold the canary), a census
                // identifier of the wrong type or blank, a local time the clocks skipped.
                record(905).replace("\"vendor\":", "\"" + MARK + "-dup\":1,\"" + MARK + "-dup\":2,\"vendor\":"),
                record(906).replace("\"vendor\":", "\"" + MARK + "-deep\":" + ("{\"" + MARK + "-level\":").repeat(40)
                        + "1" + "}".repeat(40) + ",\"vendor\":"),
                record(907).replace("\"vendor\":", "\"" + MARK + "-bare\":" + MARK + "-word,\"vendor\":"),
                record(908).replaceAll("\"laChildId\":(\"[^\"]*\")", "\"laChildId\":{\"" + MARK + "-idKey\":$1}"),
                record(909).replaceAll("\"laChildId\":\"[^\"]*\"", "\"laChildId\":\"  \""),
                record(910).replace("\"2024-05-20T10:00:00+01:00\"", "\"2024-03-31T01:30\""),
                "{\"recordId\":\"" + MARK + "-not-an-id-but-text\" " + MARK + "-garbage}");
    }

    @Test
    void noFreeTextReachesAnyOutputOfCheckOrAuditEvenAtTrace() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            lines.add(record(n));
        }
        lines.addAll(brokenRecords());
        Path input = Files.write(temp.resolve("canary.jsonl"), lines, StandardCharsets.UTF_8);
        Path single = Files.writeString(temp.resolve("canary.json"), record(1000), StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        List<String> outputs = new ArrayList<>();
        outputs.add(run("check", single.toString(), input.toString()));
        Path family = Files.writeString(temp.resolve("Jane Doe 2015-06-01 (Smith household).json"), record(1001),
                StandardCharsets.UTF_8);
        outputs.add(run("audit", input.toString(), family.toString(), "--out", out.toString()));
        outputs.add(run("audit", single.toString()));
        outputs.add(runWithInput(input, "audit", "-"));
        outputs.add(runWithInput(input, "check", "-"));
        // The repeat audit: a second round, the comparison, a dip sample and the auditors' sheet
        // read back, with the canary in an auditor's notes column and, in a bad sheet, in the cells.
        Path again = temp.resolve("again");
        outputs.add(run("audit", input.toString(), "--out", again.toString()));
        outputs.add(run("compare", out.toString(), again.toString(), "--out", temp.resolve("compare").toString()));
        outputs.add(run("sample", out.toString(), "--size", "8", "--seed", "3", "--stratify", "team", "--out",
                temp.resolve("dip").toString()));
        List<String> sheet = Files.readAllLines(temp.resolve("dip").resolve("sample.csv"), StandardCharsets.UTF_8);
        assertEquals(9, sheet.size(), "eight records drawn: " + sheet);
        List<String> filled = new ArrayList<>(List.of(sheet.get(0) + ",notes"));
        List<String> bad = new ArrayList<>(List.of(sheet.get(0) + ",notes"));
        for (String row : sheet.subList(1, sheet.size())) {
            String[] cells = row.split(",", -1);
            cells[5] = "Requires improvement";
            cells[6] = "met";
            filled.add(String.join(",", cells) + ",\"" + MARK + "-note: the child, aged 7, said \"\"no\"\"\"");
            cells[5] = MARK + "-grade";
            cells[7] = MARK + "-check";
            bad.add(String.join(",", cells) + "," + MARK + "-note");
        }
        Path filledSheet = Files.write(temp.resolve("filled.csv"), filled, StandardCharsets.UTF_8);
        Path badSheet = Files.write(temp.resolve("bad.csv"), bad, StandardCharsets.UTF_8);
        String agreement = run("agreement", filledSheet.toString(), out.toString(), "--out",
                temp.resolve("agreement").toString());
        assertTrue(agreement.contains("8 records on the sheet"), agreement);
        outputs.add(agreement);
        String refused = run("agreement", badSheet.toString(), out.toString(), "--out", temp.resolve("no").toString());
        assertTrue(refused.contains("column auditorGrade"), refused);
        outputs.add(refused);
        for (Path dir : List.of(out, again, temp.resolve("compare"), temp.resolve("dip"), temp.resolve("agreement"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    outputs.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }

        assertTrue(outputs.get(1).contains("SD-PRIV-3"), "the records were checked: " + outputs.get(1));
        // The published files name records by id and position only: never a file name, which may name a family.
        for (String published : List.of("report.html", "records.csv", "summary.csv")) {
            String content = Files.readString(out.resolve(published), StandardCharsets.UTF_8);
            assertFalse(content.contains("canary.jsonl") || content.contains("Smith household")
                    || content.contains(temp.toString()), published + " names an input file");
        }
        assertTrue(Files.readString(out.resolve("records.csv"), StandardCharsets.UTF_8).contains("SD-PRIV-3,"),
                "records.csv has the records, by id");
        // Checked, not refused: the markers in laChildId and extensions went through the rules.
        String results = Files.readString(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
        assertTrue(results.lines().anyMatch(line -> line.contains("\"recordId\":\"SD-PRIV-3\"")
                && line.contains("\"grade\"")), results);
        for (String output : outputs) {
            // In any case: the sheet's cells are read case-blind, and a lower-cased echo is still a leak.
            int at = output.toLowerCase(java.util.Locale.ROOT).indexOf(MARK.toLowerCase(java.util.Locale.ROOT) + "-");
            assertEquals(-1, at, () -> "free text leaked: ..." + output.substring(Math.max(0, at - 120),
                    Math.min(output.length(), at + 60)));
        }
    }

    @Test
    void noFreeTextReachesAnyResponseOrLogOfServeEvenAtTrace() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = temp.resolve("serve.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-jar", JAR.toString(), "serve", "--port",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        StringBuilder responses = new StringBuilder();
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/health")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (java.net.ConnectException notYet) {
                    assertTrue(System.nanoTime() < deadline, "the server did not start: " + Files.readString(log));
                    Thread.sleep(200);
                }
            }
            List<String> bodies = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                bodies.add(record(n));
            }
            bodies.addAll(brokenRecords());
            for (String body : bodies) {
                for (String mode : List.of("", "?mode=draft", "?mode=final")) {
                    java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest
                            .newBuilder(base.resolve("/v1/check" + mode)).header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    responses.append(response.statusCode()).append(' ').append(response.body()).append('\n');
                }
            }
            responses.append(client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/v1/rules")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            // Malformed requests carrying the canary where a careless server would echo it.
            for (String request : malformedRequests()) {
                try (java.net.Socket raw = new java.net.Socket("127.0.0.1", port)) {
                    raw.setSoTimeout(30_000);
                    raw.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                    raw.shutdownOutput();
                    responses.append(new String(raw.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(responses.toString().contains("SD-PRIV-3"), "the records were checked: " + responses);
        assertTrue(responses.toString().lines().anyMatch(line -> line.startsWith("200 ")
                && line.contains("\"SD-PRIV-3\"") && line.contains("\"grade\"")), responses::toString);
        for (String output : List.of(responses.toString(), Files.readString(log, StandardCharsets.UTF_8))) {
            int at = output.indexOf(MARK);
            assertEquals(-1, at, () -> "free text leaked: ..." + output.substring(Math.max(0, at - 120),
                    Math.min(output.length(), at + 60)));
        }
    }

    /** Requests the service must refuse, each with the canary in a place it could be echoed from. */
    private static List<String> malformedRequests() {
        String json = "Content-Type: application/json\r\n";
        return List.of(
                "GET /" + MARK + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST /v1/check?mode=" + MARK + " HTTP/1.1\r\nHost: x\r\n" + json + "Content-Length: 2\r\n\r\n{}",
                "POST /v1/check?" + MARK + "=draft HTTP/1.1\r\nHost: x\r\n" + json + "Content-Length: 2\r\n\r\n{}",
                "POST /v1/check?mode=%zz" + MARK + " HTTP/1.1\r\nHost: x\r\n" + json + "Content-Length: 2\r\n\r\n{}",
                "POST /v1/check HTTP/1.1\r\nHost: x\r\n" + json + "Content-Length: " + MARK + "\r\n\r\n{}",
                "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: " + MARK + "\r\nContent-Length: 2\r\n\r\n{}",
                "POST /v1/check HTTP/1.1\r\nHost: x\r\n" + json + "Transfer-Encoding: " + MARK + "\r\n\r\n",
                "POST /v1/check HTTP/1.1\r\nHost: x\r\n" + json + "Transfer-Encoding: chunked\r\n\r\n" + MARK + "\r\n",
                MARK + " /health HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\n" + MARK + " : y\r\n\r\n",
                "GET /health " + MARK + "\r\nHost: x\r\n\r\n");
    }

    /** Runs the jar with every logger at TRACE; returns stdout and stderr together. */
    private String run(String... args) throws IOException, InterruptedException {
        return runWithInput(null, args);
    }

    /** As {@link #run}, with a file as standard input. */
    private String runWithInput(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(output.contains("Exception in thread"), output);
        return output;
    }
}
