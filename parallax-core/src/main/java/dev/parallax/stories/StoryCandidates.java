package dev.parallax.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The inverted index a {@link StoryIndex} finds candidate stories through, so that a new article is
 * compared with a few stories, not with all of them. Each article is posted under its
 * <em>keys</em>: the people named in its headline and lead, and its most distinctive terms (the
 * highest TF-IDF weights when it arrived: names, knowledge-base actors, rare words, month-days). A
 * key is posted within a <em>date bucket</em> of the article's anchor day, so that looking a key up
 * reads the articles of a few weeks, not of the whole corpus; an article without an anchor is
 * posted in a bucket of its own and, like every article, in the key's bucket of all dates.
 *
 * <p>An article anchored on day {@code d} looks up the buckets covering {@code d ± reach} and the
 * undated bucket: a story whose members are all anchored further away cannot reach the threshold
 * (the date factor alone takes them below it, see {@link #reach}), so leaving it out changes
 * nothing. An article without an anchor looks up the all-dates bucket. A lookup walks at most
 * {@link #WALK_PER_CANDIDATE} times the candidate limit of a key's postings in each bucket, the
 * latest arrivals first: the all-dates and undated buckets grow with the corpus, and a common key's
 * bucket of a busy period holds thousands, so without the bound a lookup would cost more as the
 * corpus grows. The stories found are ranked by how many keys they share (then foundation order)
 * and only the first {@link StoryOptions#candidates()} are compared. What is lost: a story sharing
 * none of the article's keys, ranked below that limit, or reached through a key only by postings
 * older than the bound.
 *
 * <p>Keys are numbered once ({@link Interner}) and articles posted by their number of arrival: a
 * posting is two ints side by side (the article and the key's previous posting in that bucket), so
 * that a lookup walking a key's postings reads one place of memory per posting, and each key and
 * bucket one entry of a primitive map, so the index holds no string per posting. Not thread-safe:
 * owned by one {@link StoryIndex}.
 */
final class StoryCandidates {
  /** The bucket of all dates. */
  private static final int ALL = Integer.MIN_VALUE;

  /** The bucket of articles without an anchor. */
  private static final int NONE = Integer.MIN_VALUE + 1;

  /**
   * A lookup walks at most this many of a key's postings in one bucket per candidate it may return
   * (2,000 at the default 50 candidates).
   */
  static final int WALK_PER_CANDIDATE = 40;

  private final Interner keys;

  /** The last posting of each key and bucket ({@link #slot}), by its number. */
  private final LongIntMap heads;

  /**
   * Each posting's article number at {@code 2 * posting}, and the number of the key's previous
   * posting or -1 after it.
   */
  private int[] posting = new int[2048];

  private int postings;

  private final long reach;
  private final long bucketDays;

  /**
   * {@link #find}'s counts by story number, kept between calls (all zero outside one): the keys a
   * story shares, the last key counted for it (its place in the keys, from 1), and the stories
   * counted so far. Arrays of ints, not maps of boxed numbers: a key of a busy period has thousands
   * of postings in an article's date buckets.
   */
  private int[] shared = new int[256];

  private int[] lastKey = new int[256];
  private int[] touched = new int[256];

  StoryCandidates(StoryOptions options) {
    this(options, new Interner(), new LongIntMap());
  }

  private StoryCandidates(StoryOptions options, Interner keys, LongIntMap heads) {
    this.reach = reach(options);
    this.bucketDays = Math.max(1, reach);
    this.keys = keys;
    this.heads = heads;
  }

  /** Writes the keys and postings (the articles, then the previous postings), for {@link #read}. */
  void write(Checkpoint.Writer out) {
    keys.write(out);
    heads.write(out);
    int[] article = new int[postings];
    int[] previous = new int[postings];
    for (int p = 0; p < postings; p++) {
      article[p] = posting[2 * p];
      previous[p] = posting[2 * p + 1];
    }
    out.putInts(article).putInts(previous);
  }

  /** The candidate index {@link #write} wrote, for an index of the same options. */
  static StoryCandidates read(StoryOptions options, Checkpoint.Reader in) {
    StoryCandidates out = new StoryCandidates(options, Interner.read(in), LongIntMap.read(in));
    int[] article = in.getInts();
    int[] previous = in.getInts();
    if (article.length != previous.length) {
      throw new IllegalArgumentException("a story index checkpoint's postings do not add up");
    }
    out.postings = article.length;
    out.posting = new int[Math.max(2048, 4 * article.length)];
    for (int p = 0; p < article.length; p++) {
      out.posting[2 * p] = article[p];
      out.posting[2 * p + 1] = previous[p];
    }
    return out;
  }

  /**
   * Days beyond which two anchors cannot be similar enough: the date factor halves every {@code
   * decayDays} after {@code windowDays}, so past {@code window + decay * log2(1 / threshold)} even
   * identical texts fall below the threshold. {@link Long#MAX_VALUE} without the date signal or at
   * threshold 0.
   */
  static long reach(StoryOptions options) {
    if (!options.uses(StorySignal.DATES) || options.threshold() <= 0) {
      return Long.MAX_VALUE;
    }
    double days =
        options.windowDays()
            + options.decayDays() * (Math.log(1 / options.threshold()) / Math.log(2));
    return (long) Math.ceil(days) + 1;
  }

  /**
   * Posts article number {@code number} (its number of arrival) under {@code keys} in the bucket of
   * its anchor, and returns the keys' numbers, for {@link #post(int, LocalDate, int[])} to post it
   * again.
   */
  int[] post(int number, LocalDate anchor, List<String> keys) {
    int[] numbers = new int[keys.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = this.keys.intern(keys.get(i));
    }
    post(number, anchor, numbers);
    return numbers;
  }

  /**
   * Posts article number {@code number} under the keys numbered {@code numbers}, as {@link
   * #post(int, LocalDate, List)} posted it.
   *
   * @throws IllegalArgumentException when a key is not numbered
   */
  void post(int number, LocalDate anchor, int[] numbers) {
    for (int k : numbers) {
      if (k < 0 || k >= this.keys.size()) {
        throw new IllegalArgumentException("a story index checkpoint's key is not numbered");
      }
      add(slot(k, ALL), number);
      add(slot(k, bucket(anchor)), number);
    }
  }

  /** How many keys are numbered: where a {@link #writeKeysSince} starts. */
  int keyCount() {
    return keys.size();
  }

  /** Writes the keys numbered {@code from} and after, for {@link #readKeysSince}. */
  void writeKeysSince(Checkpoint.Writer out, int from) {
    keys.writeFrom(out, from);
  }

  /** Numbers the keys {@link #writeKeysSince} wrote after those numbered. */
  void readKeysSince(Checkpoint.Reader in) {
    keys.readMore(in);
  }

  private void add(long slot, int number) {
    if (2 * postings == posting.length) {
      posting = Arrays.copyOf(posting, 2 * posting.length);
    }
    posting[2 * postings] = number;
    posting[2 * postings + 1] = heads.get(slot);
    heads.put(slot, postings);
    postings++;
  }

  private static long slot(int key, int bucket) {
    return ((long) key << 32) | (bucket & 0xffffffffL);
  }

  /**
   * The stories sharing a key with an article anchored on {@code anchor} (null: undated), best
   * first: by keys shared, then by {@code order} (foundation order). At most {@code limit}.
   *
   * @param storyOf the story (its foundation number) of a posted article number, or -1 to skip it
   */
  List<Integer> find(LocalDate anchor, List<String> keys, IntUnaryOperator storyOf, int limit) {
    int[] buckets = lookups(anchor);
    long walk = (long) WALK_PER_CANDIDATE * limit;
    int found = 0;
    for (int i = 0; i < keys.size(); i++) {
      int k = this.keys.find(keys.get(i));
      if (k < 0) {
        continue;
      }
      // one key counts once per story, however many members carry it
      int mark = i + 1;
      for (int bucket : buckets) {
        int walked = 0;
        for (int p = heads.get(slot(k, bucket)); p >= 0 && walked < walk; p = posting[2 * p + 1]) {
          walked++;
          int story = storyOf.applyAsInt(posting[2 * p]);
          if (story < 0) {
            continue;
          }
          if (story >= shared.length) {
            int size = Math.max(story + 1, 2 * shared.length);
            shared = Arrays.copyOf(shared, size);
            lastKey = Arrays.copyOf(lastKey, size);
          }
          if (lastKey[story] != mark) {
            lastKey[story] = mark;
            if (shared[story]++ == 0) {
              if (found == touched.length) {
                touched = Arrays.copyOf(touched, 2 * found);
              }
              touched[found++] = story;
            }
          }
        }
      }
    }
    // best first: more keys shared, then the earlier story; the counts left as they were found
    long[] ranked = new long[found];
    for (int i = 0; i < found; i++) {
      int story = touched[i];
      ranked[i] = ((long) -shared[story] << 32) | story;
      shared[story] = 0;
      lastKey[story] = 0;
    }
    Arrays.sort(ranked);
    List<Integer> out = new ArrayList<>(Math.min(limit, found));
    for (int i = 0; i < found && i < limit; i++) {
      out.add((int) ranked[i]);
    }
    return out;
  }

  private int bucket(LocalDate anchor) {
    return anchor == null ? NONE : Math.toIntExact(Math.floorDiv(anchor.toEpochDay(), bucketDays));
  }

  private int[] lookups(LocalDate anchor) {
    if (anchor == null || reach == Long.MAX_VALUE) {
      return new int[] {ALL};
    }
    long day = anchor.toEpochDay();
    int from = Math.toIntExact(Math.floorDiv(day - reach, bucketDays));
    int to = Math.toIntExact(Math.floorDiv(day + reach, bucketDays));
    int[] out = new int[to - from + 2];
    for (int b = from; b <= to; b++) {
      out[b - from] = b;
    }
    out[out.length - 1] = NONE;
    return out;
  }
}
