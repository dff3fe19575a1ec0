package dev.parallax.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the WARN and ERROR lines a test (or every test of a class) may log: each a regular
 * expression found in the line ({@code "WARN dev.parallax.model.Diagnostics: quotes: .*"}). Any
 * other such line fails the test ({@link NoUndeclaredWarnings}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExpectedLog {
  String[] value();
}
