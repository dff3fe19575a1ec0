package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityMergeEvaluationTest {
  private static final String BODY =
      "Ana Lupu met Lupu. Then Dan Rusu and Rusu left. Orhei waited.";

  private static ActorKey key(String name) {
    return new ActorKey.Name(EntityType.PERSON, name);
  }

  private static ActorMention mention(String text, int from, String key) {
    int start = BODY.indexOf(text, from);
    return new ActorMention(
        start,
        start + text.length(),
        text,
        0,
        key(key),
        text,
        EntityType.PERSON,
        null,
        ActorMention.How.NAME);
  }

  @Test
  void countsPairsOfKeyNamesJoinedBySystemAndKey() {
    Article article = new Article("a", "a.txt", null, null, null, null, "en", BODY, List.of());
    // The system joins both Lupu mentions, splits Dan Rusu from Rusu, and wrongly joins Rusu
    // with Lupu; Orhei, a key name, has no mention.
    ArticleActors actors =
        new ArticleActors(
            "a",
            List.of(
                mention("Ana Lupu", 0, "lupu"),
                mention("Lupu", 5, "lupu"),
                mention("Dan Rusu", 0, "dan"),
                mention("Rusu", 30, "lupu")));
    LinkedEntities linked =
        new LinkedEntities(List.of(), Map.of(key("lupu"), "e1", key("dan"), "e2"));
    List<EntityMergeEvaluation.GoldEntity> key =
        List.of(
            new EntityMergeEvaluation.GoldEntity("Ana Lupu", List.of("Ana Lupu", "Lupu")),
            new EntityMergeEvaluation.GoldEntity("Dan Rusu", List.of("Dan Rusu", "Rusu", "he")),
            new EntityMergeEvaluation.GoldEntity("Orhei", List.of("Orhei")));
    EntityMergeEvaluation.Score s =
        EntityMergeEvaluation.score(List.of(article), List.of(actors), linked, key);
    assertThat(s.occurrences()).isEqualTo(5);
    assertThat(s.found()).isEqualTo(4);
    // system pairs: {Ana Lupu, Lupu, Rusu} = 3 pairs, 1 true; key pairs: 1 + 1 = 2
    assertThat(s.predictedPairs()).isEqualTo(3);
    assertThat(s.goldPairs()).isEqualTo(2);
    assertThat(s.truePairs()).isEqualTo(1);
    assertThat(s.precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.summary()).startsWith("{\"task\":\"actors\",\"merge_precision\":0.3333");
  }
}
