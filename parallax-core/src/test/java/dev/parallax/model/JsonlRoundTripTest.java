package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every record kind of OUTPUT.md survives a write and a read, with the contract's field names. */
class JsonlRoundTripTest {
  private static final String BODY = "Pristina expelled two diplomats on Saturday, officials said.";

  private static final Article ARTICLE =
      new Article(
          "a0123456789abcdef",
          "corpus/wire.html",
          "Wire",
          "Diplomats expelled",
          PartialDate.parse("2021-10-23"),
          DateSource.PAGE,
          "en",
          BODY,
          List.of(new RemovedBlock("Subscribe now", RemovalReason.PROMOTION)));

  @Test
  void articleRoundTripsWithContractFieldNames() throws Exception {
    String line = Jsonl.line(ARTICLE);
    assertThat(line).doesNotContain("\n");
    JsonNode node = Jsonl.mapper().readTree(line);
    assertThat(fieldNames(node))
        .containsExactly(
            "id",
            "source",
            "outlet",
            "title",
            "published",
            "published_from",
            "language",
            "body",
            "removed",
            "copy_of");
    assertThat(node.get("copy_of").isNull()).isTrue();
    assertThat(node.get("published").asText()).isEqualTo("2021-10-23");
    assertThat(node.get("published_from").asText()).isEqualTo("page");
    assertThat(node.get("removed").get(0).get("reason").asText()).isEqualTo("promotion");
    assertThat(Jsonl.readArticleRecord(line)).isEqualTo(ARTICLE);
    Article copy = ARTICLE.withCopyOf("a9876543210fedcba");
    assertThat(Jsonl.readArticleRecord(Jsonl.line(copy))).isEqualTo(copy);
    assertThat(copy.report()).isEqualTo("a9876543210fedcba");
    assertThat(ARTICLE.report()).isEqualTo(ARTICLE.id());
  }

  @Test
  void unknownValuesAreWrittenAsNull() throws Exception {
    Article bare = new Article("a1", "x.txt", null, null, null, null, null, "Text.", List.of());
    JsonNode node = Jsonl.mapper().readTree(Jsonl.line(bare));
    assertThat(node.get("outlet").isNull()).isTrue();
    assertThat(node.get("published_from").isNull()).isTrue();
    assertThat(Jsonl.readArticleRecord(Jsonl.line(bare))).isEqualTo(bare);
  }

  @Test
  void rejectionIsAnArticlesLineWithAReason() {
    Rejection r = new Rejection("r1", "bad.bin", "binary content", "decode");
    String line = Jsonl.line(r);
    assertThat(line)
        .isEqualTo(
            "{\"id\":\"r1\",\"source\":\"bad.bin\",\"rejected\":\"binary content\",\"stage\":\"decode\"}");
    assertThat(Jsonl.readArticleRecord(line)).isEqualTo(r);
  }

  @Test
  void entityEventQuoteStoryCoverageConflictRoundTrip() throws Exception {
    Mention pristina = Mention.of(ARTICLE, new Span(0, 8));
    Entity entity =
        new Entity(
            "e1", "Kosovo", EntityType.COUNTRY, "KSV", List.of("Pristina"), List.of(pristina));
    EventMention em = new EventMention(ARTICLE.id(), 0, BODY.length(), BODY, "expelled");
    Event event =
        new Event(
            "v1",
            "s1",
            PartialDate.parse("2021-10-23"),
            new ActorRef("e1", "KSVGOV"),
            new ActorRef(null, "RUSGOV"),
            "174",
            -4.0,
            4,
            "EXPEL",
            List.of(em),
            1,
            1);
    Quote quote =
        new Quote(
            "q1",
            ARTICLE.id(),
            new Speaker(null, "officials"),
            BODY.substring(0, 44),
            0,
            44,
            QuoteKind.INDIRECT,
            "said");
    Story story =
        new Story(
            "s1",
            "Kosovo expels diplomats",
            List.of(ARTICLE.id()),
            List.of("Wire"),
            PartialDate.parse("2021-10"),
            PartialDate.parse("2021"),
            List.of("v1"));
    Coverage coverage =
        new Coverage(
            "s1",
            "Wire",
            List.of(ARTICLE.id()),
            List.of(new Coverage.Label("e1", "Pristina", 1, false, List.of(pristina))),
            List.of(new Coverage.Voice("e1", 1)),
            List.of("v1"),
            List.of(),
            List.of(new Coverage.Tone("e1", -0.25)));
    Conflict conflict =
        new Conflict(
            "c1",
            "s1",
            "v1",
            List.of(
                new Conflict.Claim(ARTICLE.id(), "Wire", "e1", "Pristina", 0, 8),
                new Conflict.Claim(ARTICLE.id(), "Wire", null, "two diplomats", 18, 31)),
            "lawful activity vs. activity incompatible with status");

    for (Object record : List.of(entity, event, quote, story, coverage, conflict)) {
      assertThat(Jsonl.read(Jsonl.line(record), record.getClass())).isEqualTo(record);
    }
    JsonNode eventNode = Jsonl.mapper().readTree(Jsonl.line(event));
    assertThat(fieldNames(eventNode))
        .containsSubsequence(
            "id",
            "story",
            "date",
            "source",
            "target",
            "cameo",
            "goldstein",
            "quad_class",
            "plover",
            "mentions",
            "articles",
            "outlets");
    assertThat(fieldNames(eventNode.get("mentions").get(0)))
        .containsExactly("article", "start", "end", "text", "trigger");
    assertThat(fieldNames(Jsonl.mapper().readTree(Jsonl.line(quote))))
        .containsExactly(
            "id",
            "article",
            "speaker",
            "text",
            "start",
            "end",
            "kind",
            "cue",
            "sieve",
            "reported_in");
  }

  @Test
  void spanTextMustFitItsOffsets() {
    assertThatThrownBy(() -> new Mention("a", 0, 3, "four"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Mention.of(ARTICLE, new Span(9, 17)).text()).isEqualTo("expelled");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
