package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> inner(String body) {
    return QuoteMarks.scan(body).stream().map(m -> m.inner().of(body)).toList();
  }

  @Test
  void readsStraightCurlyGuillemetAndLowHighMarks() {
    assertThat(inner("He said \"yes, we will\" and left.")).containsExactly("yes, we will");
    assertThat(inner("She said “the talks are over” today.")).containsExactly("the talks are over");
    assertThat(inner("«Nous restons», dit-il.")).containsExactly("Nous restons");
    assertThat(inner("Er sagte: „Wir bleiben hier.“ Dann ging er."))
        .containsExactly("Wir bleiben hier.");
  }

  @Test
  void doubledApostrophesAndBackticksAreDoubleMarks() {
    assertThat(inner("''We stay here,'' the mayor said.")).containsExactly("We stay here,");
    assertThat(inner("He called it ``a plain mistake'' and left."))
        .containsExactly("a plain mistake");
    assertThat(inner("It isn't the farmers' fault.")).isEmpty();
  }

  @Test
  void theSameCurlyMarkMayOpenAndClose() {
    assertThat(inner("“The border is closed,“ the minister said."))
        .containsExactly("The border is closed,");
  }

  @Test
  void aRightMarkThatStartsALineOpens() {
    // Only a mistyped opener can stand there; inside a line the right mark still only closes.
    assertThat(inner("Intro line.\n”We lost the harvest. The rain came late.” ― A farmer\n"))
        .containsExactly("We lost the harvest. The rain came late.");
    assertThat(inner("The mayor ”said no” twice.")).isEmpty();
  }

  @Test
  void aQuoteRunsOnIntoAParagraphThatReopensIt() {
    String body = "“The first paragraph ends open,\n\n“and the second one closes,” she said.";
    List<QuoteMarks.Marked> marks = QuoteMarks.scan(body);
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).paragraphs()).isEqualTo(2);
    assertThat(marks.get(0).inner().of(body)).endsWith("second one closes,");
  }

  @Test
  void anUnclosedQuoteStopsAtItsParagraph() {
    String body = "He said “this runs on and on.\n\nThe next paragraph is the reporter's own.";
    List<QuoteMarks.Marked> marks = QuoteMarks.scan(body);
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).closed()).isFalse();
    assertThat(marks.get(0).outer().end()).isLessThanOrEqualTo(body.indexOf("\n"));
  }

  @Test
  void nestedSingleQuotesAreFoundButApostrophesAreNot() {
    String body = "“Our patience is ‘almost’ gone and we don't wait,” he said.";
    List<QuoteMarks.Marked> marks = QuoteMarks.scan(body);
    assertThat(marks).hasSize(2);
    assertThat(marks.get(1).nested()).isTrue();
    assertThat(marks.get(1).inner().of(body)).isEqualTo("almost");
  }

  @Test
  void aHugeParagraphWithOneOpeningMarkIsBounded() {
    String body = "“" + "word ".repeat(20_000);
    List<QuoteMarks.Marked> marks = QuoteMarks.scan(body);
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).outer().length()).isLessThanOrEqualTo(QuoteMarks.MAX_OPEN);
  }

  @Test
  void emptyAndMarkOnlyBodiesGiveNothingOrBoundedSpans() {
    assertThat(QuoteMarks.scan("")).isEmpty();
    for (String odd : List.of("\"", "“”", "» «", "\"\"\"", "'", "„")) {
      for (QuoteMarks.Marked m : QuoteMarks.scan(odd)) {
        assertThat(m.outer().end()).isLessThanOrEqualTo(odd.length());
        assertThat(m.inner().start()).isGreaterThanOrEqualTo(m.outer().start());
      }
    }
  }

  @Test
  void aShortQuotationOpeningItsSentenceWithACommaInsideIsAStatement() {
    String said = "Then it ended.\n\n\u201cWe love it,\u201d he said.";
    assertThat(QuoteExtractor.isScare(said, QuoteMarks.scan(said).get(0))).isFalse();
    String term = "He called it \u201ca plain mistake\u201d and left.";
    assertThat(QuoteExtractor.isScare(term, QuoteMarks.scan(term).get(0))).isTrue();
  }
}
