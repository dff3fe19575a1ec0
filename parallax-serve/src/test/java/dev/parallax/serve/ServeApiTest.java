package dev.parallax.serve;

import static dev.parallax.serve.TestCorpus.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each API endpoint against a store of hand-made records. */
class ServeApiTest {
  @RegisterExtension static final Served served = new Served();

  private static List<String> ids(JsonNode stories) {
    List<String> out = new ArrayList<>();
    stories.get("stories").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }

  @Test
  void storiesAreNewestFirstByTheirLastDate() {
    JsonNode page = served.json("/api/stories");
    assertThat(ids(page)).containsExactly(S1, S2);
    assertThat(page.get("next").isNull()).isTrue();
    assertThat(page.get("stories").get(0).get("outlets").toString()).contains(GAZETTE, TIMES);
  }

  @Test
  void groupsAreCountriesWhenTheDirectoryDefinesNoneAndABlindspotIsOneGroupsStory() {
    JsonNode page = served.json("/api/stories");
    assertThat(page.get("groups_are").asText()).isEqualTo("country");
    assertThat(page.get("groups").get(S1).toString()).isEqualTo("[\"RM\",\"VL\"]");
    assertThat(page.get("groups").get(S2).toString()).isEqualTo("[\"RM\"]");
    assertThat(ids(served.json("/api/stories?blindspot=true"))).containsExactly(S2);
    assertThat(ids(served.json("/api/stories?blindspot=false"))).containsExactly(S1, S2);
    assertThat(ids(served.json("/api/stories?group=VL"))).containsExactly(S1);
    assertThat(ids(served.json("/api/stories?group=XX"))).isEmpty();
    assertThat(ids(served.json("/api/stories?language=en"))).containsExactly(S1, S2);
    assertThat(ids(served.json("/api/stories?language=ru"))).isEmpty();
  }

  @Test
  void storiesFilterByCameoRootAndQuadClass() {
    // E1 is 192 (root 19) in S1, E2 is 112 (root 11) in S2; both quad class 3
    assertThat(ids(served.json("/api/stories?cameo=19"))).containsExactly(S1);
    assertThat(ids(served.json("/api/stories?cameo=11"))).containsExactly(S2);
    assertThat(ids(served.json("/api/stories?cameo=01"))).isEmpty();
    assertThat(ids(served.json("/api/stories?quad=3"))).containsExactly(S1, S2);
    assertThat(ids(served.json("/api/stories?quad=4"))).isEmpty();
    assertThat(ids(served.json("/api/stories?quad=3&cameo=11"))).containsExactly(S2);
    assertThat(served.get("/api/stories?cameo=21").status()).isEqualTo(400);
    assertThat(served.get("/api/stories?cameo=1").status()).isEqualTo(400);
    assertThat(served.get("/api/stories?quad=5").status()).isEqualTo(400);
  }

  @Test
  void anActorPairByMonthWithQuadClassesAndGoldsteinAndTheEventsOfAMonth() {
    JsonNode pair = served.json("/api/actor-pairs/RMLGOV/VLD");
    assertThat(pair.get("forward").toString()).isEqualTo("{\"2024-11\":1}");
    assertThat(pair.get("backward").toString()).isEqualTo("{}");
    JsonNode month = pair.get("forward_months").get(0);
    assertThat(month.get("month").asText()).isEqualTo("2024-11");
    assertThat(month.get("quad_classes").toString()).isEqualTo("[0,0,1,0]");
    assertThat(month.get("goldstein").asDouble()).isEqualTo(-2.0);
    JsonNode events = served.json("/api/actor-pairs/VLD/RMLGOV/2024-11");
    assertThat(events.get("forward")).isEmpty();
    assertThat(events.get("backward")).hasSize(1);
    assertThat(events.get("backward").get(0).get("id").asText()).isEqualTo(E2);
    assertThat(served.json("/api/actor-pairs/VLD/RMLGOV/2024-10").get("backward")).isEmpty();
    assertThat(served.get("/api/actor-pairs/VLD/RMLGOV/2024-1").status()).isEqualTo(400);
    assertThat(served.get("/api/actor-pairs/VLD/RMLGOV/2024-11?limit=0").status()).isEqualTo(400);
  }

  @Test
  void aCursorWalksThePages() {
    JsonNode first = served.json("/api/stories?limit=1");
    assertThat(ids(first)).containsExactly(S1);
    assertThat(first.get("next").asText()).isEqualTo(S1);
    JsonNode second = served.json("/api/stories?limit=1&cursor=" + S1);
    assertThat(ids(second)).containsExactly(S2);
    assertThat(second.get("next").isNull()).isTrue();
  }

