package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ActorMention.How;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two invented outlets tell one invented story; the rows must show how they differ. */
class CoverageBuilderTest {
  private static final String NORTH =
      "The self-proclaimed republic of Veloria expelled an Ostian envoy. "
          + "Ostia condemned the brutal move. \"We reject this,\" Anna Brel said.";
  private static final String SOUTH =
      "Veloria expelled an Ostian envoy on Monday. \"The envoy broke the law,\" Ivo Tarn said. "
          + "Veloria and Ostia later agreed to talks.";

  private final List<ArticleActors> actors = new ArrayList<>();
  private final List<ExtractedQuote> quotes = new ArrayList<>();

  @TempDir Path dir;

  private List<Coverage> build() {
    return build(Rules.bundled());
  }

  private List<Coverage> build(Rules rules) {
    return new CoverageBuilder(rules).build(input());
  }

  /**
   * The two articles' input; called once per test (it fills {@link #actors} and {@link #quotes}).
   */
  private CoverageInput input() {
    Article north = article("a1", "North Courier", NORTH);
    Article south = article("a2", "South Post", SOUTH);
    actors.add(
        new ArticleActors(
            "a1",
            List.of(
                Mentions.name(NORTH, "Veloria", "k:V"),
                Mentions.at(NORTH, "Ostian", 0, "k:O", "OST", How.DEMONYM),
                Mentions.at(NORTH, "Ostia", 1, "k:O", "OST", How.NAME),
                Mentions.at(NORTH, "Anna Brel", 0, "k:B", "OSTGOV", How.NAME))));
    actors.add(
        new ArticleActors(
            "a2",
            List.of(
                Mentions.name(SOUTH, "Veloria", "k:V"),
                Mentions.at(SOUTH, "Ivo Tarn", 0, "k:T", "VLRGOV", How.NAME),
                Mentions.at(SOUTH, "Veloria", 1, "k:V", null, How.NAME),
                Mentions.at(SOUTH, "Ostia", 1, "k:O", "OST", How.NAME))));
    quote(north, "We reject this", "k:B", actors.get(0).mentions().get(3));
    quote(south, "The envoy broke the law", "k:T", actors.get(1).mentions().get(1));
    LinkedEntities linked =
        new LinkedEntities(
            List.of(
                entity("eB", "OSTGOV"),
                entity("eO", "OST"),
                entity("eT", "VLRGOV"),
                entity("eV", "VLR")),
            Map.of(
                ActorKey.country("k:V"),
                "eV",
                ActorKey.country("k:O"),
                "eO",
                ActorKey.country("k:B"),
                "eB",
                ActorKey.country("k:T"),
                "eT"));
    Story story =
        new Story("s1", "expulsion", List.of("a1", "a2"), List.of(), null, null, List.of());
    List<Event> events =
        List.of(
            event(
                "ev1",
                -5,
                new EventMention("a1", 0, 10, NORTH.substring(0, 10), "expelled"),
                new EventMention("a2", 0, 10, SOUTH.substring(0, 10), "expelled")),
            event("ev2", 4, new EventMention("a2", 0, 10, SOUTH.substring(0, 10), "agreed")));
    return new CoverageInput(
        List.of(north, south),
        actors,
        quotes,
        linked,
        List.of(story),
        events,
        Map.of(
            north.id(), QuoteExtractor.scareQuotes(north.body()),
            south.id(), QuoteExtractor.scareQuotes(south.body())));
  }

  /**
   * Texts a build read, stored and decoded, give a later build the same rows without reading the
   * bodies again: it takes them as given (the map keeps the decoded instances) and reads none.
   */
  @Test
  void storedTextsGiveTheRowsReadingTheBodiesGives() {
    CoverageInput in = input();
    CoverageBuilder builder = new CoverageBuilder(Rules.bundled());
    Map<String, ArticleText> read = new HashMap<>();
    List<Coverage> rows = builder.build(in, read);
    assertThat(read).containsOnlyKeys("a1", "a2");
    assertThat(read.get("a1").labels()).isNotEmpty();
    assertThat(read.get("a1").tone()).isNotEmpty();
    Map<String, ArticleText> stored = new HashMap<>();
    read.forEach((id, text) -> stored.put(id, ArticleText.decode(text.encode()).orElseThrow()));
    assertThat(stored).isEqualTo(read);
    Map<String, ArticleText> given = new HashMap<>(stored);
    assertThat(builder.build(in, given)).isEqualTo(rows).isEqualTo(builder.build(in));
    given.forEach((id, text) -> assertThat(text).isSameAs(stored.get(id)));
  }

  /** The text given for an article is what its row shows: a blank one gives it no label. */
  @Test
  void aGivenTextIsTakenInsteadOfTheBody() {
    CoverageInput in = input();
    Map<String, ArticleText> given = new HashMap<>();
    given.put("a1", new ArticleText(List.of(), List.of()));
    CoverageBuilder builder = new CoverageBuilder(Rules.bundled());
    List<Coverage> read = builder.build(in);
    List<Coverage> rows = builder.build(in, given);
    assertThat(read.get(0).labels()).isNotEmpty();
    assertThat(rows.get(0).labels()).isEmpty();
    assertThat(rows.get(1)).isEqualTo(read.get(1));
    assertThat(given).containsOnlyKeys("a1", "a2");
  }

