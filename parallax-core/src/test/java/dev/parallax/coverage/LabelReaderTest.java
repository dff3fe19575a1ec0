package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ActorMention.How;
import dev.parallax.model.Span;
import dev.parallax.quotes.ScareQuote;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelReaderTest {
  private final LabelReader reader =
      new LabelReader(LabelWords.builtIn(), LoadedLabelLexicon.builtIn());

  private List<String> labels(String body, List<ActorMention> mentions, List<Span> quoted) {
    return reader.read(new BodyWords(body), mentions, quoted, List.of()).stream()
        .map(l -> l.span().of(body))
        .toList();
  }

  @Test
  void aDescriptiveMentionLosesItsDeterminer() {
    String body = "Troops left the breakaway republic on Monday.";
    ActorMention m = Mentions.at(body, "the breakaway republic", 0, "k:V", "VLR", How.DESCRIPTION);
    assertThat(labels(body, List.of(m), List.of())).containsExactly("breakaway republic");
  }

  @Test
  void modifiersBeforeANameAndHeadsAfterItFormTheLabel() {
    String body = "Officials of the self-styled Veloria authorities met envoys.";
    assertThat(labels(body, List.of(Mentions.name(body, "Veloria", "k:V")), List.of()))
        .containsExactly("self-styled Veloria authorities");
  }

  @Test
  void aNameBeforeAPejorativeHeadIsLabelledWithIt() {
    String body = "Aid stopped after the Ostia regime closed the border.";
    assertThat(labels(body, List.of(Mentions.name(body, "Ostia", "k:O")), List.of()))
        .containsExactly("Ostia regime");
  }

  @Test
  void aMentionOpeningWithADeterminerLosesItWithTheHeadAfterIt() {
    String body = "Later the Ostia government replied.";
    ActorMention m = Mentions.at(body, "the Ostia", 0, "k:O", "OST", How.NAME);
    assertThat(labels(body, List.of(m), List.of())).containsExactly("Ostia government");
  }

  @Test
  void aHeadBeforeOfOrInNamesTheActorAfterIt() {
    String body =
        "Patrols entered the rebel province of Veloria while the regime in Ostia watched.";
    List<ActorMention> mentions =
        List.of(Mentions.name(body, "Veloria", "k:V"), Mentions.name(body, "Ostia", "k:O"));
    assertThat(labels(body, mentions, List.of())).containsExactly("rebel province", "regime");
  }

  @Test
  void anAppositionEndsAtItsLastHead() {
    String body = "Veloria, a small landlocked state that borders the sea, voted.";
    assertThat(labels(body, List.of(Mentions.name(body, "Veloria", "k:V")), List.of()))
        .containsExactly("small landlocked state");
  }

  @Test
  void aListOfNamesAfterACommaIsNoApposition() {
    String body = "Veloria, the United States and Ostia signed.";
    assertThat(labels(body, List.of(Mentions.name(body, "Veloria", "k:V")), List.of())).isEmpty();
  }

  @Test
  void aLoadedVerbBeforeANameIsNoLabel() {
    String body = "Ostia slammed Veloria over the vote.";
    assertThat(labels(body, List.of(Mentions.name(body, "Veloria", "k:V")), List.of())).isEmpty();
  }

  @Test
  void wordsInsideAQuotedStatementAreTheSpeakers() {
    String body = "\"The self-proclaimed Veloria authorities lie,\" the envoy said.";
    Span quote = new Span(1, body.indexOf(",\""));
    assertThat(labels(body, List.of(Mentions.name(body, "Veloria", "k:V")), List.of(quote)))
        .isEmpty();
  }

  @Test
  void aScareQuoteNamesTheNearestMention() {
    String body = "Ostia mocked the \"elections\" held in Veloria last week.";
    int start = body.indexOf("elections");
    ScareQuote scare = new ScareQuote(start, start + 9, "elections", false);
    ActorMention veloria = Mentions.name(body, "Veloria", "k:V");
    ActorMention ostia = Mentions.name(body, "Ostia", "k:O");
    List<ReadLabel> read =
        reader.read(new BodyWords(body), List.of(ostia, veloria), List.of(), List.of(scare));
    assertThat(read).singleElement().satisfies(l -> assertThat(l.scare()).isTrue());
    assertThat(read.get(0).mention()).isEqualTo(veloria);
  }

  @Test
  void aScareQuoteRightAfterANameOrModifierHeadsAPhrase() {
    String body =
        "She said the Ostian \"cabinet\" and this self-styled \"state\" and \"talks\" erred.";
    BodyWords text = new BodyWords(body);
    ActorMention ostian = Mentions.at(body, "Ostian", 0, "k:O", "OST", How.DEMONYM);
    assertThat(reader.headsAPhrase(text, span(body, "cabinet"), List.of(ostian))).isTrue();
    assertThat(reader.headsAPhrase(text, span(body, "state"), List.of(ostian))).isTrue();
    assertThat(reader.headsAPhrase(text, span(body, "talks"), List.of(ostian))).isFalse();
  }

  private static Span span(String body, String word) {
    int start = body.indexOf(word);
    return new Span(start, start + word.length());
  }

  @Test
  void pronounsGiveNoLabel() {
    String body = "The rebel said it would stay.";
    ActorMention it = Mentions.at(body, "it", 0, "k:V", null, How.PRONOUN);
    assertThat(labels(body, List.of(it), List.of())).isEmpty();
  }
}
