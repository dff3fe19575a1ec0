package dev.parallax.serve;

import dev.parallax.cli.SearchIndexes;
import dev.parallax.resources.Rules;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.search.SearchIndex;
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
      "  PARALLAX_SERVE_TOKEN=... parallax serve --store corpus.db --host 0.0.0.0 --port 8080",
      "  parallax serve --store corpus.db --ingest",
      "    (then: curl -H 'Content-Type: application/json' --data-binary @article.json \\",
      "           http://127.0.0.1:8080/api/articles; GET /api/jobs/ID says when it is done)"
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

  @Option(
      names = "--public-read",
      description =
          "Open reads (GET, HEAD: pages, API, search) to everyone without the token; with"
              + " --ingest, posting articles still needs it.")
  boolean publicRead;

  @CommandLine.Mixin SearchIndexes.IndexOption indexOption;

  @Option(
      names = "--index-every",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description =
          "Catch the search index up with the store when serve starts and then every SECONDS"
              + " seconds (default ${DEFAULT-VALUE}; 0: only at start).")
  int indexEvery;

  @Option(
      names = "--ingest",
      description =
          "Take articles posted to POST /api/articles and analyse them into the store in the"
              + " background (the NLP models load once; a 1.5 GB heap suffices). The server is then the"
              + " store's one writer while it runs: parallax analyze --store on it fails, naming"
              + " it. Off by default: a server that only reads leaves the store to its writer.")
  boolean ingest;

  @Option(
      names = "--queue-capacity",
      defaultValue = "10000",
      paramLabel = "N",
      description =
          "With --ingest: how many posted articles may wait to be analysed; past it a post is"
              + " answered 429 with Retry-After (default ${DEFAULT-VALUE}).")
  int queueCapacity;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "With --ingest: worker threads for the per-article stages (default: the number of"
              + " cores, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** How many queued articles the worker analyses together at most. */
  static final int BATCH = 64;

  /** How many articles one post may carry. */
  static final int MAX_ARTICLES_PER_POST = 1000;

  /** The largest article taken, in bytes (analyze's --max-document-mb default). */
  static final long MAX_DOCUMENT_BYTES = 16L << 20;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cli, "--port must be from 0 to 65535");
    }
    String token = token(cli);
    Security security;
    try {
      security = new Security(host, token, publicRead);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    StoreLocation location;
    try {
      location = StoreLocation.parse(store);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--store: " + e.getMessage());
    }
    if (queueCapacity < 1 || threads < 1) {
      throw new CommandLine.ParameterException(
          cli, "--queue-capacity and --threads must be at least 1");
    }
    Server.Ingest feed =
        ingest
            ? new Server.Ingest(
                new Ingestion.Settings(
                    queueCapacity, BATCH, MAX_ARTICLES_PER_POST, MAX_DOCUMENT_BYTES),
                threads,
                Rules.bundled(),
                null)
            : null;
    if (indexEvery < 0) {
      throw new CommandLine.ParameterException(cli, "--index-every must be 0 or more seconds");
    }
    Server server;
    try {
      server =
          Server.start(
              location,
              security,
              host,
              port,
              feed,
              new Server.Index(indexOption.of(location), indexEvery, cli.getErr()));
    } catch (StoreException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    } catch (SearchIndex.IndexBusy e) {
      throw new CommandLine.ParameterException(
          cli, "cannot open the search index: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    cli.getOut()
        .printf(
            "parallax serve: %s on http://%s:%d/%s (Ctrl-C stops)%n",
            location.display(),
            shown,
            server.port(),
            ingest ? ", taking articles at POST /api/articles" : "");
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
