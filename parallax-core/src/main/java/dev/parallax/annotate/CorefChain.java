package dev.parallax.annotate;

import dev.parallax.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * Mentions in one article that refer to the same thing ("Vjosa Osmani" ... "she" ... "the
 * president").
 *
 * @param representative index into {@code mentions} of the most informative mention
 */
public record CorefChain(List<CorefChain.Mention> mentions, int representative) {
  public CorefChain {
    mentions = List.copyOf(mentions);
    if (representative < 0 || representative >= mentions.size()) {
      throw new IllegalArgumentException("representative outside the chain");
    }
  }

  public Mention representativeMention() {
    return mentions.get(representative);
  }

  /** One mention of a chain, with the sentence that holds it. */
  public record Mention(int start, int end, String text, int sentence) {
    public Mention {
      Objects.requireNonNull(text, "text");
      Span.checkText(start, end, text);
    }

    public Span span() {
      return new Span(start, end);
    }
  }
}
