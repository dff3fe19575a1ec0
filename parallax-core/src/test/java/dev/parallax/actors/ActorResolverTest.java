package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.EntityType;
import dev.parallax.model.PartialDate;
import dev.parallax.pipeline.Models;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // runs CoreNLP
class ActorResolverTest {
  static final ActorResolver RESOLVER = new ActorResolver(KnowledgeBase.builtIn());

  static ArticleActors tag(String id, String date, String body) {
    Article article =
        new Article(
            id,
            id + ".txt",
            null,
            null,
            date == null ? null : PartialDate.parse(date),
            date == null ? null : DateSource.METADATA,
            "en",
            body,
            List.of());
    AnnotatedArticle annotated = Models.shared().annotator().annotate(article);
    return RESOLVER.tag(annotated);
  }

  private static final ArticleActors KOSOVO =
      tag(
          "k1",
          "2024-05-02",
          "Kosovo President Vjosa Osmani opened the session in Pristina. Serbia said the vote in"
              + " the former Serbian province had no force. The Russian Foreign Ministry's"
              + " spokeswoman called it a provocation, while Russia's foreign ministry summoned an"
              + " envoy and Russian diplomats left. Viosa Osmani replied that the Kremlin had no"
              + " say. Kosovo expelled a diplomat on Friday, and the self-proclaimed republic said"
              + " it would not back down. In May the talks resumed.");

  private static final ArticleActors MOLDOVA =
      tag(
          "m1",
          null,
          "Foreign Minister Dorina Vulpe met Andrei Ceban, Moldova's economy minister, in"
              + " Chisinau. Vulpe said she was calm. The minister added that Moldova's Foreign"
              + " Ministry had sent a note. The Agency for Coastal Safety (ACS) said the agency"
              + " had seen no ships, and ACS repeated it. The Moldovan Foreign Ministry agreed."
              + " Alexei Krivosheyev, a researcher at the Institute of Balkan Studies of the"
              + " Russian Academy of Sciences, disagreed. As Ivan Sokolov, deputy director of the"
              + " Institute of Folk Music of the Minsk State University, noted, nothing changed.");

  @Test
  void aTitledNameIsOneMentionOfTheKnownPersonUnderEverySpelling() {
    ActorMention osmani = find(KOSOVO, "Kosovo President Vjosa Osmani");
    assertThat(osmani.key()).isEqualTo(ActorKey.person("vjosa osmani"));
    assertThat(osmani.actor()).isEqualTo("KSVGOV");
    assertThat(find(KOSOVO, "Viosa Osmani").key()).isEqualTo(osmani.key());
    assertThat(KOSOVO.mentions()).noneMatch(m -> m.text().equals("Kosovo President"));
  }

  @Test
  void aTitleAloneIsTheOfficeHolderOfTheNamedCountryOnTheDate() {
    ActorMention spokeswoman = find(KOSOVO, "The Russian Foreign Ministry's spokeswoman");
    assertThat(spokeswoman.name()).isEqualTo("Maria Zakharova");
    assertThat(spokeswoman.actor()).isEqualTo("RUSGOV");
    assertThat(spokeswoman.how()).isEqualTo(ActorMention.How.DESCRIPTION);
  }

  @Test
  void possessivesDemonymsAndMetonymsAreTheCountryInARole() {
    ActorMention ministry = find(KOSOVO, "Russia's foreign ministry");
    assertThat(ministry.key()).isEqualTo(ActorKey.country("RUS"));
    assertThat(ministry.actor()).isEqualTo("RUSGOV");
    assertThat(find(KOSOVO, "Russian diplomats").actor()).isEqualTo("RUSGOV");
    assertThat(find(KOSOVO, "the Kremlin").key()).isEqualTo(ActorKey.country("RUS"));
    ActorMention pristina = find(KOSOVO, "Pristina");
    assertThat(pristina.key()).isEqualTo(ActorKey.country("XKX"));
    assertThat(pristina.actor()).isEqualTo("KSVGOV");
  }

  @Test
  void descriptionsOfACountryReferToTheLatestCountryNotNamedInThem() {
    assertThat(find(KOSOVO, "the former Serbian province").key())
        .isEqualTo(ActorKey.country("XKX"));
    assertThat(find(KOSOVO, "the self-proclaimed republic").name()).isEqualTo("Kosovo");
  }

  @Test
  void anUnqualifiedGovernmentBodyIsThatOfTheCountryJustNamedUnlessTwoCompete() {
    ArticleActors one =
        tag(
            "g1",
            "2024-05-02",
            "Chisinau said the visitors had spied. The foreign ministry ordered them out, and"
                + " the government agreed.");
    assertThat(find(one, "The foreign ministry").actor()).isEqualTo("MDAGOV");
    assertThat(find(one, "the government").actor()).isEqualTo("MDAGOV");
    ArticleActors two =
        tag(
            "g2",
            "2024-05-02",
            "Moldova and Belarus traded notes. The foreign ministry called it a provocation.");
    assertThat(two.mentions()).noneMatch(m -> m.text().equalsIgnoreCase("the foreign ministry"));
  }

