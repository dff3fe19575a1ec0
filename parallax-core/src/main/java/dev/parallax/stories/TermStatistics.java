package dev.parallax.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of the articles seen so far, and the similarity of two articles under them:
 * cosine of log-scaled TF-IDF vectors (mixed with the cosine of lead embeddings when both have
 * one), damped when the articles were published far apart or are mostly about different years.
 *
 * <p>Each observed article's terms are kept as a compact vector in its {@link Member} (term numbers
 * in ascending order and their log-scaled counts), and the TF-IDF weights are computed from them
 * under the current counts when compared: no weighted map is built per comparison, and the
 * article's term map need not be kept. Terms and names are numbered once in dictionaries shared by
 * all articles, so an article holds ints, not strings. Not thread-safe: owned by one {@link
 * StoryIndex}.
 */
final class TermStatistics {
  private final Interner terms;
  private final Interner names;
  private int[] df = new int[1024];
  private double[] logDf = new double[1024];

  /**
   * The distinct log-scaled term weights seen, numbered: an article's weights are sums of a few
   * position weights, so few values recur and a member stores each as a 2-byte number into this
   * table instead of an 8-byte double (the same value, so the same similarities).
   */
  private final Map<Double, Integer> weightNumbers = new HashMap<>();

  private double[] weights = new double[256];
  private final StoryOptions options;
  private int documents;

  /** At most this many distinct weights are numbered (2-byte numbers). */
  private final int weightTableSize;

  TermStatistics(StoryOptions options) {
    this(options, Character.MAX_VALUE + 1);
  }

  /**
   * @param weightTableSize how many distinct weights the table numbers (at most 65,536); members
   *     arriving once it is full keep their weights as doubles
   */
  TermStatistics(StoryOptions options, int weightTableSize) {
    this(options, weightTableSize, new Interner(), new Interner());
  }

  private TermStatistics(
      StoryOptions options, int weightTableSize, Interner terms, Interner names) {
    if (weightTableSize < 0 || weightTableSize > Character.MAX_VALUE + 1) {
      throw new IllegalArgumentException("weight table size out of range: " + weightTableSize);
    }
    this.options = options;
    this.weightTableSize = weightTableSize;
    this.terms = terms;
    this.names = names;
  }

  /** Writes the counts and dictionaries, for {@link #read}. */
  void write(Checkpoint.Writer out) {
    out.putInt(weightTableSize).putInt(documents);
    terms.write(out);
    names.write(out);
    out.putInts(df, terms.size());
    out.putDoubles(weights, weightNumbers.size());
  }

  /**
   * Statistics equal to those {@link #write} wrote: the same numbers for the same terms, names and
   * weights, and the same counts.
   */
  static TermStatistics read(StoryOptions options, Checkpoint.Reader in) {
    int weightTableSize = in.getInt();
    int documents = in.getInt();
    TermStatistics out =
        new TermStatistics(options, weightTableSize, Interner.read(in), Interner.read(in));
    out.documents = documents;
    int[] df = in.getInts();
    double[] weights = in.getDoubles();
    if (df.length != out.terms.size() || weights.length > out.weightTableSize) {
      throw new IllegalArgumentException("a story index checkpoint's counts do not add up");
    }
    out.df = Arrays.copyOf(df, Math.max(1024, 2 * df.length));
    out.logDf = new double[out.df.length];
    for (int i = 0; i < df.length; i++) {
      out.logDf[i] = Math.log(df[i] + 1.0);
    }
    out.weights = Arrays.copyOf(weights, Math.max(256, weights.length));
    for (int i = 0; i < weights.length; i++) {
      out.weightNumbers.put(weights[i], i);
    }
    return out;
  }

  /** How many terms, names and weights are numbered: where a {@link #writeSince} starts. */
  record Sizes(int terms, int names, int weights) {}

  Sizes sizes() {
    return new Sizes(terms.size(), names.size(), weightNumbers.size());
  }

  /**
   * Writes the terms, names and weights numbered since the statistics were of {@code sizes}, for
   * {@link #readSince}: with the members observed since ({@link #recount}), what they learnt.
   */
  void writeSince(Checkpoint.Writer out, Sizes sizes) {
    terms.writeFrom(out, sizes.terms());
    names.writeFrom(out, sizes.names());
    out.putDoubles(Arrays.copyOfRange(weights, sizes.weights(), weightNumbers.size()));
  }

