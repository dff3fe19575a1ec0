package dev.parallax.cli;

import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.search.SearchIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code --index} option of the commands that keep a store's search index, and its use. */
public final class SearchIndexes {
  private SearchIndexes() {}

  /** {@code --index DIR}: where the search index is, when not in its default place. */
  public static final class IndexOption {
    @CommandLine.Option(
        names = "--index",
        paramLabel = "DIR",
        description =
            "The folder of the store's search index (default: FILE.index beside an SQLite store"
                + " FILE; for a PostgreSQL store, a folder named after it under"
                + " $XDG_DATA_HOME/parallax/indexes, else ~/.local/share/parallax/indexes)."
                + " Example: --index /data/corpus.index")
    public Path index;

    /** The index folder of {@code store}. */
    public Path of(StoreLocation store) {
      return SearchIndex.location(store, index);
    }
  }

  /**
   * Applies the store's changes the index has not seen, saying what it did on {@code out} (unless
   * {@code quiet}); a failure is reported there, never thrown: the store is what matters, the index
   * catches up later.
   */
  static void catchUp(RelationalStore store, Path dir, PrintWriter out, boolean quiet) {
    try (SearchIndex index = SearchIndex.open(dir)) {
      SearchIndex.CatchUp done = index.catchUp(store);
      if (quiet) {
        return;
      }
      out.println(
          "parallax: search index "
              + dir
              + " caught up: "
              + done.changes()
              + " article changes applied (through change "
              + done.through()
              + ")");
    } catch (SearchIndex.IndexBusy e) {
      out.println("parallax: " + e.getMessage());
    } catch (StoreException e) {
      out.println(
          "parallax: the search index was not caught up ("
              + e.getMessage()
              + "); parallax index --store ... rebuilds it");
    }
  }
}
