package dev.parallax.model;

import java.util.Objects;

/**
 * An input that could not be turned into an article, listed in {@code articles.jsonl} as {@code
 * {"id", "source", "rejected": reason, "stage": name}} so that every input is accounted for.
 *
 * @param id stable id derived from the input's source and content
 * @param source the input's path or URL as given (for a record inside an archive, {@code
 *     file#record})
 * @param rejected a human-readable reason
 * @param stage the stage that rejected it: {@code ingest} for an input that could not be read (or
 *     repeats another), else the name of the analysis stage that failed on it ({@code decode},
 *     {@code clean}, ...; docs/pipeline.md lists them)
 */
public record Rejection(String id, String source, String rejected, String stage)
    implements ArticleRecord, IngestItem {
  /** The stage name of rejections made while reading inputs. */
  public static final String INGEST = "ingest";

  public Rejection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(stage, "stage");
  }

  /** A rejection of {@code source} by {@code stage}, with the id every rejection of it gets. */
  public static Rejection of(String source, String reason, String stage) {
    return new Rejection(ContentId.of('r', source), source, reason, stage);
  }
}
