package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code target/strategycheck.jar} in a JVM of its own, as a user would. Only
 * this proves that shading kept what Drools finds on the class path at run time: the merged
 * service files and the pre-built rule model under META-INF/kie.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "strategycheck.jar");

    @TempDir
    Path temp;

    record Run(int exitCode, List<String> out, String err) {
    }

    @Test
    void auditOfMixedJsonLinesGivesOneLinePerInputLineAndExitsOne() throws Exception {
        List<String> good = Files.readAllLines(Path.of("samples/batch.jsonl"), StandardCharsets.UTF_8);
        List<String> lines = List.of(
                good.get(0),
                "{\"schemaVersion\":\"1\",\"recordId\":\"SD-IT-2\",,}",
                good.get(1).replace("\"status\":\"FINAL\"", "\"status\":\"SIGNED_OFF\""),
                good.get(2));
        Path input = Files.write(temp.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);

        Run run = run("audit", input.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(lines.size(), run.out().size(), String.join("\n", run.out()));
        assertTrue(run.out().get(0).contains("\"grade\":\"GOOD\""), run.out().get(0));
        assertTrue(run.out().get(1).contains("\"error\":{\"pointer\""), run.out().get(1));
        assertTrue(run.out().get(2).contains("\"recordId\":\"SD-SAMPLE-0008\",\"error\""), run.out().get(2));
        assertTrue(run.err().contains("4 records read: 2 graded (2 GOOD, 0 REQUIRES_IMPROVEMENT, 0 INADEQUATE), 2 rejected"),
                run.err());
    }

    @Test
    void auditWithOutWritesResultsReportAndSummaryOfAGeneratedFile() throws Exception {
        Path input = temp.resolve("generated.jsonl");
        assertEquals(0, run("generate", "40", input.toString(), "--broken", "10").exitCode());

        Run run = run("audit", input.toString(), "--out", temp.resolve("out").toString(), "--threads", "2");

        assertTrue(run.exitCode() <= 1, run.err());
        assertEquals(40, Files.readAllLines(temp.resolve("out/results.jsonl")).size());
        assertTrue(Files.readString(temp.resolve("out/report.html")).contains("<h1>Strategy discussion audit</h1>"));
        assertTrue(Files.readAllLines(temp.resolve("out/summary.csv")).get(0).startsWith("period,ruleId,"));
        assertTrue(run.out().get(run.out().size() - 1).startsWith("40 records read: "), String.join("\n", run.out()));
    }

    @Test
    void checkOfTheGoodSamplePrintsGoodAndExitsZero() throws Exception {
        Run run = run("check", "samples/good-infant-injury.json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().get(0).endsWith("grade GOOD"), String.join("\n", run.out()));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void checkOfARecordWithGapsReportsTheRulesThatFoundThem() throws Exception {
        Run run = run("check", "samples/school-nurse-not-school.json");

        assertEquals(0, run.exitCode(), run.err());
        String out = String.join("\n", run.out());
        for (String rule : new String[] {"ATT-SCHOOL ", "ACT-OWNER-NAMED", "ACT-DUE-DATE", "INF-IDENTITY"}) {
            assertTrue(out.contains(rule), rule + " in\n" + out);
        }
    }

    @Test
    void aPathThatDoesNotExistExitsTwoWithoutAStackTrace() throws Exception {
        Run run = run("audit", "no-such-folder");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file or folder"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void serveAnswersOverHttpAndStopsGracefullyOnSigterm() throws Exception {
        Path out = temp.resolve("serve-out.txt");
        Path err = temp.resolve("serve-err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String listening = awaitLine(out, "strategycheck: listening on ", process);
            URI base = URI.create(listening.replaceFirst(".*listening on (\\S+).*", "$1"));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> check = client.send(HttpRequest.newBuilder(base.resolve("/v1/check?mode=draft"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples", "good-infant-injury.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, health.statusCode(), health.body());
            assertEquals(200, check.statusCode(), check.body());
            assertTrue(check.body().contains("\"mode\":\"DRAFT\""), check.body());
        } finally {
            // SIGTERM: the shutdown hook stops the service gracefully.
            process.destroy();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertFalse(stderr.contains("\tat "), stderr);
    }

    private static String awaitLine(Path file, String prefix, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            assertTrue(process.isAlive(), "serve exited early");
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no '" + prefix + "' line in 60 s");
    }

    private Run run(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "build the jar first: " + JAR.toAbsolutePath());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        // Files rather than pipes: nothing can block on a full pipe buffer.
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("strategycheck did not finish in 120 s: " + command);
        }
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarCarriesNoRuleCompiler() throws IOException {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(JAR.toFile())) {
            List<String> compilers = jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(name -> name.startsWith("org/eclipse/jdt/") || name.startsWith("org/drools/drl/parser/")
                            || name.startsWith("com/github/javaparser/") || name.startsWith("org/antlr/")
                            || name.startsWith("org/drools/mvel/") || name.startsWith("org/drools/model/codegen/"))
                    .limit(5).toList();
            assertEquals(List.of(), compilers);
        }
    }
}
