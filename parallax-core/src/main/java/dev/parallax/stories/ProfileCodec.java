package dev.parallax.stories;

import dev.parallax.model.Jsonl;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link ArticleProfile} (without its lead embedding) and the hashes of its article's lines as
 * one line of JSON, read back equal: the weights are doubles written in their shortest exact form.
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
      long[] l) {}

  /** A decoded profile with its article's line hashes. */
  record Decoded(ArticleProfile profile, long[] lines) {}

  static String encode(ArticleProfile p, long[] lines) {
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
            lines));
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
        e.l());
  }
}
