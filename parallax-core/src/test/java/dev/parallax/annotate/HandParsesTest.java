package dev.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

class HandParsesTest {
  /** The corpus tests of quotes and events, which stay end-to-end on CoreNLP. */
  private static final Set<String> END_TO_END =
      new TreeSet<>(
          Set.of(
              "quotes/ExampleQuotesTest",
              "quotes/SeedQuotesTest",
              "quotes/QuoteExtractorOddInputTest",
              "events/ExampleEventsTest",
              "events/SeedEventsTest"));

  @Test
  @DisabledIfSystemProperty(named = HandParses.REGENERATE, matches = "true")
  void aBodyWithoutAParseNamesItAndTheFlag() {
    Article article =
        new Article("a1", "t", null, null, null, null, "en", "No test\nasks this.", List.of());
    assertThatThrownBy(() -> HandParses.of("quotes").annotate(article))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no hand-written parse for: No test\\nasks this.; regenerate with"
                + " -Dparallax.parses.regenerate=true");
  }

  @Test
  void aParseCarriesTheCallersArticle() {
    String body = "Moldova expelled two Belarusian diplomats.";
    Article article = new Article("mine", "t", null, null, null, null, "en", body, List.of());
    AnnotatedArticle annotated = HandParses.of("events").annotate(article);
    assertThat(annotated.article()).isSameAs(article);
    assertThat(annotated.sentences()).singleElement().satisfies(s -> assertThat(s.isParsed()));
    assertThat(annotated.entities()).extracting(NamedEntity::text).contains("Moldova");
  }

  @Test
  void theRuleTestsOfQuotesAndEventsNeverReachCoreNlp() throws IOException, URISyntaxException {
    // A class file names every class it refers to; a rule test that names none of CoreNLP's (nor
    // the adapter's, nor the pipeline's models, which hold the annotator) never loads them: its
    // parses are hand-written.
    Set<String> reaching = new TreeSet<>();
    Set<String> checked = new TreeSet<>();
    for (String dir : List.of("quotes", "events")) {
      Path root = Path.of(HandParsesTest.class.getResource("/dev/parallax/" + dir).toURI());
      try (Stream<Path> files = Files.list(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name =
              dir + "/" + file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
          String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          if (bytes.contains("edu/stanford/nlp/")
              || bytes.contains("dev/parallax/annotate/corenlp/")
              || bytes.contains("dev/parallax/pipeline/Models")) {
            reaching.add(name);
          }
          checked.add(name);
        }
      }
    }
    assertThat(checked)
        .contains(
            "quotes/QuoteExtractorTest", "quotes/AttributionCuesTest", "events/EventFixtures");
    assertThat(reaching).isEqualTo(END_TO_END);
  }
}
