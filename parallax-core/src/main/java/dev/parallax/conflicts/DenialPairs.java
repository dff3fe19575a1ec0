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
import java.util.regex.Pattern;

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
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  List<Pair> find(List<SpokenClaim> claims) {
    List<Pair> out = new ArrayList<>();
    // each claim's words once, not once for every denial it is compared with
    List<Set<String>> wordsOf = claims.stream().map(c -> words(c.claim().text())).toList();
    for (int i = 0; i < claims.size(); i++) {
      SpokenClaim d = claims.get(i);
      if (!d.denial() || d.rejection()) {
        continue;
      }
      Set<String> denied = wordsOf.get(i);
      for (int j = 0; j < claims.size(); j++) {
        SpokenClaim c = claims.get(j);
        if (!c.denial() && !c.side().equals(d.side()) && same(wordsOf.get(j), denied)) {
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
    for (String word : NON_WORD.split(text)) {
      String w =
          MARKS
              .matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
              .replaceAll("");
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
