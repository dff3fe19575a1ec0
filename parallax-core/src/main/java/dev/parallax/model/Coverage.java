package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How one outlet told one story: one line of {@code coverage.jsonl}.
 *
 * @param articles ids of the outlet's articles in the story
 * @param reported event ids this outlet reports
 * @param omitted event ids other outlets in the story report and this one does not
 * @param outletId the id of the outlet ({@code outlets.jsonl}), or null when the row's articles
 *     name none
 */
public record Coverage(
    String story,
    String outlet,
    List<String> articles,
    List<Label> labels,
    List<Voice> voices,
    List<String> reported,
    List<String> omitted,
    List<Tone> tone,
    String outletId) {
  public Coverage {
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(articles);
    labels = List.copyOf(labels);
    voices = List.copyOf(voices);
    reported = List.copyOf(reported);
    omitted = List.copyOf(omitted);
    tone = List.copyOf(tone);
  }

  /** A row whose outlet id is not known yet. */
  public Coverage(
      String story,
      String outlet,
      List<String> articles,
      List<Label> labels,
      List<Voice> voices,
      List<String> reported,
      List<String> omitted,
      List<Tone> tone) {
    this(story, outlet, articles, labels, voices, reported, omitted, tone, null);
  }

  /** This row with the id of its outlet. */
  public Coverage withOutletId(String id) {
    return new Coverage(story, outlet, articles, labels, voices, reported, omitted, tone, id);
  }

  /**
   * How the outlet names an actor.
   *
   * @param loaded whether the label carries a judgement
   * @param mentions where the label was read
   * @param category why it is loaded: a loaded-label lexicon category ({@code delegitimising},
   *     {@code pejorative}, ...) or {@code scare-quote}; null when not loaded
   * @param distinct whether no other outlet of the story gives the actor this label, though another
   *     outlet names the actor
   */
  public record Label(
      String entity,
      String label,
      int count,
      boolean loaded,
      List<Mention> mentions,
      String category,
      boolean distinct) {
    public Label {
      Objects.requireNonNull(label, "label");
      mentions = List.copyOf(mentions);
    }

    /** A label without category or comparison with other outlets. */
    public Label(String entity, String label, int count, boolean loaded, List<Mention> mentions) {
      this(entity, label, count, loaded, mentions, null, false);
    }
  }

  /**
   * Whose words the outlet carries, and how many quotes.
   *
   * @param entity the speaker's entity id, or null for speakers not resolved to an entity
   * @param side the country part of the speaker's CAMEO actor code ({@code KSV} for {@code KSVGOV},
   *     {@code IGO} for an international organisation), or null when unknown
   * @param quotes the statements the outlet carries in this voice, not counting those reported
   *     inside another speaker's statement
   * @param reported the statements of this voice the outlet carries only as reported by another
   *     speaker ("X said that Y believed Z": Y's), which {@code quotes} leaves out
   */
  public record Voice(String entity, int quotes, String side, int reported) {
    /** A voice whose side is unknown. */
    public Voice(String entity, int quotes) {
      this(entity, quotes, null, 0);
    }

    /** A voice no other speaker reports. */
    public Voice(String entity, int quotes, String side) {
      this(entity, quotes, side, 0);
    }
  }

  /** How the outlet's own wording treats an actor, in [-1, 1]. */
  public record Tone(String entity, double score) {
    public Tone {
      if (score < -1 || score > 1) {
        throw new IllegalArgumentException("tone must be in [-1, 1]: " + score);
      }
    }
  }
}
