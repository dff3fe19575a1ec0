package dev.parallax.pipeline;

import static dev.parallax.pipeline.Layer.ACTORS;
import static dev.parallax.pipeline.Layer.ARTICLE;
import static dev.parallax.pipeline.Layer.COREF;
import static dev.parallax.pipeline.Layer.EVENTS;
import static dev.parallax.pipeline.Layer.NAMES;
import static dev.parallax.pipeline.Layer.PARSE;
import static dev.parallax.pipeline.Layer.PUBLISHED;
import static dev.parallax.pipeline.Layer.QUOTES;
import static dev.parallax.pipeline.Layer.SCARE_QUOTES;
import static dev.parallax.pipeline.Layer.SOURCE;
import static dev.parallax.pipeline.Layer.TAGS;
import static dev.parallax.pipeline.Layer.TEXT;
import static dev.parallax.pipeline.Layer.TIMES;
import static dev.parallax.pipeline.Layer.TOKENS;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.Rejection;
import dev.parallax.quotes.QuoteExtractor;
import java.util.Set;

/** The per-article stages of {@link Pipeline#standard}: thin adapters over each stage's engine. */
final class PerArticleStages {
  private PerArticleStages() {}

  /** Decodes the input's bytes to text; rejects an empty or binary input. */
  record Decode() implements ArticleStage {
    @Override
    public String name() {
      return "decode";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(SOURCE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(TEXT);
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      ArticleCleaner.Decoding decoding = ArticleCleaner.decode(doc.source());
      return decoding.text() == null
          ? doc.rejected(decoding.rejected())
          : doc.withText(decoding.text());
    }
  }

  /** Cleans the text into an article; rejects a page that holds no article text. */
  record Clean(ArticleCleaner cleaner) implements ArticleStage {
    @Override
    public String name() {
      return "clean";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(SOURCE, TEXT);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(ARTICLE);
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      ArticleRecord record = cleaner.clean(doc.source(), doc.text());
      return record instanceof Article article
          ? doc.withArticle(article)
          : doc.rejected(((Rejection) record).rejected());
    }
  }

  /** Sentences, tokens, tags, names, cue-sentence parses and coreference. */
  record Annotate(Models models) implements ArticleStage {
    @Override
    public String name() {
      return "annotate";
    }

    @Override
    public boolean englishOnly() {
      return true;
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(TOKENS, TAGS, NAMES, PARSE, COREF);
    }

    @Override
    public void prepare() {
      models.annotator();
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      return doc.withAnnotation(models.annotator().annotate(doc.article(), diagnostics));
    }
  }

  /** Time expressions, and a publication date inferred from them where the page gave none. */
  record Time(Models models) implements ArticleStage {
    @Override
    public String name() {
      return "time";
    }

    @Override
    public boolean englishOnly() {
      return true;
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, TOKENS, TAGS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(TIMES, PUBLISHED);
    }

    @Override
    public void prepare() {
      models.times();
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      return doc.withAnnotation(models.times().resolve(doc.annotation(), diagnostics));
    }
  }

  /** Actor mentions resolved against the knowledge base. */
  record Actors(Models models) implements ArticleStage {
    @Override
    public String name() {
      return "actors";
    }

    @Override
    public boolean englishOnly() {
      return true;
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(TOKENS, TAGS, NAMES, PARSE, COREF, PUBLISHED);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(ACTORS);
    }

    @Override
    public void prepare() {
      models.actors();
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      return doc.withActors(models.actors().tag(doc.annotation(), diagnostics));
    }
  }

  /** Article-level events, CAMEO-coded and dated. */
  record Events(Models models) implements ArticleStage {
    @Override
    public String name() {
      return "events";
    }

    @Override
    public boolean englishOnly() {
      return true;
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(PARSE, TIMES, ACTORS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(EVENTS);
    }

    @Override
    public void prepare() {
      models.events();
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      return doc.withEvents(models.events().extract(doc.annotation(), doc.actors(), diagnostics));
    }
  }

  /** Quotes and reported statements with their speakers, and the outlet's scare quotes. */
  record Quotes(Models models) implements ArticleStage {
    @Override
    public String name() {
      return "quotes";
    }

    @Override
    public boolean englishOnly() {
      return true;
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(PARSE, ACTORS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(QUOTES, SCARE_QUOTES);
    }

    @Override
    public void prepare() {
      models.quotes();
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      return doc.withQuotes(
          models.quotes().extract(doc.annotation(), doc.actors(), diagnostics),
          QuoteExtractor.scareQuotes(doc.article().body()));
    }
  }

  /** No names, events or quotes: the extraction layers, empty ({@link Pipeline#withoutModels}). */
  record NothingExtracted() implements ArticleStage {
    @Override
    public String name() {
      return "no-extraction";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(ACTORS, EVENTS, QUOTES, SCARE_QUOTES);
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      return doc.withActors(
              new dev.parallax.actors.ArticleActors(doc.article().id(), java.util.List.of()))
          .withEvents(java.util.List.of())
          .withQuotes(java.util.List.of(), java.util.List.of());
    }
  }
}
