package dev.parallax.pipeline;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A batch of 50 small text documents through the real decode and clean stages and cheap stand-ins
 * for the later per-article stages (no CoreNLP), with one fault injected into one stage for one
 * document. Its {@link #main} runs it in a forked JVM, where a real allocation exhausts a small
 * heap.
 */
final class FaultyBatch {
  static final int SIZE = 50;

  /** The document the fault strikes, in the middle of the batch. */
  static final String TARGET = "doc-25.txt";

  /** The per-article stages of the batch, in order. */
  static final List<String> STAGES =
      List.of("decode", "clean", "annotate", "time", "actors", "events", "quotes");

  enum Fault {
    NONE,
    RUNTIME,
    CHECKED,
    STACK_OVERFLOW,
    THROWN_OUT_OF_MEMORY,
    /** allocates until the heap runs out, for real */
    ALLOCATE,
    /** the target always runs out of memory, the document after it only the first time */
    BYSTANDER
  }

  private FaultyBatch() {}

  static void writeInputs(Path in) throws IOException {
    Files.createDirectories(in);
    for (int i = 0; i < SIZE; i++) {
      Files.writeString(
          in.resolve(String.format("doc-%02d.txt", i)),
          "Report "
              + i
              + " on the harbour\n\nThe harbour in district "
              + i
              + " reopened on Monday, officials said. Residents were told to expect delays for "
              + (i + 2)
              + " days.\n");
    }
  }

  /** Runs the batch from {@code in} into {@code out} with {@code fault} in {@code stage}. */
  static void run(Path in, Path out, String stage, Fault fault, int threads) throws IOException {
    new Analysis(
            new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS),
            new AnalysisOptions(out, Until.CLEAN, threads),
            null,
            pipeline(stage, fault))
        .run(List.of(in), Progress.NONE);
  }

  static Pipeline pipeline(String faulty, Fault fault) {
    Models models = Models.shared();
    List<ArticleStage> stages = new ArrayList<>();
    stages.add(new PerArticleStages.Decode());
    stages.add(new PerArticleStages.Clean(new ArticleCleaner(models.rules())));
    for (String name : STAGES.subList(2, STAGES.size())) {
      stages.add(new StandIn(name));
    }
    List<ArticleStage> injected = new ArrayList<>();
    for (ArticleStage s : stages) {
      injected.add(s.name().equals(faulty) ? new Faulty(s, fault) : s);
    }
    return new Pipeline(injected, List.of());
  }

  /** A later stage's stand-in: reports a diagnostic on some documents, changes nothing. */
  private record StandIn(String name) implements ArticleStage {
    @Override
    public Set<Layer> reads() {
      return Set.of(Layer.ARTICLE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public Document apply(Document document, Diagnostics diagnostics) {
      if (document.source().source().endsWith("7.txt")) {
        diagnostics.report(name + " went on from a problem in " + document.article().id());
      }
      return document;
    }
  }

  /** {@code stage}, failing with {@code fault} on the target document. */
  private static final class Faulty implements ArticleStage {
    private final ArticleStage stage;
    private final Fault fault;
    private final Set<String> struck = ConcurrentHashMap.newKeySet();

    Faulty(ArticleStage stage, Fault fault) {
      this.stage = stage;
      this.fault = fault;
    }

    @Override
    public String name() {
      return stage.name();
    }

    @Override
    public Set<Layer> reads() {
      return stage.reads();
    }

    @Override
    public Set<Layer> produces() {
      return stage.produces();
    }

    @Override
    public Document apply(Document document, Diagnostics diagnostics) {
      String source = Path.of(document.source().source()).getFileName().toString();
      if (fault == Fault.BYSTANDER && source.equals("doc-26.txt") && struck.add(source)) {
        throw new OutOfMemoryError("Java heap space (struck the wrong thread)");
      }
      if (source.equals(TARGET)) {
        fail();
      }
      return stage.apply(document, diagnostics);
    }

    private void fail() {
      switch (fault) {
        case NONE -> {}
        case RUNTIME -> throw new IllegalStateException("injected fault");
        case CHECKED -> FaultyBatch.<RuntimeException>sneaky(new IOException("injected fault"));
        case STACK_OVERFLOW -> recurse(0);
        case THROWN_OUT_OF_MEMORY, BYSTANDER -> throw new OutOfMemoryError("Java heap space");
        case ALLOCATE -> {
          List<long[]> held = new ArrayList<>();
          while (true) {
            held.add(new long[1 << 17]);
          }
        }
      }
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** Runs the batch: {@code IN OUT STAGE FAULT THREADS}; exits 0 when the run finished. */
  public static void main(String[] args) throws IOException {
    run(
        Path.of(args[0]),
        Path.of(args[1]),
        args[2],
        Fault.valueOf(args[3]),
        Integer.parseInt(args[4]));
  }
}
