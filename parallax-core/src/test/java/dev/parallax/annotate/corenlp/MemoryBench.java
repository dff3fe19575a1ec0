package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Profile;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.PartialDate;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

/**
 * A harness run by hand (not a test): how much heap one model needs for one generated text, by
 * bisection over a ballast. The models load once; before each trial the harness fills the heap with
 * ballast so that only {@code budget} MB stay free above the models, runs the model on the text and
 * notes whether it ran out of memory. The smallest budget that runs is the text's need. Run it with
 * the serial collector and a small young generation, so that the ballast can fill the old
 * generation:
 *
 * <pre>
 * cd parallax-core && java -XX:+UseSerialGC -Xmx4g -Xmn64m \
 *   -cp target/test-classes:target/classes:$(cat ../parallax-cli/target/classpath.txt) \
 *   dev.parallax.annotate.corenlp.MemoryBench ner token 1000 2000 5000
 * </pre>
 *
 * <p>Stages (each includes those before it, as CoreNLP runs them): {@code tokenize} (tokenize,
 * ssplit), {@code pos}, {@code lemma}, {@code ner} (the annotate stage's own pipeline, profile
 * NAMES), {@code sutime} (the time stage's engine on tagged sentences: SUTime alone measured),
 * {@code parse} (the dependency parser on one tagged sentence: the parser alone measured). Shapes:
 * {@code token} (one token of N letters), {@code url} (one URL of N characters), {@code sentence}
 * (one sentence of N ordinary words without a full stop), {@code tokens} (tokens of N letters
 * filling a body of {@code SizeBounds.MAX_BODY_CHARS}), {@code document} (N ordinary words in
 * sentences of 20 words, paragraphs of 5 sentences). Texts are generated from a fixed seed.
 */
public final class MemoryBench {
  private static final int MB = 1 << 20;
  private static final int CHUNK = 256 * 1024;
  private static final String[] WORDS = {
    "the", "minister", "said", "talks", "would", "resume", "in", "Belgrade", "on", "Monday",
    "after", "officials", "from", "both", "sides", "met", "with", "European", "envoys", "and",
    "agreed", "to", "a", "new", "round", "of", "negotiations", "over", "border", "crossings"
  };

  private static List<byte[]> ballast;

  private MemoryBench() {}

  public static void main(String[] args) {
    String stage = args[0];
    String shape = args[1];
    Work work = work(stage);
    System.out.printf(
        Locale.ROOT,
        "stage=%s shape=%s maxHeap=%d MB models=%d MB%n",
        stage,
        shape,
        Runtime.getRuntime().maxMemory() / MB,
        usedAfterGc() / MB);
    boolean bisect = Boolean.getBoolean("bisect");
    for (int i = 2; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      Runnable run = work.prepare(text(shape, size));
      long baseline = usedAfterGc();
      resetPeaks();
      long t0 = System.nanoTime();
      boolean ok = fits(Runtime.getRuntime().maxMemory() - baseline, baseline, run);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (!ok) {
        System.out.printf(Locale.ROOT, "%s %d: out of memory with the whole heap%n", shape, size);
        continue;
      }
      long peak = peakAbove(baseline);
      String bisected = "";
      if (bisect) {
        // Bisection on the free heap above the baseline, to 16 MB.
        long lo = 0;
        long hi = Math.min(Runtime.getRuntime().maxMemory() - baseline, 2 * peak + 16L * MB);
        while (hi - lo > 16L * MB) {
          long mid = (lo + hi) / 2;
          if (fits(mid, baseline, run)) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        bisected = String.format(Locale.ROOT, ", runs in %d MB free", hi / MB);
      }
      System.out.printf(
          Locale.ROOT,
          "%s %d: peak %d MB above the models%s (one run %d ms)%n",
          shape,
          size,
          peak / MB,
          bisected,
          ms);
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The heap's peak use during the run above {@code baseline}: the old generation's peak (what
   * survived a young collection, so at most the live set plus garbage promoted before it died) plus
   * the whole young generation.
   */
  private static long peakAbove(long baseline) {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return Math.max(0, peak - baseline);
  }

  /** Whether {@code run} completes with only {@code budget} bytes free above {@code baseline}. */
  private static boolean fits(long budget, long baseline, Runnable run) {
    long fill = Runtime.getRuntime().maxMemory() - baseline - budget;
    ballast = new ArrayList<>();
    try {
      for (long b = 0; b < fill; b += CHUNK) {
        ballast.add(new byte[CHUNK]);
      }
      run.run();
      return true;
    } catch (OutOfMemoryError e) {
      return false;
    } finally {
      ballast = null;
      usedAfterGc();
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static String text(String shape, int n) {
    Random random = new Random(15);
    StringBuilder b = new StringBuilder("Officials met on Monday.\n\n");
    switch (shape) {
      case "token" -> {
        for (int i = 0; i < n; i++) {
          b.append((char) ('a' + random.nextInt(26)));
        }
        b.append(" is one word.");
      }
      case "url" -> {
        b.append("See https://example.com/");
        while (b.length() < n + 26) {
          b.append(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT))
              .append(random.nextInt(4) == 0 ? "/" : random.nextBoolean() ? "-" : "_");
        }
        b.append(" for the text.");
      }
      case "sentence" -> {
        for (int i = 0; i < n; i++) {
          b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
      }
      case "document" -> {
        for (int i = 0; i < n; i++) {
          b.append(WORDS[random.nextInt(WORDS.length)]);
          b.append(i % 100 == 99 ? ".\n\n" : i % 20 == 19 ? ". " : " ");
        }
      }
      case "tokens" -> {
        // tokens of n letters, as many as fill a body of the size limit
        while (b.length() < dev.parallax.clean.SizeBounds.MAX_BODY_CHARS - n) {
          for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
          }
          b.append(' ');
        }
      }
      default -> throw new IllegalArgumentException("shape " + shape);
    }
    return b.toString();
  }

  private interface Work {
    Runnable prepare(String text);
  }

  private static Work work(String stage) {
    return switch (stage) {
      case "tokenize" -> pipeline("tokenize,ssplit");
      case "pos" -> pipeline("tokenize,ssplit,pos");
      case "lemma" -> pipeline("tokenize,ssplit,pos,lemma");
      case "ner" -> {
        StanfordCoreNLP p = new StanfordCoreNLP(PipelineConfig.forProfile(Profile.NAMES));
        yield text -> () -> p.annotate(new Annotation(text));
      }
      case "sutime" -> {
        SutimeEngine engine = new SutimeEngine();
        PartialDate day = PartialDate.parse("2026-12-04");
        yield text -> {
          List<Sentence> sentences = CoreNlpAnnotators.posTaggedSentences(text);
          return () -> engine.find(text, sentences, day);
        };
      }
      case "parse" -> {
        StanfordCoreNLP tagger = new StanfordCoreNLP(PipelineConfig.forProfile(Profile.LEXICAL));
        DependencyParser parser =
            DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        yield text -> {
          Annotation doc = new Annotation(text);
          tagger.annotate(doc);
          List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
          List<CoreLabel> longest =
              sentences.stream()
                  .map(s -> s.get(CoreAnnotations.TokensAnnotation.class))
                  .max(java.util.Comparator.comparingInt(List::size))
                  .orElseThrow();
          return () -> parser.predict(longest);
        };
      }
      default -> throw new IllegalArgumentException("stage " + stage);
    };
  }

  private static Work pipeline(String annotators) {
    Properties p = PipelineConfig.forProfile(Profile.TOKENS);
    p.setProperty("annotators", annotators);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    return text -> () -> pipeline.annotate(new Annotation(text));
  }
}
