package dev.parallax.cli;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.Outlet;
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resources.Rules;
import dev.parallax.store.SqliteStore;
import dev.parallax.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
record StoredCorpus(Corpus corpus, Map<String, Outlet> outletOf, List<Diagnostic> diagnostics) {

  /**
   * Reads {@code store}.
   *
   * @throws CommandLine.ParameterException when it is missing or is no store Parallax can read
   */
  static StoredCorpus read(Path store, Rules rules, CommandLine cli) {
    if (!Files.isRegularFile(store)) {
      throw new CommandLine.ParameterException(cli, "cannot use --store: no such file " + store);
    }
    SqliteStore opened;
    try {
      opened = SqliteStore.open(store);
    } catch (StoreException e) {
      throw new CommandLine.ParameterException(cli, "cannot use --store: " + e.getMessage());
    }
    try (opened) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      Corpus corpus = Pipeline.records(Models.of(rules), opened, diagnostics);
      Map<String, Outlet> outletOf = new HashMap<>();
      corpus
          .articles()
          .forEach(a -> corpus.outlets().ofArticle(a.id()).ifPresent(o -> outletOf.put(a.id(), o)));
      return new StoredCorpus(corpus, outletOf, diagnostics);
    }
  }
}
