package org.strategycheck.examples.http;

import static org.strategycheck.examples.http.Http.CHECKER;
import static org.strategycheck.examples.http.Http.sample;
import static org.strategycheck.examples.http.Http.withField;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A host's own wording, given to the service, reaches findings, labels, record errors and request errors. */
class HostWordingOverHttpTest {

    @Test
    void aHostsWordingReachesEveryKindOfAnswer() throws IOException {
        ResourceBundle vendor;
        try (InputStream in = HostWordingOverHttpTest.class.getResourceAsStream("/host/vendor-wording.properties")) {
            vendor = new PropertyResourceBundle(in);
        }
        try (CheckServer worded = CheckServer.start(CHECKER, CheckServer.Settings.defaults().port(0).wording(vendor))) {
            Http http = new Http(worded);
            byte[] noHealth = withField(sample("school-nurse-not-school.json"),
                    "participants", "[]");
            byte[] badFormat = withField(noHealth, "format", "\"CARRIER_PIGEON\"");

            String graded = http.post("/v1/check", "application/json", noHealth).body();
            String rejected = http.post("/v1/check", "application/json", badFormat).body();
            String wrongType = http.post("/v1/check", "text/plain", noHealth).body();

            assertTrue(graded.contains("\"Health: invite a health professional before you submit.\""), graded);
            assertTrue(rejected.contains("\"Choose one of the options offered (MEETING, VIRTUAL_MEETING, "
                    + "TELEPHONE, MIXED).\""), rejected);
            assertTrue(wrongType.contains("\"Our form sends JSON only.\""), wrongType);
        }
    }
}
