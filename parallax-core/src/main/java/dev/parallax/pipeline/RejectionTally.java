package dev.parallax.pipeline;

import dev.parallax.model.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a run's rejections by reason, keeping the first few sources of each, for the summary that
 * ends a run. Reasons are grouped without their particulars: {@code no article text found (3 blocks
 * removed as debris)} and {@code no article text found (1 blocks removed as debris)} are one
 * reason, and so are all {@code duplicate of ...}. Not thread-safe: used by the run's own thread.
 */
final class RejectionTally {
  /** How many sources each reason keeps. */
  static final int SOURCES_KEPT = 3;

  private final Map<String, Group> groups = new LinkedHashMap<>();

  void add(Rejection rejection) {
    Group group = groups.computeIfAbsent(reasonOf(rejection.rejected()), k -> new Group());
    group.count++;
    if (group.sources.size() < SOURCES_KEPT) {
      group.sources.add(rejection.source());
    }
  }

  /** The reasons, the most frequent first; equally frequent ones in the order first met. */
  List<AnalysisSummary.Rejected> byReason() {
    List<AnalysisSummary.Rejected> all = new ArrayList<>();
    groups.forEach(
        (reason, g) -> all.add(new AnalysisSummary.Rejected(reason, g.count, g.sources)));
    all.sort(Comparator.comparingInt(AnalysisSummary.Rejected::count).reversed());
    return all;
  }

  /**
   * A rejection reason without its particulars: the text before the first {@code ": "}, {@code "
   * ("} or {@code ", "} (the detail a reader, a library message or a count adds), and {@code
   * duplicate} for every {@code duplicate of ...}.
   */
  static String reasonOf(String reason) {
    if (reason.startsWith(ResultWriter.DUPLICATE_OF)) {
      return "duplicate";
    }
    int end = reason.length();
    for (String mark : new String[] {": ", " (", ", "}) {
      int at = reason.indexOf(mark);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    String kind = reason.substring(0, end).strip();
    return kind.isEmpty() ? "no reason given" : kind;
  }

  private static final class Group {
    int count;
    final List<String> sources = new ArrayList<>();
  }
}
