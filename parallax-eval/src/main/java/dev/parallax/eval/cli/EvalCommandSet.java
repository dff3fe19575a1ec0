package dev.parallax.eval.cli;

import dev.parallax.cli.CommandSet;
import dev.parallax.eval.bench.BenchCommand;
import java.util.List;

/**
 * Adds {@code eval} and {@code bench} to the {@code parallax} command when this module is on the
 * class path (registered in {@code META-INF/services/dev.parallax.cli.CommandSet}).
 */
public final class EvalCommandSet implements CommandSet {
  @Override
  public List<Object> commands() {
    return List.of(EvalCommand.class, BenchCommand.class);
  }
}
