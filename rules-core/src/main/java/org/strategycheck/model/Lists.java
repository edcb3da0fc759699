package org.strategycheck.model;

import java.util.List;

/** Normalises list components: absent means empty, and a record never exposes a mutable list. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
