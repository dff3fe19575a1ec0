package dev.parallax.coverage;

import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What one article says of its actors, with entity ids: the raw material of a coverage row.
 *
 * @param labels each label read, with the entity it names
 * @param tone the polar words read near each entity
 * @param speakers the entity id of each quote's speaker (null when unresolved), in body order,
 *     leaving out statements reported inside another's
 * @param reportedSpeakers the same for the statements reported inside another's
 * @param named every entity the article mentions
 */
record ArticleReading(
    List<EntityLabel> labels,
    List<ToneScorer.Evidence> tone,
    List<String> speakers,
    List<String> reportedSpeakers,
    Set<String> named) {
  ArticleReading {
    labels = List.copyOf(labels);
    tone = List.copyOf(tone);
    speakers = Collections.unmodifiableList(new ArrayList<>(speakers)); // null: unresolved;
    reportedSpeakers = Collections.unmodifiableList(new ArrayList<>(reportedSpeakers));
    named = Set.copyOf(named);
  }

  /**
   * One label of one entity.
   *
   * @param category why it is loaded, or null
   */
  record EntityLabel(String entity, Mention mention, String category) {}
}
