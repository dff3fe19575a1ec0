package dev.parallax.stories;

import dev.parallax.model.Jsonl;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link ArticleProfile} (without its lead embedding), the hashes of its article's lines and the
 * keys the index posted it under for its terms as one line of JSON, read back equal: the weights
 * are doubles written in their shortest exact form. A profile stored before the keys were (or made
 * without a candidate index) has none.
 */
final class ProfileCodec {
  private ProfileCodec() {}

  /** The stored form: short keys, the lists sorted so that equal profiles encode alike. */
  private record Encoded(
      String o,
      String t,
      String a,
      int md,
      int fy,
      Map<String, Double> w,
      List<String> p,
      List<String> n,
      long[] l,
      List<String> k) {}

  /**
   * A decoded profile with its article's line hashes and its term keys ({@link
   * TermStatistics#keys}), the latter null when not stored.
   */
  record Decoded(ArticleProfile profile, long[] lines, List<String> keys) {}

  /**
   * @param keys the article's keys for its people and terms when it arrived, or null for none
   */
  static String encode(ArticleProfile p, long[] lines, List<String> keys) {
    return Jsonl.line(
        new Encoded(
            p.outlet(),
            p.title(),
            p.anchor() == null ? null : p.anchor().toString(),
            p.anchorMonthDay(),
            p.focusYear(),
            p.terms(),
            p.people().stream().sorted().toList(),
            p.names().stream().sorted().toList(),
            lines,
            keys));
  }

  /**
   * @throws IllegalArgumentException when {@code encoded} is no profile this codec wrote
   */
  static Decoded decode(String id, String encoded) {
    Encoded e = Jsonl.read(encoded, Encoded.class);
    if (e.w() == null || e.p() == null || e.n() == null || e.l() == null) {
      throw new IllegalArgumentException("not a stored profile of " + id + ": a part is missing");
    }
    return new Decoded(
        new ArticleProfile(
            id,
            e.o(),
            e.t(),
            e.a() == null ? null : LocalDate.parse(e.a()),
            e.md(),
            e.fy(),
            e.w(),
            Set.copyOf(e.p()),
            Set.copyOf(e.n()),
            null),
        e.l(),
        e.k() == null ? null : List.copyOf(e.k()));
  }
}
