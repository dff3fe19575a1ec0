package dev.parallax.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Article;
import dev.parallax.pipeline.Models;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // runs CoreNLP
class CoreNlpAnnotatorTest {
  static Article article(String body) {
    return new Article("a1", "test", null, null, null, null, "en", body, List.of());
  }

  static void assertOffsetsExact(AnnotatedArticle annotated) {
    String body = annotated.article().body();
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    for (NamedEntity e : annotated.entities()) {
      assertThat(body.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void tokenOffsetsIndexTheBodyThroughOddTypography() {
    String body =
        "“We will not leave,” the envoy said — calmly.\u00A0The rally in Нови Сад drew"
            + " 2\u00A0000 people 😀🇽🇰 on October 23,2021, see https://example.org/a?b=1&c=2."
            + "\n\nIt's “over”, isn't it?";
    AnnotatedArticle annotated = CoreNlpAnnotators.shared(Profile.LEXICAL).annotate(article(body));

    assertOffsetsExact(annotated);
    List<String> texts =
        annotated.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    assertThat(texts).contains("“", "—", "Нови", "😀", "https://example.org/a?b=1&c=2");
    assertThat(String.join("", texts).replace("\u00A0", ""))
        .isEqualTo(body.replaceAll("[\\s\u00A0]", ""));
    Token said = find(annotated, "said");
    assertThat(said.lemma()).isEqualTo("say");
    assertThat(said.pos()).isEqualTo("VBD");
    assertThat(said.ner()).isNull();
  }

  @Test
  void sentencesNeverCrossAParagraphBreak() {
    String body =
        "The talks went on late into the night and\n\nno agreement was reached\n\nby dawn";
    AnnotatedArticle annotated = CoreNlpAnnotators.shared(Profile.TOKENS).annotate(article(body));

    assertThat(annotated.sentences()).hasSize(3);
    for (Sentence s : annotated.sentences()) {
      assertThat(body.substring(s.start(), s.end())).doesNotContain("\n\n");
    }
    assertThat(annotated.sentences().get(0).tokens().get(0).lemma()).isNull();
  }

  @Test
  void namesFindsPersonsOrganisationsAndPlaces() {
    String body =
        "Maria Lindqvist, a spokeswoman for the European Commission, met Tomas Berg in Vienna on"
            + " Monday. Later she flew to Norway to speak to Greenpeace volunteers.";
    AnnotatedArticle annotated = CoreNlpAnnotators.shared(Profile.NAMES).annotate(article(body));

    assertOffsetsExact(annotated);
    assertThat(annotated.entities())
        .extracting(NamedEntity::text, NamedEntity::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Maria Lindqvist", "PERSON"),
            org.assertj.core.groups.Tuple.tuple("European Commission", "ORGANIZATION"),
            org.assertj.core.groups.Tuple.tuple("Tomas Berg", "PERSON"),
            org.assertj.core.groups.Tuple.tuple("Vienna", "LOCATION"),
            org.assertj.core.groups.Tuple.tuple("Norway", "LOCATION"));
    assertThat(annotated.entities()).extracting(NamedEntity::text).doesNotContain("she");
    assertThat(find(annotated, "Vienna").ner()).isEqualTo("LOCATION");
    assertThat(annotated.coref()).isEmpty();
  }

  @Test
  void fullParsesCueSentencesOnlyAndChainsPronouns() {
    String body =
        "The weather was mild and the streets were quiet. Helga Marsh expelled two attachés on"
            + " Tuesday. She said they had broken the rules.";
    Annotator full = Models.shared().annotator();
    AnnotatedArticle annotated = full.annotate(article(body));

    List<Sentence> sentences = annotated.sentences();
    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0).isParsed()).isFalse();
    assertThat(sentences.get(1).isParsed()).isTrue();
    assertThat(sentences.get(2).isParsed()).isTrue();
    Sentence expelled = sentences.get(1);
    int verb = indexOf(expelled, "expelled");
    assertThat(expelled.headOf(verb).relation()).isEqualTo("root");
    assertThat(expelled.dependentsOf(verb))
        .anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"))
        .anySatisfy(d -> assertThat(d.relation()).isEqualTo("obj"));
    assertThat(annotated.coref()).hasSize(1);
    assertThat(annotated.coref().get(0).mentions())
        .extracting(m -> m.text())
        .containsExactly("Helga Marsh", "She");
    assertThat(annotated.coref().get(0).representativeMention().text()).isEqualTo("Helga Marsh");
  }

  @Test
  void passivesKeepTheirAgentInTheBasicTree() {
    String body = "Two attachés were expelled by the government on Monday.";
    Sentence s = Models.shared().annotator().annotate(article(body)).sentences().get(0);

    int verb = indexOf(s, "expelled");
    int agent = indexOf(s, "government");
    assertThat(s.headOf(indexOf(s, "attachés")).relation()).isEqualTo("nsubj:pass");
    assertThat(s.headOf(agent).governor()).isEqualTo(verb);
    // Basic UD: the agent is an obl whose case marker is "by" (enhanced++ would say obl:by).
    assertThat(s.headOf(agent).relation()).isEqualTo("obl");
    assertThat(s.dependentsOf(agent))
        .anySatisfy(d -> assertThat(s.tokens().get(d.dependent()).text()).isEqualTo("by"));
    assertThat(s.dependencies()).hasSize(s.tokens().size());
  }

  @Test
  void quotationMarksSelectASentenceForParsing() {
    String body = "“The harbour is closed to all ships,” a notice on the gate read.";
    AnnotatedArticle annotated = Models.shared().annotator().annotate(article(body));

    assertThat(annotated.sentences()).singleElement().matches(Sentence::isParsed);
  }

  private static Token find(AnnotatedArticle annotated, String text) {
    return annotated.sentences().stream()
        .flatMap(s -> s.tokens().stream())
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow();
  }

  private static int indexOf(Sentence s, String text) {
    return s.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().index();
  }
}
