package dev.parallax.resources;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot be used as they are: every problem found, each with file and line. */
public final class RulesException extends IllegalArgumentException {
  private final transient List<RuleProblem> problems;

  public RulesException(List<RuleProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in rule files:\n  "
            + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