  @Test
  void whenTwoCountriesCompeteTheBodyIsThePrincipalCountrysByHeadlineElseByCount() {
    Article headed =
        new Article(
            "g3",
            "g3.txt",
            null,
            "Moldova expels a Belarusian envoy",
            PartialDate.parse("2024-05-02"),
            DateSource.METADATA,
            "en",
            "The envoy of Belarus left Chisinau after Minsk protested. The foreign ministry"
                + " declared him persona non grata.",
            List.of());
    ArticleActors byHeadline = RESOLVER.tag(Models.shared().annotator().annotate(headed));
    assertThat(find(byHeadline, "The foreign ministry").actor()).isEqualTo("MDAGOV");
    ArticleActors byCount =
        tag(
            "g4",
            "2024-05-02",
            "Moldova summoned an envoy. Moldova said the envoy had spied. Belarus and Moldova"
                + " traded notes. The foreign ministry protested.");
    assertThat(find(byCount, "The foreign ministry").actor()).isEqualTo("MDAGOV");
  }

  @Test
  void aMonthIsNotAPerson() {
    assertThat(KOSOVO.mentions()).noneMatch(m -> m.text().equals("May"));
  }

  @Test
  void surnamesPronounsAndTitlesFollowThePersonNamedBefore() {
    ActorMention vulpe = find(MOLDOVA, "Foreign Minister Dorina Vulpe");
    assertThat(vulpe.key())
        .isInstanceOfSatisfying(
            ActorKey.Name.class, k -> assertThat(k.type()).isEqualTo(EntityType.PERSON));
    assertThat(find(MOLDOVA, "Vulpe").key()).isEqualTo(vulpe.key());
    assertThat(find(MOLDOVA, "she").key()).isEqualTo(vulpe.key());
    ActorMention ceban = find(MOLDOVA, "Andrei Ceban");
    assertThat(find(MOLDOVA, "Moldova's economy minister").key()).isEqualTo(ceban.key());
    assertThat(find(MOLDOVA, "Andrei Ceban").actor()).isEqualTo("MDAGOV");
    assertThat(find(MOLDOVA, "The minister").key()).isIn(ceban.key(), vulpe.key());
  }

  @Test
  void nationalBodiesAcronymsAndTheirDescriptions() {
    ActorMention ministry = find(MOLDOVA, "Moldova's Foreign Ministry");
    assertThat(ministry.key()).isEqualTo(new ActorKey.NationalBody("MDA", "foreign ministry"));
    assertThat(ministry.actor()).isEqualTo("MDAGOV");
    assertThat(find(MOLDOVA, "Moldovan Foreign Ministry").key()).isEqualTo(ministry.key());
    ActorMention agency = find(MOLDOVA, "Agency for Coastal Safety");
    assertThat(MOLDOVA.mentions().stream().filter(m -> m.text().equals("ACS")))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.key()).isEqualTo(agency.key()));
    assertThat(find(MOLDOVA, "the agency").key()).isEqualTo(agency.key());
  }

  @Test
  void anAppositionCodesAnUnknownPersonAndVariantsShareAKey() {
    ActorMention k = find(MOLDOVA, "Alexei Krivosheyev");
    assertThat(k.key())
        .isEqualTo(
            new ActorKey.Name(
                EntityType.PERSON, NameVariants.builtIn().variant("Alexey Krivosheev")));
    assertThat(k.actor()).startsWith("RUS");
    assertThat(find(MOLDOVA, "Ivan Sokolov").actor()).isEqualTo("BLREDU");
  }

  @Test
  void oddInputGivesSpansIntoTheBodyAndNoException() {
    for (String body :
        List.of(
            "",
            "   ",
            "\"Unmatched quote. The the the minister.",
            "Кремль said so. 北京 replied. the Kremlin’s",
            "(ACS) ( ) , , she he her the self-proclaimed republic")) {
      ArticleActors actors = tag("odd", null, body);
      assertThat(actors.mentions())
          .allSatisfy(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
    }
  }

  private static ActorMention find(ArticleActors actors, String text) {
    return actors.mentions().stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not among " + actors.mentions()));
  }

  @Test
  void personsIdentifiedAsMembersOfAGroupTakeItsCode() {
    ArticleActors actors =
        tag(
            "idn",
            "2025-03-12",
            "Moldova expelled two Belarusian diplomats on Tuesday. The ministry identified the two"
                + " as Igor Petrov and Oleg Sidorenko. Petrov had served in Warsaw before.");
    List<ActorMention> petrov =
        actors.mentions().stream().filter(m -> m.text().contains("Petrov")).toList();
    assertThat(petrov).hasSizeGreaterThanOrEqualTo(2);
    assertThat(petrov).allSatisfy(m -> assertThat(m.actor()).startsWith("BLR"));
    ArticleActors plain =
        tag(
            "idn2",
            "2025-03-12",
            "Moldova expelled two Belarusian diplomats on Tuesday. Igor Petrov, a farmer, watched"
                + " the news.");
    assertThat(plain.mentions().stream().filter(m -> m.text().contains("Petrov")))
        .allSatisfy(m -> assertThat(m.actor()).isNull());
  }
}
