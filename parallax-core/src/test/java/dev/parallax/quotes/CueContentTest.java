package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.DependencyTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content a cue in the lexicon takes when the parse is not the textbook one. */
class CueContentTest {
  private static ExtractedQuote withCue(String body, String cue) {
    return AttributionCuesTest.attributions(body).stream()
        .filter(q -> cue.equals(q.quote().cue()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTopicAfterATimePhraseIsTheContentOfAStance() {
    // "In March" is the first oblique of "called"; the "for" phrase after it is the topic.
    String body = "In March, the tenants' union called for a rent freeze across the city.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().cue()).isEqualTo("called"));
    assertThat(quotes.get(0).quote().text()).contains("a rent freeze");
  }

  @Test
  void aPassiveCueReportsItsSubject() {
    String body = "The new ferry timetable was criticised by the island council in a short letter.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().cue()).isEqualTo("criticised"));
    assertThat(quotes.get(0).quote().text()).isEqualTo("The new ferry timetable");
  }

  @Test
  void aPassivePronounIsNoContent() {
    assertThat(AttributionCuesTest.attributions("It was criticised in a short letter.")).isEmpty();
  }

  @Test
  void aParticipleOfSayingSpeaksForTheSubjectOfTheSentence() {
    String body =
        "Mayor Ilse Brandvold, a former pilot, then went on local radio and began by saying she"
            + " would \u201cnever\u201d close the port in summer.";
    ExtractedQuote saying = withCue(body, "saying");
    assertThat(saying.quote().text()).startsWith("she would");
    assertThat(saying.speakerSpan().of(body)).contains("Brandvold");
  }

  @Test
  void aGerundAfterForIsTheTopicOfAStance() {
    // Read as an oblique here; as an adverbial clause with the mark "for" in other parses.
    String body = "But has the mayor called for ending the night shifts of the older crews?";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes).extracting(q -> q.quote().cue()).contains("called");
    assertThat(
            quotes.stream()
                .filter(q -> q.quote().cue().equals("called"))
                .findFirst()
                .orElseThrow()
                .quote()
                .text())
        .contains("ending the night shifts");
  }

  @Test
  void aCueBetweenCommasMidSentenceTakesTheClauseBeforeIt() {
    // The parser leaves "she said" as a loose dependent between the commas, not a parataxis.
    String body =
        "It would probably take four to five months to repair the old bridge for heavy trucks,"
            + " she said, and the long detours could be costly.";
    ExtractedQuote said = withCue(body, "said");
    assertThat(said.quote().text()).startsWith("It would probably take").endsWith("heavy trucks");
    assertThat(said.speakerSpan().of(body)).isEqualTo("she");
  }

  @Test
  void aGerundWithItsPrepositionAsCaseIsTheTopicOfAStance() {
    // "has he called for changing the rule ?" with "for" the case of an adverbial clause.
    String[][] words = {
      {"has", "VBZ"}, {"he", "PRP"}, {"called", "VBD"}, {"for", "IN"},
      {"changing", "VBG"}, {"the", "DT"}, {"rule", "NN"}, {"?", "."}
    };
    int[][] edges = {{2, 0}, {2, 1}, {-1, 2}, {4, 3}, {2, 4}, {6, 5}, {4, 6}, {2, 7}};
    String[] relations = {"aux", "nsubj", "root", "case", "advcl", "det", "obj", "punct"};
    DependencyTree tree = SpeakerResolverTest.tree(words, edges, relations);
    assertThat(ReportedSpeech.isTopicGerund(tree, new Dependency(2, 4, "advcl"))).isTrue();

    words[3] = new String[] {"after", "IN"};
    DependencyTree after = SpeakerResolverTest.tree(words, edges, relations);
    assertThat(ReportedSpeech.isTopicGerund(after, new Dependency(2, 4, "advcl"))).isFalse();
  }
}
