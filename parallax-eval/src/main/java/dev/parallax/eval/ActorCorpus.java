package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.EntityLinker;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.annotate.Annotator;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A folder of articles with its {@code manifest.csv}, read, cleaned, annotated, actor-tagged and
 * linked into entities: what the actor evaluations score. Articles are in source order.
 *
 * @param articles the cleaned articles (rejected inputs left out)
 * @param actors each article's actor mentions
 * @param linked the entities of the folder
 */
public record ActorCorpus(
    List<Article> articles, List<ArticleActors> actors, LinkedEntities linked) {
  public ActorCorpus {
    articles = List.copyOf(articles);
    actors = List.copyOf(actors);
  }

  /**
   * Reads {@code dir}.
   *
   * @throws IOException when the manifest cannot be read
   */
  public static ActorCorpus read(Path dir, Annotator annotator, KnowledgeBase kb)
      throws IOException {
    List<Article> articles = new ArrayList<>(CorpusFolder.articles(dir));
    articles.sort(Comparator.comparing(Article::source));
    ActorResolver resolver = new ActorResolver(kb);
    List<ArticleActors> actors =
        articles.stream().map(a -> resolver.tag(annotator.annotate(a))).toList();
    return new ActorCorpus(articles, actors, new EntityLinker(kb).link(actors));
  }

  /**
   * The {@code entities} of an answer key such as {@code examples/.answers.json}: objects with a
   * {@code name} and a list of {@code aliases}.
   *
   * @throws IOException when the file cannot be read or is not JSON
   */
  public static List<EntityMergeEvaluation.GoldEntity> readKey(Path answers) throws IOException {
    JsonNode root = Jsonl.mapper().readTree(Files.readString(answers));
    List<EntityMergeEvaluation.GoldEntity> key = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> aliases = new ArrayList<>();
      e.path("aliases").forEach(a -> aliases.add(a.asText()));
      key.add(new EntityMergeEvaluation.GoldEntity(e.path("name").asText(), aliases));
    }
    return key;
  }

  /** The pairwise merge score of this corpus's entities against {@code key}. */
  public EntityMergeEvaluation.Score score(List<EntityMergeEvaluation.GoldEntity> key) {
    return EntityMergeEvaluation.score(articles, actors, linked, key);
  }
}
