package com.example.vendor;

import java.io.IOException;
import java.io.InputStream;
import org.strategycheck.StrategyCheck;

/**
 * Start-up to first verdict, for timing as a whole process: create a checker, check one record,
 * print its grade. Not run by the build; README ("What a check costs") says how it is timed.
 */
public final class FirstVerdict {

    private FirstVerdict() {
    }

    public static void main(String[] args) throws IOException {
        byte[] record;
        try (InputStream in = FirstVerdict.class.getResourceAsStream("school-nurse-not-school.json")) {
            record = in.readAllBytes();
        }
        System.out.println(StrategyCheck.create().check(record).grade());
    }
}
