package dev.parallax.eval;

import dev.parallax.actors.ActorTagger;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the quotes stage on a PolNeAR split: {@code text/<name>.txt} and {@code
 * attributions/<name>_<annotator>.ann}. Each text is annotated, tagged for actors and its quotes
 * extracted; when a text has several annotators' files, the first in name order is the gold.
 */
public final class QuoteEvaluation {
  private final Annotator annotator;
  private final ActorTagger actors;
  private final QuoteExtractor extractor;
  private final Path predictions;
  private boolean byCue;

  /**
   * @param predictions folder to write each text's predictions to as {@code <name>.tsv} (content
   *     start, end, speaker start, end, kind, cue, speaker, sieve, reported in), or null
   */
  public QuoteEvaluation(
      Annotator annotator, ActorTagger actors, QuoteExtractor extractor, Path predictions) {
    this.annotator = annotator;
    this.actors = actors;
    this.extractor = extractor;
    this.predictions = predictions;
  }

  /**
   * Counts each sieve's statements by cue too ("reported/stance-object pledged"): which cue words
   * pay, to draw word classes from the training split.
   */
  public QuoteEvaluation byCue() {
    this.byCue = true;
    return this;
  }

  /** The summed score over every text of {@code dir} that has an attribution file. */
  public QuoteScore run(Path dir) throws IOException {
    return run(dir, Half.ALL);
  }

  /**
   * The summed score over the texts of {@code dir} in {@code half} that have an attribution file.
   */
  public QuoteScore run(Path dir, Half half) throws IOException {
    return QuoteScore.sum(scores(dir, half, 0, Integer.MAX_VALUE));
  }

  /**
   * Each text's score, in name order, over the first {@code limit} texts of {@code dir} in {@code
   * half} that have an attribution file, after the first {@code skip} texts in name order.
   */
  public List<QuoteScore> scores(Path dir, Half half, int skip, int limit) throws IOException {
    List<QuoteScore> out = new ArrayList<>();
    List<Path> texts = texts(dir.resolve("text"));
    for (int i = skip; i < texts.size() && out.size() < limit; i++) {
      Path text = texts.get(i);
      Path ann = goldFor(dir.resolve("attributions"), text);
      String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
      if (ann != null && half.holds(i + 1, id)) {
        out.add(score(text, ann));
      }
    }
    return out;
  }

  /**
   * Which texts to score. EVEN and ODD count positions from 1 in name order: the even ones are the
   * half the extractor's first rounds were tuned on, the odd ones were held out from them. TUNE and
   * HELD_OUT split the texts once by name, as {@link CleanEvaluation.Part} splits pages (held out
   * when the first four bytes of SHA-256 of the name without {@code .txt} are divisible by 3): no
   * rule is written from the held-out part.
   */
  public enum Half {
    ALL,
    EVEN,
    ODD,
    TUNE,
    HELD_OUT;

    boolean holds(int position, String id) {
      return switch (this) {
        case ALL -> true;
        case EVEN -> position % 2 == 0;
        case ODD -> position % 2 == 1;
        case TUNE -> !CleanEvaluation.Part.heldOut(id);
        case HELD_OUT -> CleanEvaluation.Part.heldOut(id);
      };
    }
  }

  private QuoteScore score(Path textFile, Path annFile) throws IOException {
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    List<BratAttributions.Gold> gold =
        BratAttributions.read(Files.readString(annFile, StandardCharsets.UTF_8), text);
    String name = textFile.getFileName().toString();
    Article article =
        new Article(ContentId.of('a', name), name, null, null, null, null, "en", text, List.of());
    AnnotatedArticle annotated = annotator.annotate(article);
    List<QuoteScore.Predicted> predicted = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (ExtractedQuote q : extractor.extract(annotated, actors.tag(annotated))) {
      // A statement reported inside another ("X said that Y believed Z": Y's) is scored with the
      // outer one only: measured on dev, PolNeAR marks few of them as attributions of their own
      // (docs/quotes.md, Nested statements).
      if (q.quote().reportedIn() == null) {
        String sieve = q.quote().sieve();
        if (byCue) {
          sieve = sieve + " " + String.valueOf(q.quote().cue()).toLowerCase(Locale.ROOT);
        }
        predicted.add(new QuoteScore.Predicted(q.quote().span(), q.speakerSpan(), sieve));
      }
      lines.append(line(q));
    }
    if (predictions != null) {
      Files.createDirectories(predictions);
      Files.writeString(predictions.resolve(name.replaceFirst("\\.txt$", ".tsv")), lines);
    }
    return QuoteScore.of(text, gold, predicted);
  }

  private static String line(ExtractedQuote q) {
    String speaker =
        q.speakerSpan() == null ? "-1\t-1" : q.speakerSpan().start() + "\t" + q.speakerSpan().end();
    return q.quote().start()
        + "\t"
        + q.quote().end()
        + "\t"
        + speaker
        + "\t"
        + q.quote().kind().wireName()
        + "\t"
        + q.quote().cue()
        + "\t"
        + q.quote().speaker().name()
        + "\t"
        + q.quote().sieve()
        + "\t"
        + q.quote().reportedIn()
        + "\n";
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Path goldFor(Path dir, Path text) throws IOException {
    String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p ->
                  p.getFileName()
                      .toString()
                      .matches(java.util.regex.Pattern.quote(stem) + "_[^_]+\\.ann"))
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }
}
