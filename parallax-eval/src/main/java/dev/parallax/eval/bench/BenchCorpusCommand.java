package dev.parallax.eval.bench;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.eval.BasilCorpus;
import dev.parallax.eval.ClusterScores;
import dev.parallax.eval.TimemlDocument;
import dev.parallax.eval.TimemlReader;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import dev.parallax.stories.CopyDetector;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench corpus}: time per article and heap of story grouping for growing corpora of
 * real articles, as ratios to the smallest corpus (so the figure means the same on a loaded and on
 * an idle machine).
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Story grouping time per article and heap for growing corpora of real articles.",
      "The mix: BASIL articles, PolNeAR texts (dev and train), WCXB pages (cleaned) and TempEval"
          + " documents (dated by their DCT), taken in turn from each set, in file order; a corpus"
          + " of N is the first N of the mix. With --replicate, the mix's dated articles are"
          + " copied instead, copy k with its publication date and the years it writes shifted"
          + " back k whole years (29 February becomes the 28th) and a number no profile reads"
          + " appended to each paragraph (so that the boilerplate filter does not drop the copy's"
          + " lines as seen before): each copy meets lookalikes, as real news does.",
      "Per size: wall and CPU ms per article, the ratio of CPU ms per article to the smallest"
          + " size's, the index's heap after a full GC, and the stories made; then the CPU ms per"
          + " article of finding the copies within the stories (articles.jsonl copy_of), its ratio"
          + " to the smallest size's, and the copies found.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax bench corpus --shared ../shared/eval --sizes 200,700,2000",
      "  parallax bench corpus --shared ../shared/eval --replicate --sizes 1000,4000,10000",
      "  parallax bench corpus --shared ../shared/eval --sizes 200,700 --candidates 0"
    })
