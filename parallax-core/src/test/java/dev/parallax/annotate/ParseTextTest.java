package dev.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseTextTest {
  private static final String BODY = "“We stay,” Ana Korr said.\u00a0She left.\n\nNo parse here";

  private static String example() throws IOException {
    try (InputStream in = ParseTextTest.class.getResourceAsStream("example.parses")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theExampleReadsAsItsBody() throws IOException {
    List<AnnotatedArticle> docs = ParseText.read("example.parses", example());

    assertThat(docs).singleElement();
    AnnotatedArticle a = docs.get(0);
    assertThat(a.article().body()).isEqualTo(BODY);
    assertThat(a.article().source()).isEqualTo("example.parses:4");
    assertThat(a.sentences())
        .extracting(s -> s.span().of(BODY))
        .containsExactly("“We stay,” Ana Korr said.", "She left.", "No parse here");
    Token korr = a.sentences().get(0).tokens().get(6);
    assertThat(korr).isEqualTo(new Token(6, 15, 19, "Korr", "Korr", "NNP", "PERSON"));
    assertThat(a.sentences().get(0).headOf(6)).isEqualTo(new Dependency(7, 6, "nsubj"));
    assertThat(a.sentences().get(0).headOf(7)).isEqualTo(new Dependency(-1, 7, "root"));
    assertThat(a.sentences().get(2).isParsed()).isFalse();
    assertThat(a.entities()).containsExactly(new NamedEntity(11, 19, "Ana Korr", "PERSON", 0));
    assertThat(a.coref())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.mentions())
                    .extracting(CorefChain.Mention::text)
                    .containsExactly("Ana Korr", "She"));
    assertThat(a.times()).isEmpty();
  }

  @Test
  void writingTheExampleGivesItBack() throws IOException {
    String file = example();
    AnnotatedArticle a = ParseText.read("example.parses", file).get(0);

    assertThat(ParseText.write(a, "ParseTextTest.theExampleReadsAsItsBody"))
        .isEqualTo(file.substring(file.indexOf("# newdoc")));
  }

  @Test
  void oddBodiesRoundTrip() {
    // Text before the first token and between tokens that no token holds, a token "_" and an
    // empty body: each reads back exactly.
    String body = "\u0000\t_ a\\b  \u200b\r\nc";
    Token under = new Token(0, 2, 3, "_", "_", "NN", null);
    Token slash = new Token(1, 4, 7, "a\\b", null, null, "O");
    Token c = new Token(0, 12, 13, "c", "c", "NN", "MISC");
    Sentence first = new Sentence(0, 2, 7, List.of(under, slash), List.of());
    Sentence second = new Sentence(1, 12, 13, List.of(c), List.of(new Dependency(-1, 0, "root")));
    AnnotatedArticle odd =
        new AnnotatedArticle(
            article(body),
            List.of(first, second),
            List.of(new NamedEntity(12, 13, "c", "MISC", 1)),
            List.of(),
            List.of());
    AnnotatedArticle empty =
        new AnnotatedArticle(article(""), List.of(), List.of(), List.of(), List.of());

    String text = ParseText.write(odd, null) + "\n" + ParseText.write(empty, null);
    List<AnnotatedArticle> back = ParseText.read("odd", text);

    assertThat(text)
        .contains("# leading = \\u0000\\t", "\\_\tNN", "a\\\\b", "SpacesAfter=\\s\\s\\u200b\\r\\n");
    assertThat(back).extracting(d -> d.article().body()).containsExactly(body, "");
    assertThat(back.get(0).sentences()).isEqualTo(odd.sentences());
    assertThat(back.get(0).entities()).isEqualTo(odd.entities());
  }

  @Test
  void timeExpressionsAreTheTestsToGive() {
    TimeExpression today = new TimeExpression(0, 5, "Today", TimexType.DATE, "2025-03-14", 0);
    Token token = new Token(0, 0, 5, "Today", "today", "NN", "O");
    AnnotatedArticle dated =
        new AnnotatedArticle(
            article("Today"),
            List.of(new Sentence(0, 0, 5, List.of(token), List.of())),
            List.of(),
            List.of(),
            List.of(today));
    assertThatThrownBy(() -> ParseText.write(dated, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time expressions");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("1\tWe\twe\tPRP\n", "f:3: expected 8 tab-separated columns"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\t2\tnsubj\t_\n3\tstay.\tstay\tVBP\tO\t0\troot\tSpaceAfter=No\n",
            "f:4: ID must be 2, not 3"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\t5\tnsubj\t_\n2\tstay.\tstay\tVBP\tO\t0\troot\tSpaceAfter=No\n",
            "f:3: HEAD 5 is outside the sentence of 2 tokens"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\tx\tnsubj\t_\n2\tstay.\tstay\tVBP\tO\t0\troot\tSpaceAfter=No\n",
            "f:3: HEAD must be a token ID or 0, not x"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\t2\t_\t_\n2\tstay.\tstay\tVBP\tO\t0\troot\tSpaceAfter=No\n",
            "f:3: HEAD and DEPREL go together"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\t2\tnsubj\t_\n2\tstay.\tstay\tVBP\tO\t_\t_\tSpaceAfter=No\n",
            "f:4: a HEAD on every token of a sentence, or on none"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\t2\tnsubj\tSpace\n2\tstay.\tstay\tVBP\tO\t0\troot\tSpaceAfter=No\n",
            "f:3: AFTER must be _, SpaceAfter=No or SpacesAfter=..., not Space"),
        Arguments.of(
            "1\tW\\e\twe\tPRP\tO\t2\tnsubj\t_\n2\tstay.\tstay\tVBP\tO\t0\troot\tSpaceAfter=No\n",
            "f:3: unknown escape \\e"),
        Arguments.of(
            "1\tWe\twe\tPRP\tO\t2\tnsubj\tSpaceAfter=No\n2\tstay.\tstay\tVBP\tO\t0\troot\t_\n",
            "f:2: # text does not match the tokens, which read: Westay."),
        Arguments.of("\n", "f:2: sentence without tokens"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedRowIsRejectedWithItsLine(String rows, String message) {
    String text = "# newdoc\n# text = We stay.\n" + rows;
    assertThatThrownBy(() -> ParseText.read("f", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void rowsOutsideADocumentOrSentenceAreRejected() {
    assertThatThrownBy(() -> ParseText.read("f", "# a comment\n1\tWe\n"))
        .hasMessage("f:2: row before the first # newdoc");
    assertThatThrownBy(() -> ParseText.read("f", "# newdoc\n1\tWe\twe\tPRP\tO\t_\t_\t_\n"))
        .hasMessage("f:2: token row before the sentence's # text");
  }

  private static Article article(String body) {
    return new Article("a", "t", null, null, null, null, "en", body, List.of());
  }
}
