package dev.parallax.eval;

import java.util.List;
import java.util.Objects;

/**
 * One TimeML document: the raw text of its {@code TEXT} element (tags removed, entities decoded),
 * its document creation time and its gold TIMEX3s, with offsets into that text.
 *
 * @param id the file name or {@code DOCID}
 * @param dct the creation time's TIMEX3 value ({@code 1998-11-20T19:30}), or null when absent
 * @param timexes the TIMEX3s inside {@code TEXT}, in order, creation-time ones excluded
 */
public record TimemlDocument(String id, String text, String dct, List<TimexSpan> timexes) {
  public TimemlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
    for (TimexSpan t : timexes) {
      if (t.end() > text.length()) {
        throw new IllegalArgumentException("TIMEX3 past the text in " + id + ": " + t);
      }
    }
  }
}
