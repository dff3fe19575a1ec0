package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ContentId;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.builtIn());
  private static final NameVariants V = NameVariants.builtIn();

  /** A mention of Russia written as {@code text}. */
  private static ActorMention russia(String text) {
    return new ActorMention(
        0,
        text.length(),
        text,
        0,
        ActorKey.country("RUS"),
        "Russia",
        EntityType.COUNTRY,
        "RUSGOV",
        ActorMention.How.NAME);
  }

  /** A mention of a person the knowledge base does not know, named {@code text}. */
  private static ActorMention person(String text) {
    return new ActorMention(
        0,
        text.length(),
        text,
        0,
        new ActorKey.Name(EntityType.PERSON, V.variant(text)),
        text,
        EntityType.PERSON,
        null,
        ActorMention.How.NAME);
  }

  /** One article of unknown persons whose body is their names separated by ". ". */
  private static ArticleActors article(String id, String... names) {
    return article(
        id, Arrays.stream(names).map(EntityLinkerTest::person).toArray(ActorMention[]::new));
  }

  /** One article whose body is the mentions' texts separated by ". ", each placed there. */
  private static ArticleActors article(String id, ActorMention... mentions) {
    List<ActorMention> out = new ArrayList<>();
    int at = 0;
    for (ActorMention m : mentions) {
      String text = m.text();
      out.add(
          new ActorMention(
              at, at + text.length(), text, 0, m.key(), m.name(), m.type(), m.actor(), m.how()));
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

  /**
   * An entity joined from several keys (a full name and its surname) lists its mentions in corpus
   * order, not key by key: a corpus grown by an article adds that article's mentions at the end of
   * each entity's list, which a store then appends without rewriting the stored ones.
   */
  @Test
  void anEntitysMentionsAreInCorpusOrderSoANewArticleAddsAtTheEnd() {
    List<ArticleActors> corpus =
        List.of(
            article("a1", "Nikolai Gritsenko", "Gritsenko"),
            article("a2", "Gritsenko", "Nikolai Gritsenko"));
    Entity before = withAlias(LINKER.link(corpus), "Gritsenko");
    assertThat(before.aliases()).contains("Nikolai Gritsenko");
    assertThat(before.mentions())
        .extracting(m -> m.article() + " " + m.text())
        .containsExactly(
            "a1 Nikolai Gritsenko", "a1 Gritsenko", "a2 Gritsenko", "a2 Nikolai Gritsenko");

    List<ArticleActors> grown = new ArrayList<>(corpus);
    grown.add(article("a3", "Nikolai Gritsenko", "Gritsenko"));
    Entity after = withAlias(LINKER.link(grown), "Gritsenko");
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.mentions()).startsWith(before.mentions().toArray(new Mention[0]));
    assertThat(after.mentions()).hasSize(before.mentions().size() + 2);
  }

  /** A mention of {@code text} under {@code key}, made {@code how}, naming {@code name}. */
  private static ActorMention mention(
      String text, ActorKey key, String name, EntityType type, String actor, ActorMention.How how) {
    return new ActorMention(0, text.length(), text, 0, key, name, type, actor, how);
  }

  /**
   * Linking a corpus from the tallies of its first articles and the mentions of the others gives
   * the entities linking all its mentions gives, whichever article the tallies stop at: names,
   * types, actor codes, aliases in order, mentions in corpus order, keys joined by surname,
   * spelling and alias. The first articles' mentions are read only when an entity's are, and an
   * entity's number of mentions and the ones added are known without reading them.
   */
  @Test
  void linkingFromTheTalliesOfTheFirstArticlesGivesWhatLinkingEveryMentionGives() {
    ActorKey agency = new ActorKey.NationalBody("RUS", "Food Safety Agency");
    ActorKey unesco = new ActorKey.Name(EntityType.ORGANIZATION, V.variant("UNESCO"));
    ActorKey un = new ActorKey.Name(EntityType.ORGANIZATION, V.variant("United Nations Agency"));
    List<ArticleActors> corpus =
        List.of(
            article(
                "a1",
                person("Nikolai Gritsenko"),
                russia("Moscow"),
                mention(
                    "he",
                    ActorKey.country("RUS"),
                    "Russia",
                    EntityType.COUNTRY,
                    null,
                    ActorMention.How.PRONOUN)),
            article(
                "a2",
                person("Gritsenko"),
                mention(
                    "the Russian Food Safety Agency",
                    agency,
                    "Food Safety Agency",
                    EntityType.ORGANIZATION,
                    "RUSGOV",
                    ActorMention.How.NAME)),
            article(
                "a3",
                person("Mikalai Hrytsenka"),
                mention(
                    "the agency",
                    agency,
                    "Food Safety Agency",
                    EntityType.ORGANIZATION,
                    "RUS",
                    ActorMention.How.DESCRIPTION),
                mention(
                    "Food Safety Agency",
                    new ActorKey.Name(EntityType.ORGANIZATION, V.variant("Food Safety Agency")),
                    "Food Safety Agency",
                    EntityType.ORGANIZATION,
                    null,
                    ActorMention.How.NAME)),
            article(
                "a4",
                mention(
                    "United Nations Agency",
                    un,
                    "United Nations Agency",
                    EntityType.ORGANIZATION,
                    "IGOUNO",
                    ActorMention.How.NAME),
                person("Alena Kovalevskaya"),
                russia("Russia")),
            article(
                "a5",
                person("Elena Kovalevskaya"),
                mention(
                    "UNESCO",
                    unesco,
                    "UNESCO",
                    EntityType.ORGANIZATION,
                    "IGOUNO",
                    ActorMention.How.NAME),
                person("Kovalevskaya")));
    LinkedEntities whole = LINKER.link(corpus);
    assertThat(whole.entities().size()).isLessThan(whole.entityByKey().size());
    for (int k = 0; k <= corpus.size(); k++) {
      List<ArticleActors> first = corpus.subList(0, k);
      List<ArticleActors> rest = corpus.subList(k, corpus.size());
      int[] read = {0};
      KeyTallies before = KeyTallies.of(KeyTallies.of(first).tallies());
      LinkedEntities grown =
          LINKER.link(
              before,
              KeyTallies.of(before.tallies()).add(KeyTallies.of(rest)),
              () -> {
                read[0]++;
                return first;
              },
              rest);
      assertThat(grown.entityByKey()).isEqualTo(whole.entityByKey());
      for (int i = 0; i < whole.entities().size(); i++) {
        Entity w = whole.entities().get(i);
        Entity g = grown.entities().get(i);
        assertThat(g.mentions()).hasSameSizeAs(w.mentions());
        int from = ((dev.parallax.model.GrownList<Mention>) g.mentions()).before();
        assertThat(((dev.parallax.model.GrownList<Mention>) g.mentions()).added())
            .isEqualTo(w.mentions().subList(from, w.mentions().size()));
      }
      assertThat(read[0]).isZero();
      assertThat(grown.entities()).isEqualTo(whole.entities());
      assertThat(read[0]).isEqualTo(k == 0 ? 0 : 1);
    }
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
            article("a1", russia("Moscow"), person("Anna Lis")),
            article("a2", russia("the Kremlin")));
    LinkedEntities linked = LINKER.link(corpus);
    Entity russia = withAlias(linked, "Moscow");
    assertThat(russia.id()).isEqualTo(ContentId.of('e', "kb:country:RUS"));
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
