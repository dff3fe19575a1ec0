package dev.parallax.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The stages of an analysis, in order; {@code --until} names the last one to run. */
public enum Stage {
  /** Read inputs and clean each page into an article: writes {@code articles.jsonl}. */
  CLEAN,
  /**
   * Annotate each article (sentences, tokens, names, cue-sentence parses, coreference) and resolve
   * its time expressions; an undated article gets a publication date inferred from its own dates
   * where they pin one ({@code published_from: inferred}).
   */
  ANNOTATE,
  /**
   * Resolve actors and extract events and quotes: writes {@code entities.jsonl} (one entity per
   * real-world actor across the run), {@code events.jsonl} (one event per article-level report) and
   * {@code quotes.jsonl}.
   */
  EXTRACT,
  /**
   * Group the articles into stories: writes {@code stories.jsonl}, sets each event's story, and
   * writes the claims within a story that contradict each other to {@code conflicts.jsonl}.
   */
  GROUP;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The last stage: the whole analysis. */
  public static Stage last() {
    Stage[] all = values();
    return all[all.length - 1];
  }

  /** Whether a run that stops after this stage runs {@code stage}. */
  public boolean runs(Stage stage) {
    return compareTo(stage) >= 0;
  }
}
