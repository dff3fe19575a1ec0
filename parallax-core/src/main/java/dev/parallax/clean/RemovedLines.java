package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects removed lines, merging consecutive lines dropped for the same reason into one block (a
 * menu is one navigation block, not forty). Not thread-safe: one per page.
 */
final class RemovedLines {
  private final List<RemovedBlock> blocks = new ArrayList<>();
  private StringBuilder text;
  private RemovalReason reason;

  void add(String line, RemovalReason why) {
    if (why != reason) {
      flush();
      text = new StringBuilder(line);
      reason = why;
    } else {
      text.append('\n').append(line);
    }
  }

  /** Ends the current run: a kept line came between. */
  void keep() {
    flush();
  }

  List<RemovedBlock> blocks() {
    flush();
    return List.copyOf(blocks);
  }

  private void flush() {
    if (reason != null) {
      blocks.add(new RemovedBlock(text.toString(), reason));
      reason = null;
    }
  }
}
