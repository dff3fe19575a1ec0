package dev.parallax.conflicts;

import static dev.parallax.conflicts.ConflictFixture.CHILE;
import static dev.parallax.conflicts.ConflictFixture.ENTITIES;
import static dev.parallax.conflicts.ConflictFixture.NORWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {
  private static final ConflictDetector DETECTOR =
      new ConflictDetector(KnowledgeBase.builtIn(), Rules.bundled());
  private static final String NORWAY_SAYS_UNLAWFUL =
      "Norway vs Chile on whether the accused acted lawfully: Norway says no, Chile says yes";

  private static List<Conflict> detect(ConflictFixture f) {
    return DETECTOR.detect(f.stories, f.articles, f.quotes, ENTITIES, f.events);
  }

  /** Two reports of one expulsion: the expelling side and the expelled side's answer. */
  private static ConflictFixture expulsion() {
    return expulsion(new ConflictFixture(), "a", "s1", "ev-expel");
  }

  /**
   * {@code f} with two reports of an expulsion (articles {@code prefix}1 and {@code prefix}2) in
   * story {@code story}, the expulsion its event {@code event}.
   */
  private static ConflictFixture expulsion(
      ConflictFixture f, String prefix, String story, String event) {
    Article a1 =
        f.article(
            prefix + "1",
            "North Wire",
            "Oslo ordered two Chilean attachés to leave. Minister Kari Dahl said the pair had"
                + " engaged in activities incompatible with their status.");
    Article a2 =
        f.article(
            prefix + "2",
            "South Daily",
            "\"Our attachés acted within the law at all times,\" spokeswoman Ana Ruiz said.");
    f.quote(
        a1,
        NORWAY,
        "Kari Dahl",
        "the pair had engaged in activities incompatible with their status",
        "said");
    f.quote(a2, CHILE, "Ana Ruiz", "Our attachés acted within the law at all times", "said");
    f.story(story, a1, a2);
    f.event(
        event,
        story,
        NORWAY,
        "166",
        4,
        a1,
        "Oslo ordered two Chilean attachés to leave.",
        "ordered");
    return f;
  }

  @Test
  void opposingStancesOfTwoPartiesOnOneFrameAreAConflict() {
    List<Conflict> conflicts = detect(expulsion());

    assertThat(conflicts).hasSize(1);
    Conflict c = conflicts.get(0);
    assertThat(c.story()).isEqualTo("s1");
    assertThat(c.about()).isEqualTo("ev-expel");
    assertThat(c.summary()).isEqualTo(NORWAY_SAYS_UNLAWFUL);
    assertThat(c.claims())
        .extracting(Conflict.Claim::article, Conflict.Claim::outlet, Conflict.Claim::speaker)
        .containsExactly(
            tuple("a1", "North Wire", "Kari Dahl"), tuple("a2", "South Daily", "Ana Ruiz"));
    assertThat(c.claims().get(1).text())
        .isEqualTo("Our attachés acted within the law at all times");
  }

  @Test
  void idsAreStableAndDoNotDependOnInputOrder() {
    ConflictFixture f = expulsion();
    String id = detect(f).get(0).id();
    List<dev.parallax.model.Quote> reversed = new ArrayList<>(f.quotes);
    Collections.reverse(reversed);

    assertThat(DETECTOR.detect(f.stories, f.articles, reversed, ENTITIES, f.events))
        .extracting(Conflict::id)
        .containsExactly(id);
    assertThat(id).startsWith("c").hasSize(17);
  }

  /**
   * Conflicts come story by story in the order of the stories (as stories.jsonl lists them), not of
   * their ids, so that a store can place them by their story.
   */
  @Test
  void conflictsComeInTheOrderOfTheirStories() {
    // a second story founded after "s1", though its id comes first
    ConflictFixture f = expulsion(expulsion(), "b", "s0", "ev-expel-2");

    assertThat(detect(f)).extracting(Conflict::story).containsExactly("s1", "s0");
  }

  /** A third report adding a claim to a side leaves the conflict's id as it was. */
  @Test
  void anotherClaimJoiningAConflictKeepsItsId() {
    ConflictFixture f = expulsion();
    String id = detect(f).get(0).id();
    Article a3 =
        f.article(
            "a3",
            "Third Post",
            "\"They acted within the law,\" spokeswoman Ana Ruiz told reporters.");
    f.quote(a3, CHILE, "Ana Ruiz", "They acted within the law", "told");
    f.stories.clear();
    f.story("s1", f.articles.get(0), f.articles.get(1), a3);

    List<Conflict> grown = detect(f);
    assertThat(grown).singleElement().extracting(Conflict::id).isEqualTo(id);
    assertThat(grown.get(0).claims()).hasSize(3);
  }

  @Test
  void claimsInDifferentStoriesDoNotConflict() {
    ConflictFixture f = expulsion();
    f.stories.clear();
    f.story("s1", f.articles.get(0));
    f.story("s2", f.articles.get(1));

    assertThat(detect(f)).isEmpty();
  }

  @Test
  void onePartyOnBothSidesIsNoConflict() {
    ConflictFixture f = new ConflictFixture();
    Article a =
        f.article(
            "a1",
            "North Wire",
            "Dahl said the visit was legal. Later Dahl said parts of it were illegal.");
    f.quote(a, NORWAY, "Kari Dahl", "the visit was legal", "said");
    f.quote(a, NORWAY, "Kari Dahl", "parts of it were illegal", "said");
    f.story("s1", a);

    assertThat(detect(f)).isEmpty();
  }

  @Test
  void aSpeakerWhoIsOnlyAPronounTakesNoSide() {
    ConflictFixture f = new ConflictFixture();
    f.report(NORWAY, "Kari Dahl", "Dahl called the visit illegal.", "the visit illegal", "called");
    f.report(null, "She", "She said the visit was lawful.", "the visit was lawful", "said");
    f.oneStory();

    assertThat(detect(f)).isEmpty();
  }

  @Test
  void aDenialSpeaksAgainstItsContent() {
    ConflictFixture f = new ConflictFixture();
    f.report(
        NORWAY,
        "Kari Dahl",
        "Dahl said Chilean trawlers had engaged in illegal fishing. Santiago disagreed.",
        "Chilean trawlers had engaged in illegal fishing",
        "said");
    f.report(
        CHILE,
        "Chilean Foreign Ministry",
        "The ministry denied that its trawlers did anything unlawful in the northern waters.",
        "its trawlers did anything unlawful in the northern waters",
        "denied");
    f.oneStory();

    assertThat(detect(f)).extracting(Conflict::summary).containsExactly(NORWAY_SAYS_UNLAWFUL);
  }

  @Test
  void aDenialPairsWithTheClaimItDenies() {
    ConflictFixture f = new ConflictFixture();
    f.report(
        CHILE,
        "Ana Ruiz",
        "Ruiz said volunteers were being recruited in northern Norway for the militia.",
        "volunteers were being recruited in northern Norway for the militia",
        "said");
    f.report(
        NORWAY,
        "Norwegian Foreign Ministry",
        "Oslo rejected claims that volunteers for the militia are recruited in Norway.",
        "volunteers for the militia are recruited in Norway",
        "rejected claims");
    f.oneStory();

    List<Conflict> conflicts = detect(f);

    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).summary())
        .isEqualTo(
            "Chile vs Norway on whether volunteers were being recruited in northern Norway"
                + " for the militia: Chile says yes, Norway says no");
    assertThat(conflicts.get(0).claims())
        .extracting(Conflict.Claim::article)
        .containsExactly("a1", "a2");
  }

  @Test
  void aDenialEventWithoutAQuoteCountsAsAStatement() {
    ConflictFixture f = new ConflictFixture();
    Article a1 = f.article("a1", "North Wire", "Dahl said the Chilean decree is null and void.");
    Article a2 =
        f.article(
            "a2", "South Daily", "Chile rejected the view that the decree lacks legal force.");
    f.quote(a1, NORWAY, "Kari Dahl", "the Chilean decree is null and void", "said");
    f.story("s1", a1, a2);
    f.event(
        "ev-reject",
        "s1",
        CHILE,
        "120",
        3,
        a2,
        "Chile rejected the view that the decree lacks legal force.",
        "rejected");

    List<Conflict> conflicts = detect(f);

    assertThat(conflicts).hasSize(1);
    Conflict.Claim denial = conflicts.get(0).claims().get(1);
    assertThat(denial.text()).isEqualTo("the view that the decree lacks legal force.");
    assertThat(a2.body().substring(denial.start(), denial.end())).isEqualTo(denial.text());
    assertThat(conflicts.get(0).summary()).startsWith("Norway vs Chile on whether the decision");
  }

  @Test
  void sharedCountryNamesDoNotMakeADenialPair() {
    ConflictFixture f = new ConflictFixture();
    f.report(
        CHILE,
        "Ana Ruiz",
        "Ruiz said Norwegian and Chilean envoys met in Oslo.",
        "Norwegian and Chilean envoys met in Oslo",
        "said");
    f.report(
        NORWAY,
        "Norwegian Foreign Ministry",
        "Oslo denied that Chilean and Norwegian envoys agree.",
        "Chilean and Norwegian envoys agree",
        "denied");
    f.oneStory();

    assertThat(detect(f)).isEmpty();
  }

  @Test
  void aDenialOfAFramedClaimIsNotPairedAgainByItsWords() {
    ConflictFixture f = new ConflictFixture();
    f.report(
        NORWAY,
        "Kari Dahl",
        "Dahl said the Chilean crew had been spying on the harbour.",
        "the Chilean crew had been spying on the harbour",
        "said");
    f.report(
        CHILE,
        "Chilean Foreign Ministry",
        "Santiago denied that the crew had been spying on the harbour.",
        "the crew had been spying on the harbour",
        "denied");
    f.oneStory();

    assertThat(detect(f)).extracting(Conflict::summary).containsExactly(NORWAY_SAYS_UNLAWFUL);
  }

  @Test
  void aSpeakerNamedByADescriptionSpeaksForTheLastCountryBeforeIt() {
    ConflictFixture f = new ConflictFixture();
    Article a1 = f.article("a1", "North Wire", "Dahl said the attachés had been spying.");
    Article a2 =
        f.article(
            "a2",
            "South Daily",
            "Ruiz said talks would go on. The ministry said the attachés behaved lawfully.");
    f.quote(a1, NORWAY, "Kari Dahl", "the attachés had been spying", "said");
    f.quote(a2, CHILE, "Ana Ruiz", "talks would go on", "said");
    f.quote(a2, null, "The ministry", "the attachés behaved lawfully", "said");
    f.story("s1", a1, a2);

    assertThat(detect(f)).extracting(Conflict::summary).containsExactly(NORWAY_SAYS_UNLAWFUL);
  }

  @Test
  void theConflictIsAboutTheDeedOfItsParties() {
    ConflictFixture f = new ConflictFixture();
    Article a1 =
        f.article(
            "a1",
            "North Wire",
            "Stockholm recalled its consul last year. Oslo expelled two Chilean attachés."
                + " Dahl said the attachés had been spying.");
    Article a2 = f.article("a2", "South Daily", "Ruiz said the attachés behaved lawfully.");
    f.quote(a1, NORWAY, "Kari Dahl", "the attachés had been spying", "said");
    f.quote(a2, CHILE, "Ana Ruiz", "the attachés behaved lawfully", "said");
    f.story("s1", a1, a2);
    Entity sweden = new Entity("e-swe", "Sweden", EntityType.COUNTRY, "SWE", List.of(), List.of());
    f.event(
        "ev-a", "s1", sweden, "161", 4, a1, "Stockholm recalled its consul last year.", "recalled");
    f.event("ev-z", "s1", NORWAY, "174", 4, a1, "Oslo expelled two Chilean attachés.", "expelled");

    assertThat(detect(f)).extracting(Conflict::about).containsExactly("ev-z");
  }

  @Test
  void theConflictIsAboutTheDeedItsClaimsName() {
    ConflictFixture f = new ConflictFixture();
    Article a1 =
        f.report(
            NORWAY,
            "Kari Dahl",
            "Chile banned Norwegian salmon. Dahl said the ban has no legal force."
                + " Oslo expelled two Chilean attachés last year.",
            "the ban has no legal force",
            "said");
    f.report(CHILE, "Ana Ruiz", "Ruiz said the ban was valid.", "the ban was valid", "said");
    f.oneStory();
    f.event(
        "ev-a",
        "s1",
        NORWAY,
        "174",
        4,
        a1,
        "Oslo expelled two Chilean attachés last year.",
        "expelled");
    f.event("ev-z", "s1", CHILE, "163", 4, a1, "Chile banned Norwegian salmon.", "banned");

    assertThat(detect(f)).extracting(Conflict::about).containsExactly("ev-z");
  }

  @Test
  void noInputGivesNoConflicts() {
    assertThat(DETECTOR.detect(List.of(), List.of(), List.of(), List.of(), List.of())).isEmpty();
  }
}
