package dev.parallax.conflicts;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.resources.Rules;
import dev.parallax.stories.WordNormaliser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs a quoted denial ("X denies that mercenaries are recruited on its soil") with the claim it
 * denies, made by another party in the same story ("mercenaries are being recruited there, Y
 * said"): the two contents must share at least two content words (folded, cut to their first six
 * letters), and those must make up at least three quarters of the shorter content's words. Names of
 * countries, their people and capitals do not count: every report of a quarrel between two
 * countries names them. Rejections of requests (CAMEO 12x) are not denials of claims. Thread-safe.
 */
final class DenialPairs {
  private static final int MIN_SHARED = 2;
  private static final double MIN_COVER = 0.75;
  private static final int MIN_LETTERS = 4;
  private static final int STEM = 6;

  /** A denial and the claim it denies. */
  record Pair(SpokenClaim claim, SpokenClaim denial) {}

  private final KnowledgeBase kb;
  private final WordNormaliser stopwords;

  /** Pairs judged with the stopwords of {@code rules} ({@code stories/stopwords.tsv}). */
  DenialPairs(KnowledgeBase kb, Rules rules) {
    this.kb = kb;
    this.stopwords = WordNormaliser.of(rules);
  }

  /** The pairs among one story's claims, in claim order. */
  List<Pair> find(List<SpokenClaim> claims) {
    List<Pair> out = new ArrayList<>();
    for (SpokenClaim d : claims) {
      if (!d.denial() || d.rejection()) {
        continue;
      }
      Set<String> denied = words(d.claim().text());
      for (SpokenClaim c : claims) {
        if (!c.denial() && !c.side().equals(d.side()) && same(words(c.claim().text()), denied)) {
          out.add(new Pair(c, d));
        }
      }
    }
    return out;
  }

  private static boolean same(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int smaller = Math.min(a.size(), b.size());
    return shared.size() >= MIN_SHARED && shared.size() >= MIN_COVER * smaller;
  }

  /** The content words of a text other than actor names, folded and cut to a crude stem. */
  Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      String w =
          Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
              .replaceAll("\\p{M}+", "");
      if (w.length() >= MIN_LETTERS && !stopwords.isStopword(w) && !isActorName(word)) {
        out.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return out;
  }

  private boolean isActorName(String word) {
    return Character.isUpperCase(word.charAt(0))
        && (kb.countryNamed(word).isPresent()
            || kb.countryOfDemonym(word).isPresent()
            || !kb.metonyms(word).isEmpty());
  }
}
