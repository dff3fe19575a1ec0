package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import java.util.List;

/**
 * Reads the calendar dates text dumps print in datelines and bylines ("Published October 23,2021",
 * "23 Oct 2021 14:05", "Jane DoeOctober 23, 2021", "06.18.2025"), through {@link PageDates}: one
 * date reader and one month lexicon for pages and dumps. Only full dates count here; a dateline
 * names its day. Immutable and thread-safe.
 */
final class TextDates {
  /** Most words a dateline or byline line has ("Updated 5 May 2024 at 10:05 by Jane Roe"). */
  static final int DATELINE_WORDS = 15;

  private final PageDates pages;

  TextDates(PageDates pages) {
    this.pages = pages;
  }

  /** The earliest-placed full date written in {@code text}, or null. */
  PartialDate first(String text) {
    PageDates.Found f = earliest(text);
    return f == null ? null : f.date();
  }

  /**
   * A date a dump glued to the start of a paragraph ("Updated: May 2, 2024If you..."): within the
   * first {@code chars} characters and followed at once by a letter; else null. A story that opens
   * on a date ("On May 2, 2024, the council...") is not a dateline.
   */
  PartialDate glued(String text, int chars) {
    PageDates.Found f = earliest(text.substring(0, Math.min(text.length(), chars + 1)));
    return f != null && f.end() < text.length() && Character.isLetter(text.charAt(f.end()))
        ? f.date()
        : null;
  }

  /** The date in a URL's path ("/2021/10/23/", "/2021-10-23-"), or null. */
  PartialDate inUrl(String url) {
    return pages.fromUrl(url);
  }

  private PageDates.Found earliest(String text) {
    List<PageDates.Found> all = pages.findAll(text);
    return all.stream()
        .filter(f -> f.date().precision() == PartialDate.Precision.DAY)
        .findFirst()
        .orElse(null);
  }
}
