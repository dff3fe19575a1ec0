package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import org.junit.jupiter.api.Test;

class DiscourseIdiomsTest {
  private static final DiscourseIdioms IDIOMS = DiscourseIdioms.bundled();

  private static Statement statement(String body, String cue, String content) {
    int c = body.indexOf(cue);
    int t = body.indexOf(content, c);
    return new Statement(
        new Span(t, t + content.length()),
        QuoteKind.INDIRECT,
        cue,
        new Span(c, c + cue.length()),
        null,
        null,
        -1);
  }

  @Test
  void aCueAndContentInsideTheIdiomAreDropped() {
    String body = "Having said that, the council voted.";
    assertThat(IDIOMS.covers(body, statement(body, "said", "that"))).isTrue();
  }

  @Test
  void aContentReachingPastTheIdiomIsKept() {
    String body = "Having said that the council would vote, she left.";
    assertThat(IDIOMS.covers(body, statement(body, "said", "that the council would vote")))
        .isFalse();
  }

  @Test
  void thePhraseMustBeWholeWords() {
    String body = "Having said Thatcher was right, he left.";
    assertThat(IDIOMS.covers(body, statement(body, "said", "That"))).isFalse();
  }

  @Test
  void aStatementWithoutACueIsNoIdiom() {
    String body = "“That said, we move on,” she wrote.";
    Statement direct = new Statement(new Span(1, 23), QuoteKind.DIRECT, null, null, null, null, -1);
    assertThat(IDIOMS.covers(body, direct)).isFalse();
  }
}
