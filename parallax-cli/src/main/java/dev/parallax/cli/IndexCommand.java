package dev.parallax.cli;

import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.search.SearchIndex;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax index}: builds a store's search index anew (or catches it up). */
@Command(
    name = "index",
    description =
        "Builds the full-text search index of a store from the store (what parallax serve's"
            + " search reads): titles, bodies and quotes of every stored article. analyze --store"
            + " and serve keep it in step; this rebuilds it.",
    footer = {
      "",
      "Examples:",
      "  parallax index --store corpus.db                 # into corpus.db.index/",
      "  parallax index --store corpus.db --catch-up      # only the changes since it last ran"
    })
final class IndexCommand implements Callable<Integer> {
  @CommandLine.Mixin StoredCorpus.StoreOption readStore;

  @CommandLine.Mixin SearchIndexes.IndexOption indexOption;

  @Option(
      names = "--catch-up",
      description =
          "Apply only the article changes the index has not seen (what analyze and serve do),"
              + " instead of building it anew.")
  boolean catchUp;

  @CommandLine.Mixin(name = Verbosity.MIXIN)
  Verbosity.Options verbosity;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    Path dir = indexOption.of(readStore.store);
    try (RelationalStore store = StoredCorpus.open(readStore.store, cli);
        SearchIndex index = SearchIndex.open(dir)) {
      long started = System.nanoTime();
      SearchIndex.CatchUp done = catchUp ? index.catchUp(store) : index.rebuild(store);
      double seconds = (System.nanoTime() - started) / 1e9;
      cli.getOut()
          .printf(
              Locale.ROOT,
              "parallax index: %s: %d article changes applied in %.1f s (through change %d);"
                  + " %.1f MB%n",
              dir,
              done.changes(),
              seconds,
              done.through(),
              index.bytes() / 1e6);
      return 0;
    } catch (SearchIndex.IndexBusy e) {
      cli.getErr().println("parallax index: " + e.getMessage());
      return Main.EXIT_FAILED;
    } catch (StoreException e) {
      cli.getErr().println("parallax index: " + e.getMessage());
      return Main.EXIT_FAILED;
    }
  }
}
