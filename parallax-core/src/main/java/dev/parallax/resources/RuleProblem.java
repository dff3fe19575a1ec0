package dev.parallax.resources;

/**
 * A row or file a rule table could not take, and where it is.
 *
 * @param source the file (a class-path resource or a user's file)
 * @param line the 1-based line, or 0 for the file as a whole
 * @param message what is wrong, in words a user can act on
 */
public record RuleProblem(String source, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