final class BenchCorpusCommand implements Callable<Integer> {
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared/eval",
      description = "The evaluation sets' folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "200,700,2000",
      description = "Corpus sizes, smallest first (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--replicate", description = "Replicate the mix's dated articles (see above).")
  boolean replicate;

  @Option(
      names = "--candidates",
      paramLabel = "N",
      description = "Candidate stories per article; 0: the exhaustive search (default: tuned).")
  Integer candidates;

  @Option(
      names = "--compare-exhaustive",
      description =
          "At each size also group with the exhaustive search (every story compared): its CPU ms"
              + " per article, and the B-cubed P/R/F1 of the candidate search's stories against"
              + " its stories.")
  boolean compareExhaustive;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> mix = mix();
    out.printf(Locale.ROOT, "mix: %d articles (%d dated)%n", mix.size(), dated(mix).size());
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Article> corpus = replicate ? replicated(dated(mix), largest) : mix;
    StoryOptions options = StoryOptions.DEFAULTS;
    if (candidates != null) {
      options = options.withCandidates(candidates, options.indexTerms());
    }
    KnowledgeBase kb = KnowledgeBase.builtIn();
    new StoryGrouper(kb, options).group(corpus.subList(0, Math.min(100, corpus.size()))); // warm
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("bench", "corpus");
    figures.put("replicate", replicate);
    figures.put("candidates", options.candidates());
    double base = 0;
    double copyBase = 0;
    for (int n : sizes) {
      if (n > corpus.size()) {
        out.printf(Locale.ROOT, "N=%d: the corpus has only %d articles%n", n, corpus.size());
        continue;
      }
      List<Article> articles = corpus.subList(0, n);
      StoryGrouper grouper = new StoryGrouper(kb, options);
      long heapBefore = usedHeap();
      var threads = ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      StoryIndex index = grouper.newIndex();
      List<Story> stories = grouper.extend(index, articles);
      double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
      double wallMs = (System.nanoTime() - wall0) / 1e6 / n;
      long heap = usedHeap() - heapBefore;
      if (base == 0) {
        base = cpuMs;
      }
      out.printf(
          Locale.ROOT,
          "N=%d\twall %.2f ms/article\tcpu %.2f ms/article\tratio %.2f\theap %.1f MB\tstories %d"
              + " (%d of 2+ articles, largest %d)\tdigest %s%n",
          n,
          wallMs,
          cpuMs,
          cpuMs / base,
          heap / 1e6,
          stories.size(),
          stories.stream().filter(s -> s.articles().size() > 1).count(),
          stories.stream().mapToInt(s -> s.articles().size()).max().orElse(0),
          digest(stories));
      figures.put("cpu_ms_per_article_" + n, round(cpuMs));
      figures.put("ratio_" + n, round(cpuMs / base));
      figures.put("heap_mb_" + n, round(heap / 1e6));
      figures.put("stories_" + n, stories.size());
      Map<String, Article> byId = new java.util.HashMap<>();
      articles.forEach(a -> byId.put(a.id(), a));
      long copies0 = threads.getCurrentThreadCpuTime();
      Map<String, String> found = new CopyDetector().inStories(stories, byId::get);
      double copyMs = (threads.getCurrentThreadCpuTime() - copies0) / 1e6 / n;
      int copies = found.size();
      new java.util.TreeMap<>(found)
          .forEach(
              (copy, original) ->
                  out.printf(
                      Locale.ROOT,
                      "N=%d\tcopy %s (%s) of %s (%s): containment %.3f%n",
                      n,
                      copy,
                      byId.get(copy).source(),
                      original,
                      byId.get(original).source(),
                      CopyDetector.containment(
                          CopyDetector.shingles(byId.get(copy).body()),
                          CopyDetector.shingles(byId.get(original).body()))));
      if (copyBase == 0) {
        copyBase = copyMs;
      }
      out.printf(
          Locale.ROOT,
          "N=%d	copies: cpu %.3f ms/article	ratio %.2f	copies found %d%n",
          n,
          copyMs,
          copyMs / copyBase,
          copies);
      figures.put("copies_cpu_ms_per_article_" + n, Math.round(copyMs * 1000) / 1000.0);
      figures.put("copies_ratio_" + n, round(copyMs / copyBase));
      figures.put("copies_" + n, copies);
      if (compareExhaustive) {
        long c0 = threads.getCurrentThreadCpuTime();
        List<Story> all =
            new StoryGrouper(kb, options.withCandidates(0, options.indexTerms())).group(articles);
        double exhaustiveMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n;
        ClusterScores agreement = ClusterScores.of(membership(stories), membership(all));
        out.printf(
            Locale.ROOT,
            "N=%d	exhaustive: cpu %.2f ms/article, stories %d; candidate vs exhaustive B-cubed"
                + " P/R/F1 %.4f / %.4f / %.4f%n",
            n,
            exhaustiveMs,
            all.size(),
            agreement.bcubed().precision(),
            agreement.bcubed().recall(),
            agreement.bcubed().f1());
        figures.put("exhaustive_cpu_ms_per_article_" + n, round(exhaustiveMs));
        figures.put("agreement_bcubed_f1_" + n, agreement.bcubed().f1());
      }
      if (index.stories().isEmpty()) {
        throw new IllegalStateException("no stories"); // keeps the index reachable until here
      }
    }
    out.println(Jsonl.line(figures));
    return 0;
  }

  private static Map<String, String> membership(List<Story> stories) {
    Map<String, String> out = new java.util.HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> out.put(a, s.id())));
    return out;
  }

  /**
   * A short hash of the stories (ids, titles, members in order): two runs whose digests agree made
   * the same stories.
   */
  static String digest(List<Story> stories) {
    StringBuilder all = new StringBuilder();
    stories.forEach(
        s ->
            all.append(s.id())
                .append('|')
                .append(s.title())
                .append('|')
                .append(s.articles())
                .append('\n'));
    return dev.parallax.model.ContentId.of('d', all.toString());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static List<Article> dated(List<Article> mix) {
    return mix.stream().filter(a -> a.published() != null).toList();
  }

  /** The sets' articles taken in turn, one from each set that still has one. */
  private List<Article> mix() throws IOException {
    List<List<Article>> sets = new ArrayList<>();
    Path basil = shared.resolve("basil");
    if (Files.isDirectory(basil)) {
      sets.add(
          BasilCorpus.read(basil, 1900, 2999).stream().map(BasilCorpus.Item::article).toList());
    }
    for (String dir : List.of("polnear/dev/text", "polnear/train/text", "wcxb-dev-articles/html")) {
      Path p = shared.resolve(dir);
      if (Files.isDirectory(p)) {
        sets.add(BenchCorpus.read(List.of(p), Long.MAX_VALUE));
      }
    }
    Path tempeval = shared.resolve("tempeval3/Training");
    if (Files.isDirectory(tempeval)) {
      List<Article> docs = new ArrayList<>();
      for (Path f : TimemlReader.files(tempeval)) {
        docs.add(timeml(TimemlReader.read(f)));
      }
      sets.add(docs);
    }
    List<Article> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    int longest = sets.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Article> set : sets) {
        if (i < set.size() && ids.add(set.get(i).id())) {
          out.add(set.get(i));
        }
      }
    }
    return out;
  }

  private static Article timeml(TimemlDocument doc) {
    PartialDate published = null;
    try {
      published = doc.dct() == null ? null : PartialDate.parse(doc.dct().substring(0, 10));
    } catch (RuntimeException e) {
      published = null; // a DCT that is no date: leave the document undated
    }
    return new Article(
        "tml-" + doc.id(),
        doc.id(),
        null,
        null,
        published,
        published == null ? null : DateSource.METADATA,
        "en",
        doc.text(),
        List.of());
  }

  /** Copies of {@code dated} until {@code n} articles, copy k shifted back k years. */
  static List<Article> replicated(List<Article> dated, int n) {
    List<Article> out = new ArrayList<>();
    for (int k = 0; out.size() < n && !dated.isEmpty(); k++) {
      for (Article a : dated) {
        if (out.size() == n) {
          break;
        }
        out.add(k == 0 ? a : shifted(a, k));
      }
    }
    return out;
  }

  private static Article shifted(Article a, int k) {
    PartialDate p = a.published();
    int day = p.month() == 2 && p.day() == 29 ? 28 : p.day();
    String mark = " " + (30000 + k);
    String body = shiftYears(a.body(), k).replace("\n\n", mark + "\n\n") + mark;
    return new Article(
        a.id() + "-" + k,
        a.source(),
        a.outlet(),
        a.title() == null ? null : shiftYears(a.title(), k),
        new PartialDate(p.year() - k, p.month(), day),
        a.publishedFrom(),
        a.language(),
        body,
        a.removed());
  }

  private static String shiftYears(String text, int k) {
    Matcher m = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) - k));
    }
    m.appendTail(out);
    return out.toString();
  }
}
