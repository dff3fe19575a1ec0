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

  /**
   * @param predictions folder to write each text's predictions to as {@code <name>.tsv} (content
   *     start, end, speaker start, end, kind, cue), or null
   */
  public QuoteEvaluation(
      Annotator annotator, ActorTagger actors, QuoteExtractor extractor, Path predictions) {
    this.annotator = annotator;
    this.actors = actors;
    this.extractor = extractor;
    this.predictions = predictions;
  }

  /** The summed score over every text of {@code dir} that has an attribution file. */
  public QuoteScore run(Path dir) throws IOException {
    return run(dir, Half.ALL);
  }

  /**
   * The summed score over the texts of {@code dir} in {@code half} that have an attribution file.
   */
  public QuoteScore run(Path dir, Half half) throws IOException {
    QuoteScore total = QuoteScore.empty();
    List<Path> texts = texts(dir.resolve("text"));
    for (int i = 0; i < texts.size(); i++) {
      Path text = texts.get(i);
      Path ann = goldFor(dir.resolve("attributions"), text);
      if (ann != null && half.holds(i + 1)) {
        total = total.plus(score(text, ann));
      }
    }
    return total;
  }

  /**
   * Which texts to score, by their position counted from 1 in name order: the even ones are the
   * half the extractor is tuned on, the odd ones are held out (never inspected while tuning).
   */
  public enum Half {
    ALL,
    EVEN,
    ODD;

    boolean holds(int position) {
      return this == ALL || (position % 2 == 0) == (this == EVEN);
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
      predicted.add(new QuoteScore.Predicted(q.quote().span(), q.speakerSpan()));
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
