package dev.parallax.cli;

import java.util.List;

/**
 * Commands another module adds to the {@code parallax} command. {@link Main} finds every
 * implementation on the class path with {@link java.util.ServiceLoader} (each registered in its
 * jar's {@code META-INF/services/dev.parallax.cli.CommandSet}) and adds their commands beside its
 * own: {@code parallax-eval} adds {@code eval} and {@code bench} this way, so they are one command
 * with the rest when its jar is on the class path, and the product's class path carries neither
 * their code nor their dependencies.
 *
 * <p>An implementation needs a public no-argument constructor (ServiceLoader's rule).
 */
public interface CommandSet {
  /**
   * The top-level commands to add: {@code @Command}-annotated classes or objects, anything {@link
   * picocli.CommandLine#addSubcommand(Object)} takes, each named unlike every other command.
   */
  List<Object> commands();
}
