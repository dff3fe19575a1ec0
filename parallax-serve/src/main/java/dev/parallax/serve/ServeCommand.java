package dev.parallax.serve;

import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax serve}: the pages and JSON API of a store, on this machine by default. */
@Command(
    name = "serve",
    description =
        "Serves a store's stories, articles and actors as web pages and a JSON API (/api/...),"
            + " on 127.0.0.1 unless told otherwise.",
    footer = {
      "",
      "Examples:",
      "  parallax serve --store corpus.db",
      "  PARALLAX_SERVE_TOKEN=... parallax serve --store corpus.db --host 0.0.0.0 --port 8080"
    })
public final class ServeCommand implements Callable<Integer> {
  /** The environment variable that may hold the token. */
  static final String TOKEN_ENV = "PARALLAX_SERVE_TOKEN";

  @Option(
      names = "--store",
      required = true,
      paramLabel = "STORE",
      description =
          "The store to read (beside its writer, if one runs): an SQLite file or a"
              + " PostgreSQL address (postgresql://host:port/db).")
  String store;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description =
          "The address to listen on (default ${DEFAULT-VALUE}). Any address other than"
              + " loopback needs a token.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "A file whose first line is the token every request must carry (Authorization:"
              + " Bearer TOKEN); else the environment variable "
              + TOKEN_ENV
              + ".")
  Path tokenFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cli, "--port must be from 0 to 65535");
    }
    String token = token(cli);
    StoreLocation location;
    try {
      location = StoreLocation.parse(store);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--store: " + e.getMessage());
    }
    ServeApp.Started app;
    try {
      app = ServeApp.start(location, host, port, token);
    } catch (IllegalArgumentException | StoreException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    cli.getOut()
        .printf(
            "parallax serve: %s on http://%s:%d/ (Ctrl-C stops)%n",
            location.display(), shown, app.port());
    cli.getOut().flush();
    stopped.await();
    return 0;
  }

  private String token(CommandLine cli) {
    if (tokenFile != null) {
      try {
        String t = Files.readAllLines(tokenFile).stream().findFirst().orElse("").trim();
        if (t.isEmpty()) {
          throw new CommandLine.ParameterException(cli, "--token-file " + tokenFile + " is empty");
        }
        return t;
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            cli, "cannot read --token-file: " + e.getMessage());
      }
    }
    String env = System.getenv(TOKEN_ENV);
    return env == null || env.isBlank() ? null : env.trim();
  }
}
