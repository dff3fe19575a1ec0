package dev.parallax.store.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The facets of a set of hits, counted in one pass over their doc values: how many, by outlet (as
 * articles name them), by actor code and by month (yyyy-mm; articles without a month left out).
 * Counts per segment by ordinal, turned into names when the segment is done.
 */
public final class Counts extends SimpleCollector {
  private long total;
  private final Map<String, Long> outlets = new HashMap<>();
  private final Map<String, Long> actors = new HashMap<>();
  private final Map<String, Long> months = new HashMap<>();
  private SortedDocValues outletDv;
  private SortedSetDocValues actorDv;
  private SortedDocValues monthDv;
  private long[] outletOrds = new long[0];
  private long[] actorOrds = new long[0];
  private long[] monthOrds = new long[0];

  /** A query's counts, with every article's count by month beside them. */
  public record Summary(
      long total,
      Map<String, Long> outlets,
      Map<String, Long> actors,
      Map<String, Long> months,
      Map<String, Long> allByMonth) {
    /** The hits' share of all articles in each month they have hits in. */
    public Map<String, Double> shareByMonth() {
      Map<String, Double> out = new LinkedHashMap<>();
      months.forEach(
          (m, n) ->
              out.put(m, allByMonth.getOrDefault(m, 0L) == 0 ? 0 : (double) n / allByMonth.get(m)));
      return out;
    }
  }

  static CollectorManager<Counts, Counts> manager() {
    return new CollectorManager<>() {
      @Override
      public Counts newCollector() {
        return new Counts();
      }

      @Override
      public Counts reduce(Collection<Counts> collectors) {
        Counts out = new Counts();
        for (Counts c : collectors) {
          c.flush();
          out.total += c.total;
          c.outlets.forEach((k, v) -> out.outlets.merge(k, v, Long::sum));
          c.actors.forEach((k, v) -> out.actors.merge(k, v, Long::sum));
          c.months.forEach((k, v) -> out.months.merge(k, v, Long::sum));
        }
        return out;
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    outletDv = DocValues.getSorted(context.reader(), SearchIndex.OUTLET_DV);
    actorDv = DocValues.getSortedSet(context.reader(), SearchIndex.ACTOR_DV);
    monthDv = DocValues.getSorted(context.reader(), SearchIndex.MONTH_DV);
    outletOrds = new long[outletDv.getValueCount()];
    actorOrds = new long[(int) actorDv.getValueCount()];
    monthOrds = new long[monthDv.getValueCount()];
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    if (outletDv.advanceExact(doc)) {
      outletOrds[outletDv.ordValue()]++;
    }
    if (monthDv.advanceExact(doc)) {
      monthOrds[monthDv.ordValue()]++;
    }
    if (actorDv.advanceExact(doc)) {
      for (int i = 0; i < actorDv.docValueCount(); i++) {
        actorOrds[(int) actorDv.nextOrd()]++;
      }
    }
  }

  /** Turns the current segment's counts by ordinal into counts by name. */
  private void flush() {
    try {
      for (int o = 0; o < outletOrds.length; o++) {
        if (outletOrds[o] > 0) {
          outlets.merge(outletDv.lookupOrd(o).utf8ToString(), outletOrds[o], Long::sum);
        }
      }
      for (int o = 0; o < actorOrds.length; o++) {
        if (actorOrds[o] > 0) {
          actors.merge(actorDv.lookupOrd(o).utf8ToString(), actorOrds[o], Long::sum);
        }
      }
      for (int o = 0; o < monthOrds.length; o++) {
        String month = monthOrds[o] > 0 ? monthDv.lookupOrd(o).utf8ToString() : "";
        if (!month.isEmpty()) {
          months.merge(month, monthOrds[o], Long::sum);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    outletOrds = new long[0];
    actorOrds = new long[0];
    monthOrds = new long[0];
  }

  /** The counts of these hits beside every article's ({@code all}). */
  Summary summary(Counts all) {
    return new Summary(
        total, sorted(outlets), sorted(actors), new TreeMap<>(months), new TreeMap<>(all.months));
  }

  /** Most first, ties by name. */
  private static Map<String, Long> sorted(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
