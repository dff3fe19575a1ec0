package dev.parallax.model;

import java.util.Objects;

/**
 * A problem a stage met while analysing one document and went on from: an input it could read only
 * in part, a sentence a rule could not handle. Collected per document ({@link Diagnostics}),
 * counted in the run's summary line and visible to tests, never only logged.
 *
 * @param stage the name of the stage that met it ({@code annotate}, {@code quotes}, ...)
 * @param message what happened and what the stage did about it, for a person
 */
public record Diagnostic(String stage, String message) {
  public Diagnostic {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return stage + ": " + message;
  }
}
