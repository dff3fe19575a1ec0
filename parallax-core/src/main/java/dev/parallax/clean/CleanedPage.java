package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import dev.parallax.model.RemovedBlock;
import java.util.List;

/**
 * What a page cleaner read from one page, before it is merged with the input's metadata.
 *
 * @param paragraphs the article's paragraphs in order, each taken verbatim from the page text
 * @param title headline found in the page, or null
 * @param published publication date stated in the page, or null
 * @param outlet outlet named by the page, or null
 * @param author author named by the page, or null
 * @param removed every block dropped, with its reason
 */
public record CleanedPage(
    List<String> paragraphs,
    String title,
    PartialDate published,
    String outlet,
    String author,
    List<RemovedBlock> removed) {
  public CleanedPage {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** The body: paragraphs separated by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
