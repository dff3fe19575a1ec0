package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax kb}: the actor knowledge base. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = {
      "The actor knowledge base: countries, metonyms, organisations, media, CAMEO roles and office"
          + " holders. Built-in files can be extended with your own (--kb FILE, same formats).",
      ""
    },
    subcommands = {KbShowCommand.class, KbImportCommand.class})
final class KbCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a kb command: show, import");
  }
}
