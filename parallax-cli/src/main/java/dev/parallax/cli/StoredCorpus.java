package dev.parallax.cli;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.Outlet;
import dev.parallax.model.Rejection;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resources.Rules;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * A stored corpus with its corpus records computed as the whole analysis computes them, for the
 * commands that read a store ({@code export}, {@code stats}). Reads the store only through {@link
 * dev.parallax.pipeline.CorpusStore}; loads no NLP model.
 *
 * @param corpus the corpus records
 * @param outletOf each article's outlet, by article id
 * @param diagnostics the problems the corpus stages went on from
 * @param rejections the inputs rejected and not accepted since
 */
record StoredCorpus(
    Corpus corpus,
    Map<String, Outlet> outletOf,
    List<Diagnostic> diagnostics,
    List<Rejection> rejections) {

  /**
   * Opens {@code store} to read it.
   *
   * @throws CommandLine.ParameterException when it is missing or is no store Parallax can read
   */
  static RelationalStore open(StoreLocation store, CommandLine cli) {
    try {
      return RelationalStore.openReader(store);
    } catch (StoreException e) {
      throw new CommandLine.ParameterException(cli, "cannot use --store: " + e.getMessage());
    }
  }

  /** The {@code --store} of the commands that read a store. */
  static final class StoreOption {
    @CommandLine.Option(
        names = "--store",
        required = true,
        paramLabel = "STORE",
        converter = StoreLocations.class,
        description = "The store to read (beside its writer, if one runs)." + StoreLocations.HELP)
    StoreLocation store;
  }

  /**
   * Reads {@code store}.
   *
   * @throws CommandLine.ParameterException when it is missing or is no store Parallax can read
   */
  static StoredCorpus read(StoreLocation store, Rules rules, CommandLine cli) {
    try (RelationalStore opened = open(store, cli)) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      Corpus corpus = Pipeline.records(Models.of(rules), opened, diagnostics);
      Map<String, Outlet> outletOf = new HashMap<>();
      corpus
          .articles()
          .forEach(a -> corpus.outlets().ofArticle(a.id()).ifPresent(o -> outletOf.put(a.id(), o)));
      return new StoredCorpus(corpus, outletOf, diagnostics, opened.rejections());
    }
  }
}