  @Test
  void filtersSelectStories() {
    assertThat(ids(served.json("/api/stories?outlet=Harbour%20Gazette"))).containsExactly(S1);
    assertThat(ids(served.json("/api/stories?outlet=Coastal+Times"))).containsExactly(S1, S2);
    assertThat(ids(served.json("/api/stories?actor=RML"))).containsExactly(S1, S2);
    assertThat(ids(served.json("/api/stories?actor=VLDGOV"))).containsExactly(S1);
    assertThat(ids(served.json("/api/stories?from=2025"))).containsExactly(S1);
    assertThat(ids(served.json("/api/stories?from=2025-03-05"))).containsExactly(S1);
    assertThat(ids(served.json("/api/stories?from=2025-03-06"))).isEmpty();
    assertThat(ids(served.json("/api/stories?to=2024-12"))).containsExactly(S2);
    assertThat(ids(served.json("/api/stories?from=2024-11&to=2024-11-02"))).containsExactly(S2);
  }

  @Test
  void aStoryComesWithItsRecords() {
    JsonNode story = served.json("/api/stories/" + S1);
    assertThat(story.get("story").get("id").asText()).isEqualTo(S1);
    assertThat(story.get("events").get(0).get("id").asText()).isEqualTo(E1);
    assertThat(story.get("quotes").get(0).get("id").asText()).isEqualTo(Q1);
    assertThat(story.get("coverage")).hasSize(2);
    assertThat(story.get("conflicts").get(0).get("id").asText()).isEqualTo(K1);
  }

  @Test
  void anArticleComesWithItsFactsAndProvenance() {
    JsonNode a = served.json("/api/articles/" + A1);
    assertThat(a.get("article").get("body").asText()).isEqualTo(BODY1);
    assertThat(a.get("story").asText()).isEqualTo(S1);
    assertThat(a.get("entities").get(0).get("id").asText()).isEqualTo(N1);
    assertThat(a.get("events").get(0).get("id").asText()).isEqualTo(E1);
    assertThat(a.get("quotes").get(0).get("id").asText()).isEqualTo(Q1);
    assertThat(a.get("provenance").get("parallax").asText()).isEqualTo("test");
  }

  @Test
  void anActorsEventsAndAPairsSeries() {
    JsonNode events = served.json("/api/actors/RML/events");
    assertThat(events.get("events")).hasSize(2);
    assertThat(events.get("events").get(0).get("id").asText()).isEqualTo(E1);
    assertThat(served.json("/api/actors/RML/events?limit=1").get("events")).hasSize(1);
    JsonNode pair = served.json("/api/actor-pairs/VLDGOV/RMLGOV");
    assertThat(pair.get("forward").get("2025-03").asInt()).isEqualTo(1);
    assertThat(pair.get("backward").size()).isZero();
    JsonNode back = served.json("/api/actor-pairs/RMLGOV/VLD");
    assertThat(back.get("forward").get("2024-11").asInt()).isEqualTo(1);
  }

  @Test
  void theOutlets() {
    JsonNode outlets = served.json("/api/outlets").get("outlets");
    assertThat(outlets).hasSize(2);
    assertThat(outlets.get(0).get("name").asText()).isEqualTo(GAZETTE);
  }

  @Test
  void anOutletWithItsCoverageOmissionsAndMonths() {
    JsonNode outlet = served.json("/api/outlets/o000000000000f0a1");
    assertThat(outlet.get("outlet").get("name").asText()).isEqualTo(GAZETTE);
    assertThat(outlet.get("coverage")).hasSize(1);
    assertThat(outlet.get("coverage").get(0).get("story").asText()).isEqualTo(S1);
    assertThat(outlet.get("omitted").toString()).isEqualTo("[\"" + S2 + "\"]");
    assertThat(outlet.get("articles_per_month").toString()).isEqualTo("{\"2025-03\":1}");
    JsonNode times = served.json("/api/outlets/o000000000000f0a2");
    assertThat(times.get("omitted")).isEmpty();
    assertThat(times.get("articles_per_month").toString())
        .isEqualTo("{\"2024-11\":1,\"2025-03\":1}");
    assertThat(served.get("/api/outlets/o000000000000ffff").status()).isEqualTo(404);
  }

  @Test
  void anOutletsVoicesLabelsAndToneOverAllItsStories() {
    JsonNode times = served.json("/api/outlets/o000000000000f0a2");
    assertThat(times.get("voices").toString())
        .isEqualTo(
            "[{\"entity\":\""
                + N1
                + "\",\"side\":\"VLD\",\"quotes\":2,\"reported\":0,\"stories\":1},"
                + "{\"entity\":null,\"side\":null,\"quotes\":1,\"reported\":0,\"stories\":1}]");
    assertThat(times.get("voices_by_side").toString())
        .isEqualTo(
            "[{\"side\":\"VLD\",\"quotes\":2,\"reported\":0,\"stories\":1},"
                + "{\"side\":null,\"quotes\":1,\"reported\":0,\"stories\":1}]");
    JsonNode label = times.get("labels").get(0);
    assertThat(times.get("labels")).hasSize(1);
    assertThat(label.get("label").asText()).isEqualTo("port chief");
    assertThat(label.get("count").asInt()).isEqualTo(3);
    assertThat(label.get("stories").asInt()).isEqualTo(2);
    assertThat(label.get("loaded").asBoolean()).isFalse();
    assertThat(times.get("tone").toString())
        .isEqualTo("[{\"entity\":\"" + N1 + "\",\"mean\":0.0,\"stories\":2}]");
    JsonNode gazette = served.json("/api/outlets/o000000000000f0a1");
    assertThat(gazette.get("labels").get(0).get("loaded").asBoolean()).isTrue();
    assertThat(gazette.get("tone").get(0).get("mean").asDouble()).isEqualTo(-0.25);
  }

