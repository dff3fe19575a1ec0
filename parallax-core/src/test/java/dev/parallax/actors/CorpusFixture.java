package dev.parallax.actors;

import dev.parallax.annotate.Profile;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A folder of articles with a manifest, cleaned, annotated, tagged and linked, for tests. */
record CorpusFixture(List<Article> articles, List<ArticleActors> actors, LinkedEntities linked) {
  static CorpusFixture of(Path dir) throws IOException {
    List<IngestItem> items = new ArrayList<>();
    new Ingestor(Manifest.read(dir.resolve("manifest.csv")), IngestOptions.DEFAULTS)
        .read(List.of(dir), items::add);
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> articles = new ArrayList<>();
    for (IngestItem item : items) {
      if (item instanceof RawDocument doc && cleaner.clean(doc) instanceof Article a) {
        articles.add(a);
      }
    }
    articles.sort(Comparator.comparing(Article::source));
    ActorResolver resolver = new ActorResolver(KnowledgeBase.builtIn());
    List<ArticleActors> actors =
        articles.stream()
            .map(a -> resolver.tag(CoreNlpAnnotators.shared(Profile.FULL).annotate(a)))
            .toList();
    return new CorpusFixture(
        articles, actors, new EntityLinker(KnowledgeBase.builtIn()).link(actors));
  }
}