  /** Numbers the terms, names and weights {@link #writeSince} wrote after those numbered. */
  void readSince(Checkpoint.Reader in) {
    terms.readMore(in);
    names.readMore(in);
    double[] more = in.getDoubles();
    if (more == null || weightNumbers.size() + more.length > weightTableSize) {
      throw new IllegalArgumentException("a story index checkpoint's weights do not add up");
    }
    for (double w : more) {
      int n = weightNumbers.size();
      if (weightNumbers.putIfAbsent(w, n) != null) {
        throw new IllegalArgumentException("a story index checkpoint repeats a weight");
      }
      if (n == weights.length) {
        weights = Arrays.copyOf(weights, 2 * n);
      }
      weights[n] = w;
    }
    room(terms.size());
  }

  /**
   * Counts a member {@link #observe} made after the statistics were written, as it counted it: the
   * statistics then hold what they held after it was observed.
   *
   * @throws IllegalArgumentException when the member holds a term, name or weight not numbered
   */
  void recount(Member m) {
    if (!numbered(m.terms(), terms.size())
        || !numbered(m.people(), names.size())
        || !numbered(m.names(), names.size())) {
      throw new IllegalArgumentException("a story index checkpoint's member is not numbered");
    }
    if (m.tf() != null) {
      for (char c : m.tf()) {
        if (c >= weightNumbers.size()) {
          throw new IllegalArgumentException("a story index checkpoint's weight is not numbered");
        }
      }
    }
    documents++;
    for (int id : m.terms()) {
      count(id);
    }
  }

  /** Counts one more document holding term {@code id}. */
  private void count(int id) {
    room(id + 1);
    df[id]++;
    logDf[id] = Math.log(df[id] + 1.0);
  }

  /** Makes the counts hold at least {@code size} terms. */
  private void room(int size) {
    if (size > df.length) {
      df = Arrays.copyOf(df, Math.max(2 * df.length, size));
      logDf = Arrays.copyOf(logDf, df.length);
    }
  }