  /** A text naming a mention or a span the article does not have was made from other results. */
  @Test
  void aTextThatDoesNotFitItsArticleIsReadAgain() {
    CoverageInput in = input();
    CoverageBuilder builder = new CoverageBuilder(Rules.bundled());
    List<Coverage> rows = builder.build(in);
    for (ArticleText wrong :
        List.of(
            new ArticleText(List.of(new ArticleText.Label(4, 0, 3, null)), List.of()),
            new ArticleText(List.of(), List.of(new ArticleText.Tone(0, 0, NORTH.length() + 1, 1))),
            new ArticleText(List.of(new ArticleText.Label(-1, 0, 3, null)), List.of()))) {
      Map<String, ArticleText> given = new HashMap<>(Map.of("a1", wrong));
      assertThat(builder.build(in, given)).isEqualTo(rows);
      assertThat(given.get("a1")).isNotEqualTo(wrong);
    }
  }

  @Test
  void oneRowPerOutletWithItsLoadedDistinctLabel() {
    List<Coverage> rows = build();
    assertThat(rows).extracting(Coverage::outlet).containsExactly("North Courier", "South Post");
    Coverage north = rows.get(0);
    assertThat(north.labels())
        .anySatisfy(
            l -> {
              assertThat(l.entity()).isEqualTo("eV");
              assertThat(l.label()).isEqualTo("self-proclaimed republic");
              assertThat(l.loaded()).isTrue();
              assertThat(l.category()).isEqualTo("delegitimising");
              assertThat(l.distinct()).isTrue();
              assertThat(l.mentions())
                  .singleElement()
                  .satisfies(
                      m -> assertThat(NORTH.substring(m.start(), m.end())).isEqualTo(m.text()));
            });
    assertThat(rows.get(1).labels()).noneMatch(Coverage.Label::loaded);
  }

  @Test
  void aLoadedLabelOfTheUsersRulesIsFound() throws IOException {
    Path file = dir.resolve("coverage/loaded-labels.tsv");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "term\tcategory\tneutral\nself-proclaimed republic\tterritory\trepublic\n");
    Rules rules = Rules.layered(List.of(LoadedLabelLexicon.TABLE), dir, List.of());
    assertThat(build(rules).get(0).labels())
        .anySatisfy(
            l -> {
              assertThat(l.label()).isEqualTo("self-proclaimed republic");
              assertThat(l.loaded()).isTrue();
              assertThat(l.category()).isEqualTo("territory");
            });
  }

  @Test
  void voicesCarryTheSpeakersSide() {
    List<Coverage> rows = build();
    assertThat(rows.get(0).voices()).containsExactly(new Coverage.Voice("eB", 1, "OST"));
    assertThat(rows.get(1).voices()).containsExactly(new Coverage.Voice("eT", 1, "VLR"));
  }

  @Test
  void eventsReportedByOthersOnlyAreOmitted() {
    List<Coverage> rows = build();
    assertThat(rows.get(0).reported()).containsExactly("ev1");
    assertThat(rows.get(0).omitted()).containsExactly("ev2");
    assertThat(rows.get(1).reported()).containsExactly("ev1", "ev2");
    assertThat(rows.get(1).omitted()).isEmpty();
  }

  @Test
  void theLoadedLabelAndTheExpulsionDarkenTheNorthsToneTowardVeloria() {
    List<Coverage> rows = build();
    double north = tone(rows.get(0), "eV");
    double south = tone(rows.get(1), "eV");
    assertThat(north).isNegative().isLessThan(south);
    assertThat(tone(rows.get(0), "eO")).isNegative();
  }

  @Test
  void noStoriesGiveNoRows() {
    assertThat(
            new CoverageBuilder(Rules.bundled())
                .build(
                    new CoverageInput(
                        List.of(article("a1", null, NORTH)),
                        List.of(),
                        List.of(),
                        new LinkedEntities(List.of(), Map.of()),
                        List.of(),
                        List.of(),
                        Map.of())))
        .isEmpty();
  }

  private static double tone(Coverage row, String entity) {
    return row.tone().stream()
        .filter(t -> t.entity().equals(entity))
        .findFirst()
        .orElseThrow()
        .score();
  }

  private void quote(Article a, String text, String key, ActorMention speaker) {
    int start = a.body().indexOf(text);
    Quote q =
        new Quote(
            "q" + quotes.size(),
            a.id(),
            new Speaker(null, speaker.name()),
            text,
            start,
            start + text.length(),
            QuoteKind.DIRECT,
            "said");
    quotes.add(new ExtractedQuote(q, speaker.span(), speaker, null));
  }

  private static Article article(String id, String outlet, String body) {
    return new Article(id, id + ".txt", outlet, null, null, null, "en", body, List.of());
  }

  private static Entity entity(String id, String actor) {
    return new Entity(id, id, EntityType.COUNTRY, actor, List.of(), List.of());
  }

  private static Event event(String id, double goldstein, EventMention... mentions) {
    return new Event(
        id,
        "s1",
        null,
        new ActorRef("eV", "VLR"),
        new ActorRef("eO", "OST"),
        "111",
        goldstein,
        goldstein < 0 ? 3 : 1,
        null,
        List.of(mentions),
        mentions.length,
        1);
  }
}
