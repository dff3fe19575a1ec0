package dev.parallax.serve;

import dev.parallax.cli.CommandSet;
import java.util.List;

/**
 * Adds {@code serve} to the {@code parallax} command when this module is on the class path
 * (registered in {@code META-INF/services/dev.parallax.cli.CommandSet}).
 */
public final class ServeCommandSet implements CommandSet {
  @Override
  public List<Object> commands() {
    return List.of(ServeCommand.class);
  }
}
