package dev.parallax.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's body cut into pieces at the start and end of every highlighted span, each piece with
 * the facts over it, so that a template writes each piece as escaped text in one element: no HTML
 * is built from strings here.
 */
public final class Highlights {
  private Highlights() {}

  /** A highlighted fact: its kind (entity, event, quote), its anchor and its span in the body. */
  public record Fact(String kind, String anchor, int start, int end, String title) {}

  /**
   * A piece of the body: its text, the facts over it (empty for plain text), and the anchors that
   * begin here (each fact's permalink target is the first piece of its span).
   */
  public record Piece(String text, List<Fact> facts, List<String> anchors) {
    public boolean marked() {
      return !facts.isEmpty();
    }

    /** The CSS classes of the piece: one per kind of fact over it. */
    public String classes() {
      StringBuilder out = new StringBuilder("hl");
      facts.stream().map(Fact::kind).distinct().forEach(k -> out.append(" hl-").append(k));
      return out.toString();
    }

    /** The link of the piece: the innermost (shortest) fact over it. */
    public String link() {
      return facts.stream()
          .min(java.util.Comparator.comparingInt((Fact f) -> f.end() - f.start()))
          .map(Fact::anchor)
          .orElse("");
    }

    public String title() {
      return String.join("; ", facts.stream().map(Fact::title).toList());
    }
  }

  /** The pieces of {@code body}; facts whose span falls outside it are left out. */
  static List<Piece> of(String body, List<Fact> facts) {
    List<Fact> inside =
        facts.stream()
            .filter(f -> f.start() >= 0 && f.end() <= body.length() && f.start() < f.end())
            .toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
    for (Fact f : inside) {
      cuts.add(f.start());
      cuts.add(f.end());
    }
    List<Piece> out = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      int a = from;
      int b = to;
      List<Fact> over = inside.stream().filter(f -> f.start() <= a && f.end() >= b).toList();
      List<String> anchors =
          inside.stream().filter(f -> f.start() == a).map(Fact::anchor).distinct().toList();
      out.add(new Piece(body.substring(a, b), over, anchors));
      from = to;
    }
    return out;
  }
}
