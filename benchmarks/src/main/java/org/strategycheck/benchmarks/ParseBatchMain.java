package org.strategycheck.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.json.RecordJson;

/**
 * The batch baseline: a whole process that reads a JSON Lines file and only parses each line
 * to a record (the library's strict binding), as {@code strategycheck audit} reads them, and
 * writes nothing but a count. batch.sh times it against the audit of the same file.
 */
public final class ParseBatchMain {

    private ParseBatchMain() {
    }

    /**
     * @param args the JSON Lines file
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        long read = 0;
        long rejected = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(16 * 1024);
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (line.size() > 0) {
                        try {
                            RecordJson.read(line.toByteArray());
                            read++;
                        } catch (InvalidRecordException e) {
                            rejected++;
                        }
                        line.reset();
                    }
                    if (b < 0) {
                        break;
                    }
                } else {
                    line.write(b);
                }
            }
        }
        System.out.println(read + " records read, " + rejected + " rejected");
    }
}
