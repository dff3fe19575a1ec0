package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.clean.ArticleCleaner;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.MediaType;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import dev.parallax.pipeline.Models;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed reports (read from {@code ../shared}, skipped without it): every direct quotation is
 * attributed to one of the people and institutions who speak in them, and each of the named
 * speakers is found. Logs each quotation's speaker and kind (never its text) for review.
 */
class SeedQuotesTest {
  private static final Logger LOG = LoggerFactory.getLogger(SeedQuotesTest.class);
  private static final List<String> SPEAKERS =
      List.of(
          "osmani",
          "zakharova",
          "lavrov",
          "haradinaj",
          "shapovalov",
          "engelhardt",
          "rtk",
          "radio television of kosovo",
          "ministry",
          "embassy",
          "kosovo",
          "russia");

  static Article clean(Path file) throws IOException {
    MediaType type = file.toString().endsWith(".html") ? MediaType.HTML : MediaType.TEXT;
    RawDocument doc =
        RawDocument.of(file.toString(), Files.readAllBytes(file), type, null, SourceMetadata.NONE);
    ArticleRecord record = new ArticleCleaner().clean(doc);
    return record instanceof Article a ? a : null;
  }

  @Test
  void directQuotesOfTheSeedsHaveTheirRealSpeakers() throws IOException {
    Path seeds = Path.of(System.getProperty("parallax.shared", "../shared"), "corpora", "seeds");
    assumeTrue(Files.isDirectory(seeds), "no seed corpus");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    QuoteExtractor extractor = new QuoteExtractor();
    ActorResolver tagger = new ActorResolver(KnowledgeBase.builtIn());
    List<String> directSpeakers = new ArrayList<>();
    for (Path file : files) {
      Article article = clean(file);
      if (article == null) {
        continue;
      }
      AnnotatedArticle annotated = Models.shared().annotator().annotate(article);
      for (ExtractedQuote q : extractor.extract(annotated, tagger.tag(annotated))) {
        String name = String.valueOf(q.quote().speaker().name());
        LOG.info(
            "seed {} {} {} speaker={}",
            file.getFileName(),
            q.quote().start(),
            q.quote().kind().wireName(),
            name);
        if (q.quote().kind() == QuoteKind.DIRECT) {
          directSpeakers.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    LOG.info("seeds: {} direct quotes, speakers {}", directSpeakers.size(), directSpeakers);
    // Measured 2026-11-22: 29 direct quotes, each with one of these speakers.
    assertThat(directSpeakers).hasSizeGreaterThanOrEqualTo(25);
    assertThat(directSpeakers).allSatisfy(name -> assertThat(SPEAKERS).anyMatch(name::contains));
    for (String person :
        List.of("osmani", "zakharova", "lavrov", "haradinaj", "shapovalov", "engelhardt")) {
      assertThat(directSpeakers).as(person).anyMatch(n -> n.contains(person));
    }
    assertThat(directSpeakers).as("RTK").anyMatch(n -> n.contains("radio television of kosovo"));
    assertThat(directSpeakers).as("a ministry").anyMatch(n -> n.contains("ministry"));
  }
}
