package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycheck.Messages;

/** What the results-line codec writes, it reads back as it was. */
class ResultLinesProperties {

    @Provide
    Arbitrary<AuditedRecord> records() {
        return AuditArbitraries.records();
    }

    @Property
    void aLineReadBackIsTheRecordWritten(@ForAll("records") AuditedRecord record) {
        String line = ResultLines.write(record, Messages.english());

        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertEquals(record, ResultLines.read(line, record.position()));
    }
}
