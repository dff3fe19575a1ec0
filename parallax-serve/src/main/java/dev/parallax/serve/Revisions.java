package dev.parallax.serve;

import dev.parallax.store.Versions;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What changed between the versions of a re-crawled article: the sentences each version added and
 * removed (sentences split by the JDK's sentence rules, compared after collapsing white space).
 */
public final class Revisions {
  private Revisions() {}

  /**
   * The change from one version to the next.
   *
   * @param from the id of the earlier version
   * @param to the id of the later one
   * @param superseded when {@code to} replaced {@code from}
   */
  public record Change(
      String from, String to, String superseded, List<String> added, List<String> removed) {}

  /**
   * The changes along an article's versions, oldest first, ending with the change to the article
   * itself ({@code latestId}, {@code latestBody}).
   */
  static List<Change> of(List<Versions.Version> versions, String latestId, String latestBody) {
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Versions.Version v = versions.get(i);
      boolean last = i == versions.size() - 1;
      String nextBody = last ? latestBody : versions.get(i + 1).body();
      String nextId = last ? latestId : versions.get(i + 1).article();
      out.add(
          new Change(
              v.article(),
              nextId,
              v.superseded(),
              only(sentences(nextBody), sentences(v.body())),
              only(sentences(v.body()), sentences(nextBody))));
    }
    return out;
  }

  /** The sentences of {@code text}, white space collapsed, in order, each once. */
  static List<String> sentences(String text) {
    Set<String> out = new LinkedHashSet<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip().replaceAll("\\s+", " ");
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The sentences of {@code in} that {@code notIn} lacks, in order. */
  private static List<String> only(List<String> in, List<String> notIn) {
    Set<String> other = new HashSet<>(notIn);
    return in.stream().filter(s -> !other.contains(s)).toList();
  }
}
