package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.coverage.LoadedLabelLexicon;
import dev.parallax.stories.StoryOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BASIL readers and scorers on a hand-made folder in the BASIL layout. */
class BasilEvaluationTest {
  @TempDir Path data;

  private void article(String name, String date, String title, String... sentences)
      throws IOException {
    Path dir = Files.createDirectories(data.resolve("articles/2011"));
    StringBuilder paras = new StringBuilder();
    for (String s : sentences) {
      paras.append(paras.length() == 0 ? "" : ", ").append("[\"").append(s).append("\"]");
    }
    Files.writeString(
        dir.resolve(name + ".json"),
        "{\"title\": \""
            + title
            + "\", \"date\": \""
            + date
            + "\", \"source\": \"nyt\","
            + " \"main-event\": \"never read\", \"body-paragraphs\": ["
            + paras
            + "]}");
  }

  @Test
  void readsArticlesAndTriplets() throws IOException {
    article("aaa_1", "2011-03-02", "Title one", "First sentence.", "Second sentence.");
    article("aaa_2", "2011-03-02", "Title two", "Other sentence.");
    List<BasilCorpus.Item> items = BasilCorpus.read(data, 2011, 2011);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).triplet()).isEqualTo("aaa");
    assertThat(items.get(0).article().body()).isEqualTo("First sentence.\n\nSecond sentence.");
    assertThat(items.get(0).article().published()).hasToString("2011-03-02");
    assertThat(BasilCorpus.read(data, 2012, 2016)).isEmpty();
  }

  @Test
  void storiesOfTwoTriplets() throws IOException {
    article(
        "aaa_1",
        "2011-03-02",
        "Governor vetoes the harbour bridge budget",
        "The governor vetoed the harbour bridge budget on Monday.");
    article(
        "aaa_2",
        "2011-03-02",
        "Harbour bridge budget vetoed by governor",
        "The harbour bridge budget was vetoed by the governor.");
    article(
        "bbb_1",
        "2011-09-20",
        "Storm closes the airport for a day",
        "A storm closed the airport and grounded flights.");
    article(
        "bbb_2",
        "2011-09-21",
        "Airport reopens after storm",
        "Flights resumed at the airport after the storm.");
    StoryEvaluation.Result r =
        new StoryEvaluation(KnowledgeBase.builtIn())
            .run(BasilCorpus.read(data, 2011, 2011), StoryOptions.DEFAULTS);
    assertThat(r.scores().n()).isEqualTo(4);
    assertThat(r.scores().bcubed().f1()).isEqualTo(1.0);
    assertThat(r.stories()).hasSize(2);
  }

  @Test
  void labelSpansScoredByOverlap() throws IOException {
    article("aaa_1", "2011-03-02", "T", "The regime slammed the plan.", "Critics were gloomy.");
    Files.createDirectories(data.resolve("annotations/2011"));
    // gold: "regime" (p0, 4-10) and "gloomy" (p1, 13-19); the lexicon finds regime and slammed
    Files.writeString(
        data.resolve("annotations/2011/aaa_1_ann.json"),
        "{\"phrase-level-annotations\": ["
            + "{\"id\": \"p0\", \"bias\": \"lex\", \"start\": 4, \"end\": 10, \"txt\": \"regime\"},"
            + "{\"id\": \"p1\", \"bias\": \"lex\", \"start\": 13, \"end\": 19, \"txt\":"
            + " \"gloomy\"},"
            + "{\"id\": \"p1\", \"bias\": \"inf\", \"start\": 0, \"end\": 7, \"txt\": \"Critics\"},"
            + "{\"id\": \"p1\", \"bias\": \"lex\", \"start\": 0, \"end\": 3, \"txt\": \"xyz\"}]}");
    LabelEvaluation.Score s =
        new LabelEvaluation(LoadedLabelLexicon.builtIn())
            .run(data, BasilCorpus.read(data, 2011, 2011));
    assertThat(s.gold()).isEqualTo(2);
    assertThat(s.unplaced()).isEqualTo(1);
    assertThat(s.spans().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.spans().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.tokens().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.articles()).isEqualTo(1);
  }
}
