package dev.parallax.actors;

import dev.parallax.annotate.Annotator;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.pipeline.Models;
import dev.parallax.testing.CorpusFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entities of a corpus folder: its articles in source order, annotated (profile FULL),
 * actor-tagged and linked across articles, as {@code parallax eval actors} reads a folder.
 */
final class CorpusEntities {
  private CorpusEntities() {}

  static List<Entity> of(Path dir) throws IOException {
    KnowledgeBase kb = KnowledgeBase.builtIn();
    List<Article> articles = new ArrayList<>(CorpusFolder.articles(dir));
    articles.sort(Comparator.comparing(Article::source));
    Annotator annotator = Models.shared().annotator();
    ActorResolver resolver = new ActorResolver(kb);
    List<ArticleActors> actors =
        articles.stream().map(a -> resolver.tag(annotator.annotate(a))).toList();
    return new EntityLinker(kb).link(actors).entities();
  }
}
