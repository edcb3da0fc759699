package org.strategycheck.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled benchmark records: small, typical and large (4, 12 and 40 participants and actions). */
public final class Records {

    private Records() {
    }

    /**
     * The bytes of a bundled record.
     *
     * @param name {@code small}, {@code typical} or {@code large}
     * @return its JSON
     */
    public static byte[] bytes(String name) {
        String resource = "records/" + name + ".json";
        try (InputStream in = Records.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled record " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
