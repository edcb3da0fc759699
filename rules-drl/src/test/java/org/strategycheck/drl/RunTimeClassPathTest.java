package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules run from the executable model generated at build time: no rule compiler is on the
 * run-time class path, and the engine still works (every other test here proves that).
 */
class RunTimeClassPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "org.eclipse.jdt.internal.compiler.Compiler",       // ECJ
        "com.github.javaparser.JavaParser",                 // javaparser
        "org.drools.mvel.parser.MvelParser",                // MVEL / DRLX parser
        "org.drools.drl.parser.DrlParser",                  // DRL parser
        "org.drools.model.codegen.ExecutableModelProject",  // executable-model code generator
        "org.antlr.v4.runtime.Parser"                       // ANTLR
    })
    void noRuleCompilerIsOnTheRunTimeClassPath(String compilerClass) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(compilerClass));
    }
}
