package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about the same happening: one line of {@code stories.jsonl}.
 *
 * @param first earliest event date in the story, or null
 * @param last latest event date in the story, or null
 */
public record Story(
    String id,
    String title,
    List<String> articles,
    List<String> outlets,
    PartialDate first,
    PartialDate last,
    List<String> events) {
  public Story {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    events = List.copyOf(events);
  }
}
