package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans a plain-text page: paragraphs are blocks separated by blank lines; a repeated paragraph is
 * kept once. (Issue #3 replaces this with block classification.)
 */
final class TextPageCleaner implements PageCleaner {
  @Override
  public CleanedPage clean(String text, String url) {
    List<String> paragraphs = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String block : text.split("\\R\\s*\\R")) {
      String paragraph = block.strip();
      if (paragraph.isEmpty()) {
        continue;
      }
      if (!seen.add(paragraph)) {
        removed.add(new RemovedBlock(paragraph, RemovalReason.DUPLICATE));
      } else {
        paragraphs.add(paragraph);
      }
    }
    return new CleanedPage(paragraphs, null, null, null, null, removed);
  }
}