  private static boolean numbered(int[] numbers, int size) {
    for (int n : numbers) {
      if (n < 0 || n >= size) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts {@code profile}'s terms and returns the article in the compact form the index keeps:
   * term numbers in ascending order with {@code log1p} of their weights, names as numbers.
   *
   * @param arrival the article's number in the index's order of arrival
   */
  Member observe(ArticleProfile profile, int arrival) {
    documents++;
    int n = profile.terms().size();
    int[] ids = new int[n];
    double[] tf = new double[n];
    Integer[] order = new Integer[n];
    int k = 0;
    for (Map.Entry<String, Double> e : profile.terms().entrySet()) {
      int id = terms.intern(e.getKey());
      count(id);
      ids[k] = id;
      tf[k] = Math.log1p(e.getValue());
      order[k] = k;
      k++;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
    int[] sortedIds = new int[n];
    double[] sortedTf = new double[n];
    for (int i = 0; i < n; i++) {
      sortedIds[i] = ids[order[i]];
      sortedTf[i] = tf[order[i]];
    }
    char[] numbered = numbered(sortedTf);
    return new Member(
        profile.id(),
        arrival,
        profile.outlet(),
        profile.title(),
        profile.anchor(),
        profile.anchorMonthDay(),
        profile.focusYear(),
        sortedIds,
        numbered,
        numbered == null ? sortedTf : null,
        numbers(profile.people()),
        numbers(profile.names()),
        profile.embedding());
  }

  /**
   * The numbers of {@code tf} in the table of weights, or null when the table has no room left for
   * a new value (past {@code weightTableSize} distinct weights: the member then keeps its doubles).
   */
  private char[] numbered(double[] tf) {
    char[] out = new char[tf.length];
    for (int i = 0; i < tf.length; i++) {
      Integer n = weightNumbers.get(tf[i]);
      if (n == null) {
        n = weightNumbers.size();
        if (n >= weightTableSize) {
          return null;
        }
        if (n == weights.length) {
          weights = Arrays.copyOf(weights, 2 * n);
        }
        weights[n] = tf[i];
        weightNumbers.put(tf[i], n);
      }
      out[i] = (char) n.intValue();
    }
    return out;
  }

  private int[] numbers(Set<String> strings) {
    int[] out = new int[strings.size()];
    int i = 0;
    for (String s : strings) {
      out[i++] = names.intern(s);
    }
    Arrays.sort(out);
    return out;
  }

  /** Similarity in [0, 1] of two observed articles. */
  double similarity(Member a, Member b) {
    double cosine = cosine(a, b);
    double alpha = options.embeddingWeight();
    if (alpha > 0 && a.embedding() != null && b.embedding() != null) {
      cosine = (1 - alpha) * cosine + alpha * Math.max(0, dense(a.embedding(), b.embedding()));
    }
    double people = a.otherPeople(b) ? options.otherPeopleFactor() : 1;
    return cosine * people * dateFactor(a, b);
  }

  private double logDocuments() {
    return Math.log(documents + options.backgroundDocuments() + 1.0);
  }

  /** The TF-IDF weight of term {@code i} of {@code m} (0 or less: left out). */
  private double weight(Member m, int i, double logN) {
    double tf = m.tf() != null ? weights[m.tf()[i]] : m.exactTf()[i];
    return tf * (logN - logDf[m.terms()[i]]);
  }

  /**
   * The norm of each member compared since the counts last changed ({@link #normsAt} documents): an
   * added article is compared with many members, and a story's members with another's pair by pair,
   * under the same counts.
   */
  private final Map<Member, Double> norms = new IdentityHashMap<>();

  private int normsAt = -1;

  private double norm(Member m, double logN) {
    if (normsAt != documents) {
      norms.clear();
      normsAt = documents;
    }
    Double known = norms.get(m);
    if (known != null) {
      return known;
    }
    double norm = normUnder(m, logN);
    norms.put(m, norm);
    return norm;
  }

  private double normUnder(Member m, double logN) {
    double sum = 0;
    for (int i = 0; i < m.terms().length; i++) {
      double w = weight(m, i, logN);
      if (w > 0) {
        sum += w * w;
      }
    }
    return Math.sqrt(sum);
  }

  private double cosine(Member a, Member b) {
    double logN = logDocuments();
    int[] at = a.terms();
    int[] bt = b.terms();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < at.length && j < bt.length) {
      int c = Integer.compare(at[i], bt[j]);
      if (c == 0) {
        double wa = weight(a, i, logN);
        double wb = weight(b, j, logN);
        if (wa > 0 && wb > 0) {
          dot += wa * wb;
        }
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / (norm(a, logN) * norm(b, logN));
  }

  double dateFactor(Member a, Member b) {
    if (!options.uses(StorySignal.DATES)) {
      return 1;
    }
    long days = daysApart(a, b);
    if (days >= 0) {
      return days <= options.windowDays()
          ? 1
          : Math.pow(0.5, (days - options.windowDays()) / options.decayDays());
    }
    // Without both publication days, the years the articles mostly write about stand in: a
    // report of a 2019 expulsion is not one of the 2021 expulsion, though each mentions both.
    boolean otherYear = a.focusYear() != 0 && b.focusYear() != 0 && a.focusYear() != b.focusYear();
    return otherYear ? options.otherYearFactor() : 1;
  }

  /**
   * Days between the anchors of two articles, or -1 when unknown. A yearless dateline ("March 14")
   * is placed in the year nearest the other article's anchor.
   */
  private static long daysApart(Member a, Member b) {
    if (a.anchor() != null && b.anchor() != null) {
      return Math.abs(ChronoUnit.DAYS.between(a.anchor(), b.anchor()));
    }
    Member dated = a.anchor() != null ? a : b;
    Member yearless = dated == a ? b : a;
    if (dated.anchor() == null || yearless.anchorMonthDay() == 0) {
      return -1;
    }
    long best = Long.MAX_VALUE;
    for (int y = dated.anchor().getYear() - 1; y <= dated.anchor().getYear() + 1; y++) {
      try {
        LocalDate d =
            LocalDate.of(y, yearless.anchorMonthDay() / 100, yearless.anchorMonthDay() % 100);
        best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(dated.anchor(), d)));
      } catch (java.time.DateTimeException e) {
        // 29 February outside a leap year: try the other years
      }
    }
    return best == Long.MAX_VALUE ? -1 : best;
  }

  /**
   * The keys {@link StoryCandidates} posts and looks an article up under: the people it names up
   * front ({@code p:}) and its {@code count} terms of highest TF-IDF weight under the current
   * counts (years and month names left out: dates are compared through the anchor, not as words).
   * Ties go to the term first in alphabetical order, so the keys do not depend on hash order.
   */
  List<String> keys(Member p, int count) {
    List<String> out = new ArrayList<>();
    Arrays.stream(p.people())
        .mapToObj(names::get)
        .sorted()
        .forEach(person -> out.add("p:" + person));
    double logN = logDocuments();
    Map<String, Double> weights = new HashMap<>();
    for (int i = 0; i < p.terms().length; i++) {
      String term = terms.get(p.terms()[i]);
      double w = weight(p, i, logN);
      if (w > 0 && !term.startsWith("y:") && !term.startsWith("m:")) {
        weights.put(term, w);
      }
    }
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(count)
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  private static double dense(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
