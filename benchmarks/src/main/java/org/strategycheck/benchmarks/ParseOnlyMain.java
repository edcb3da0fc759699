package org.strategycheck.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Cold-start baseline: a plain Java program that only reads a record with Jackson (the
 * library's strict binding) and prints its id. cold-start.sh times whole processes of it.
 */
public final class ParseOnlyMain {

    private ParseOnlyMain() {
    }

    /**
     * @param args the record file
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        StrategyDiscussion record = RecordJson.read(Files.readAllBytes(Path.of(args[0])));
        System.out.println(record.recordId() + ": " + record.participants().size() + " participants");
    }
}
