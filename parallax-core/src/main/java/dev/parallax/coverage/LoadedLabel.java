package dev.parallax.coverage;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A loaded label found in a text.
 *
 * @param span where it occurs (UTF-16 offsets into the text searched)
 * @param term the lexicon term it matched
 * @param category the term's category ({@code delegitimising}, {@code pejorative}, {@code
 *     territory}, {@code loaded-verb}, {@code evaluative}, {@code propaganda})
 * @param neutral the neutral counterpart, or null when a neutral report drops the word
 */
public record LoadedLabel(Span span, String term, String category, String neutral) {
  public LoadedLabel {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(category, "category");
  }
}
