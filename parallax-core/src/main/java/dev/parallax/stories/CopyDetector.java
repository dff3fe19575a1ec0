package dev.parallax.stories;

import dev.parallax.model.Article;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds the copies among articles: the same text carried again (a syndicated wire story under
 * another outlet or address), told apart from another report of the same happening by how much of
 * the body's wording they share.
 *
 * <p>A body is read as its set of word shingles ({@link #SHINGLE} consecutive words, lower case,
 * letters and digits only), each hashed to 64 bits. Two bodies resemble each other by the share of
 * the smaller set found in the larger ({@link #containment}): a copy with a dateline or byline
 * added, its last paragraph cut or another outlet's lines around it keeps almost all of its
 * shingles, while two outlets' own reports of one happening share names and phrases but few runs of
 * five words (measured in {@code docs/EVALUATION.md}, issue 17 item 6).
 *
 * <p>The articles are taken in publication order (undated last), then by id; each is compared with
 * the originals before it (articles that are no copy), and is a copy of the first one it resembles
 * by {@link #threshold} or more. So {@code copy_of} always names an original, never another copy,
 * and the result does not depend on the order the articles are given in. Callers compare only the
 * articles of one story ({@link #copies(Collection)} per story), so the cost per article is bounded
 * by the size of its story, not of the corpus. Thread-safe and stateless.
 */
public final class CopyDetector {
  /** Words per shingle. */
  public static final int SHINGLE = 5;

  /** The tuned share of shingles that makes a copy (see the class comment). */
  public static final double THRESHOLD = 0.5;

  /**
   * Bodies with fewer shingles than this are never called copies: a few shared lines (a standard
   * sentence, a short brief) are not evidence enough.
   */
  public static final int MIN_SHINGLES = 20;

  private final double threshold;
  private final int minShingles;

  /** The tuned detector. */
  public CopyDetector() {
    this(THRESHOLD, MIN_SHINGLES);
  }

  public CopyDetector(double threshold, int minShingles) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.minShingles = minShingles;
  }

  /**
   * The copies among {@code articles}: each copy's id mapped to the id of its original, the
   * earliest article it resembles that is no copy itself. Articles that are no copy are absent.
   */
  public Map<String, String> copies(Collection<Article> articles) {
    List<Article> ordered = articles.stream().sorted(StoryGrouper.ORDER).toList();
    List<Article> originals = new ArrayList<>();
    List<long[]> originalShingles = new ArrayList<>();
    Map<String, String> out = new HashMap<>();
    for (Article a : ordered) {
      long[] own = shingles(a.body());
      String original = null;
      if (own.length >= minShingles) {
        for (int i = 0; i < originals.size() && original == null; i++) {
          long[] other = originalShingles.get(i);
          if (other.length >= minShingles && containment(own, other) >= threshold) {
            original = originals.get(i).id();
          }
        }
      }
      if (original == null) {
        originals.add(a);
        originalShingles.add(own);
      } else {
        out.put(a.id(), original);
      }
    }
    return out;
  }

  /**
   * The copies among the articles of each story of {@code stories} ({@link #copies} per story),
   * articles looked up by id with {@code byId} (an id it gives null for is left out).
   */
  public Map<String, String> inStories(Collection<Story> stories, Function<String, Article> byId) {
    Map<String, String> out = new HashMap<>();
    for (Story story : stories) {
      if (story.articles().size() > 1) {
        out.putAll(copies(story.articles().stream().map(byId).filter(Objects::nonNull).toList()));
      }
    }
    return out;
  }

  /**
   * The share of the smaller of two shingle sets that the other holds too: 1 when one body's
   * wording is all in the other, near 0 for independent texts.
   *
   * @param a sorted distinct shingle hashes ({@link #shingles})
   * @param b sorted distinct shingle hashes
   */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) shared(a, b) / smaller;
  }

  /** The share of the union of two shingle sets that both hold (Jaccard resemblance). */
  public static double jaccard(long[] a, long[] b) {
    int both = shared(a, b);
    int union = a.length + b.length - both;
    return union == 0 ? 0 : (double) both / union;
  }

  private static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return both;
  }

  /** The sorted distinct hashes of the {@link #SHINGLE}-word shingles of {@code text}. */
  public static long[] shingles(String text) {
    long[] words = wordHashes(text);
    int n = words.length - SHINGLE + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int k = i; k < i + SHINGLE; k++) {
        h = h * 0x9E3779B97F4A7C15L + words[k];
      }
      out[i] = h ^ (h >>> 29);
    }
    Arrays.sort(out);
    return Arrays.stream(out).distinct().toArray();
  }

  /** A 64-bit FNV-1a hash of each word of {@code text} (letters and digits, lower case). */
  private static long[] wordHashes(String text) {
    long[] out = new long[16];
    int count = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          h = 0xcbf29ce484222325L;
          inWord = true;
        }
        h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
      } else if (inWord) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = h;
        inWord = false;
      }
    }
    return Arrays.copyOf(out, count);
  }
}
