package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.builtIn());
  private static final NameVariants V = NameVariants.builtIn();

  /** One article whose body is its names separated by ". ", each a mention. */
  private static ArticleActors article(String id, String... names) {
    List<ActorMention> out = new ArrayList<>();
    int at = 0;
    for (String n : names) {
      String key = n.startsWith("kb:") ? n.substring(0, n.indexOf('|')) : null;
      String text = key == null ? n : n.substring(n.indexOf('|') + 1);
      EntityType type =
          key != null && key.startsWith("kb:country:") ? EntityType.COUNTRY : EntityType.PERSON;
      String name = key == null ? text : key.equals("kb:country:RUS") ? "Russia" : text;
      String actor = key != null && key.startsWith("kb:country:") ? "RUSGOV" : null;
      out.add(
          new ActorMention(
              at,
              at + text.length(),
              text,
              0,
              key != null ? key : "name:PERSON:" + V.variant(text),
              name,
              type,
              actor,
              ActorMention.How.NAME));
      at += text.length() + 2;
    }
    return new ArticleActors(id, out);
  }

  private static Entity withAlias(LinkedEntities linked, String alias) {
    return linked.entities().stream()
        .filter(e -> e.aliases().contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError(alias + " in " + linked.entities()));
  }

  @Test
  void transliterationsOfAFullNameAreOneEntityAcrossArticles() {
    LinkedEntities linked =
        LINKER.link(
            List.of(
                article("a1", "Nikolai Gritsenko"),
                article("a2", "Mikalai Hrytsenka", "Hrytsenka"),
                article("a3", "Alena Kovalevskaya"),
                article("a4", "Elena Kavaleuskaya")));
    assertThat(withAlias(linked, "Nikolai Gritsenko"))
        .isEqualTo(withAlias(linked, "Mikalai Hrytsenka"))
        .isEqualTo(withAlias(linked, "Hrytsenka"));
    assertThat(withAlias(linked, "Alena Kovalevskaya"))
        .isEqualTo(withAlias(linked, "Elena Kavaleuskaya"));
    assertThat(linked.entities()).hasSize(2);
  }

  @Test
  void differentPeopleSharingASurnameStayApart() {
    LinkedEntities linked =
        LINKER.link(
            List.of(
                article("a1", "Ivan Petrov"),
                article("a2", "Pavel Petrov"),
                article("a3", "Petrov"),
                article("a4", "Olga Petrova"),
                article("a5", "Oleg Petrov")));
    assertThat(withAlias(linked, "Ivan Petrov")).isNotEqualTo(withAlias(linked, "Pavel Petrov"));
    assertThat(withAlias(linked, "Petrov"))
        .isNotEqualTo(withAlias(linked, "Ivan Petrov"))
        .isNotEqualTo(withAlias(linked, "Pavel Petrov"));
    assertThat(withAlias(linked, "Olga Petrova")).isNotEqualTo(withAlias(linked, "Oleg Petrov"));
  }

  @Test
  void aSurnameAloneJoinsTheOnlyFullNameWithIt() {
    LinkedEntities linked =
        LINKER.link(List.of(article("a1", "Dorin Vulpe"), article("a2", "Vulpe")));
    assertThat(withAlias(linked, "Vulpe")).isEqualTo(withAlias(linked, "Dorin Vulpe"));
  }

  @Test
  void entitiesHaveStableIdsCanonicalNamesBaseCodesAndMentions() {
    List<ArticleActors> corpus =
        List.of(
            article("a1", "kb:country:RUS|Moscow", "Anna Lis"),
            article("a2", "kb:country:RUS|the Kremlin"));
    LinkedEntities linked = LINKER.link(corpus);
    Entity russia = withAlias(linked, "Moscow");
    assertThat(russia.name()).isEqualTo("Russia");
    assertThat(russia.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(russia.actor()).isEqualTo("RUS");
    assertThat(russia.aliases()).containsExactly("Moscow", "the Kremlin");
    assertThat(russia.mentions()).extracting(m -> m.article()).containsExactly("a1", "a2");
    assertThat(LINKER.link(corpus).entities()).isEqualTo(linked.entities());
    ActorMention kremlin = corpus.get(1).mentions().get(0);
    assertThat(linked.entityOf("a2", kremlin)).contains(russia.id());
  }
}