  @Test
  void anEntityWithItsQuotesEventsLabelsAndTone() {
    JsonNode e = served.json("/api/entities/" + N1);
    assertThat(e.get("entity").get("name").asText()).isEqualTo("Anton Berg");
    assertThat(e.get("entity").get("aliases").get(1).asText()).isEqualTo(HOSTILE_ALIAS);
    assertThat(e.get("offices")).isEmpty();
    assertThat(e.get("quotes").get(0).get("quote").get("id").asText()).isEqualTo(Q1);
    assertThat(e.get("quotes").get(0).get("published").asText()).isEqualTo("2025-03-04");
    assertThat(e.get("as_source")).hasSize(1);
    assertThat(e.get("as_source").get(0).get("id").asText()).isEqualTo(E1);
    assertThat(e.get("as_target").get(0).get("id").asText()).isEqualTo(E2);
    JsonNode labels = e.get("labels");
    assertThat(labels).hasSize(2);
    assertThat(labels.get(0).get("outlet").asText()).isEqualTo(TIMES);
    assertThat(labels.get(0).get("count").asInt()).isEqualTo(3);
    assertThat(labels.get(1).get("outlet").asText()).isEqualTo(GAZETTE);
    assertThat(labels.get(1).get("loaded").asBoolean()).isTrue();
    List<String> tone = new ArrayList<>();
    e.get("tone")
        .forEach(
            t ->
                tone.add(
                    t.get("outlet").asText()
                        + " "
                        + t.get("month").asText()
                        + " "
                        + t.get("mean").asDouble()
                        + " "
                        + t.get("stories").asInt()));
    assertThat(tone)
        .containsExactly(
            TIMES + " 2024-11 -0.5 1", TIMES + " 2025-03 0.5 1", GAZETTE + " 2025-03 -0.25 1");
    // limit bounds each list; the JSON escapes the markup of the alias
    assertThat(served.json("/api/entities/" + N1 + "?limit=1").get("quotes")).hasSize(1);
    assertThat(served.get("/api/entities/" + N1).body()).doesNotContain("<script>");
    assertThat(served.get("/api/entities/" + N1 + "?limit=1001").status()).isEqualTo(400);
    assertThat(served.get("/api/entities/n000000000000ffff").status()).isEqualTo(404);
    assertThat(served.get("/api/entities/bad%20id").status()).isEqualTo(400);
  }

  @Test
  void aMergedEntitysIdAnswers301ToItsNewId() {
    Http.Answer api = served.get("/api/entities/" + N1_BEFORE + "?limit=5");
    assertThat(api.status()).isEqualTo(301);
    assertThat(api.header("Location")).isEqualTo("/api/entities/" + N1 + "?limit=5");
    Http.Answer page = served.get("/entities/" + N1_BEFORE);
    assertThat(page.status()).isEqualTo(301);
    assertThat(page.header("Location")).isEqualTo("/entities/" + N1);
  }

  @Test
  void anEventAnswersByIdAndARetiredEventIdAnswers301() {
    JsonNode event = served.json("/api/events/" + E1);
    assertThat(event.get("id").asText()).isEqualTo(E1);
    assertThat(event.get("mentions")).isNotEmpty();
    Http.Answer moved = served.get("/api/events/" + E1_BEFORE);
    assertThat(moved.status()).isEqualTo(301);
    assertThat(moved.header("Location")).isEqualTo("/api/events/" + E1);
    assertThat(served.get("/api/events/e000000000000ffff").status()).isEqualTo(404);
    assertThat(served.get("/api/events/bad%20id").status()).isEqualTo(400);
    assertThat(served.get("/api/events/" + E1 + "?x=1").status()).isEqualTo(400);
  }

  @Test
  void anEntitysOfficesComeFromTheKnowledgeBaseByName() {
    JsonNode offices = served.json("/api/entities/" + N2).get("offices");
    assertThat(offices).hasSize(1);
    assertThat(offices.get(0).get("office").asText()).isEqualTo("President");
    assertThat(offices.get(0).get("holder").asText()).isEqualTo("KSV");
    assertThat(offices.get(0).get("start").asText()).isEqualTo("2011-04-07");
    assertThat(offices.get(0).get("end").asText()).isEqualTo("2016-04-07");
  }

  @Test
  void missingRecordsAre404WithAMessage() {
    Http.Answer a = served.get("/api/stories/s000000000000ffff");
    assertThat(a.status()).isEqualTo(404);
    assertThat(Served.read(a.body()).get("error").asText()).contains("no story");
    assertThat(served.get("/api/articles/a000000000000ffff").status()).isEqualTo(404);
    assertThat(served.get("/api/nothing-here").status()).isEqualTo(404);
  }
}
