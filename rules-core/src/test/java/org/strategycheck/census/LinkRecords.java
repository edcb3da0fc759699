package org.strategycheck.census;

import java.util.ArrayList;
import java.util.List;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/** Discussion records written in a test: only what the census link reads, as JSON a case system would export. */
final class LinkRecords {

    private LinkRecords() {
    }

    /**
     * A record.
     *
     * @param id         its id
     * @param status     FINAL or DRAFT
     * @param heldAt     an instant, e.g. {@code 2022-11-07T10:00:00Z}
     * @param section47  the decision, or {@code null} for none
     * @param laChildIds a child per id; {@code null} for a child with none
     */
    static StrategyDiscussion record(String id, String status, String heldAt, String section47, String... laChildIds) {
        List<String> children = new ArrayList<>();
        for (int i = 0; i < laChildIds.length; i++) {
            children.add("{\"ref\":\"C" + (i + 1) + "\"" + (laChildIds[i] == null ? "" : ",\"laChildId\":\""
                    + laChildIds[i] + "\"") + "}");
        }
        return RecordJson.read("{\"schemaVersion\":\"1\",\"recordId\":\"" + id + "\",\"status\":\"" + status
                + "\",\"heldAt\":\"" + heldAt + "\",\"children\":[" + String.join(",", children) + "]"
                + (section47 == null ? "" : ",\"decisions\":{\"section47\":\"" + section47 + "\"}") + "}");
    }

    /** A final record that initiated an enquiry, held at 10:00 UTC on a day. */
    static StrategyDiscussion initiating(String id, String day, String... laChildIds) {
        return record(id, "FINAL", day + "T10:00:00Z", "INITIATE", laChildIds);
    }
}
