package dev.parallax.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The named points of the stage list where a run may stop ({@code --until}); each stage of {@link
 * Pipeline#standard} runs from one point on. The list and the point of each stage are in
 * docs/pipeline.md.
 */
public enum Until {
  /** Decode and clean each input into an article: writes {@code articles.jsonl}. */
  CLEAN,
  /**
   * Also annotate each article (sentences, tokens, names, cue-sentence parses, coreference) and
   * resolve its time expressions; an undated article gets a publication date inferred from its own
   * dates where they pin one ({@code published_from: inferred}).
   */
  ANNOTATE,
  /**
   * Also resolve actors and extract events and quotes, then link the mentions into entities and
   * fuse the events: writes {@code entities.jsonl}, {@code events.jsonl}, {@code quotes.jsonl} and
   * {@code report.html}.
   */
  EXTRACT,
  /**
   * The whole analysis: also group the articles into stories and compare their outlets: writes
   * {@code stories.jsonl}, {@code coverage.jsonl} and {@code conflicts.jsonl}.
   */
  GROUP;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The last point: the whole analysis. */
  public static Until last() {
    Until[] all = values();
    return all[all.length - 1];
  }

  /** Whether a run that stops at this point runs what starts at {@code point}. */
  public boolean runs(Until point) {
    return compareTo(point) >= 0;
  }
}
