package dev.parallax.time;

import static dev.parallax.time.TimeFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // SUTime
class YearEndTest {
  private static final TimeLexicon LEXICON = TimeLexicon.of(Rules.bundled());
  private static final PartialDate PUBLISHED = PartialDate.parse("2030-05-14");

  @Test
  void byYearEndIsTheLastDayOfThePublicationYear() {
    String body = "The brewer hopes to close the sale by year-end.";
    List<TimeExpression> in = List.of(at(body, "year", TimexType.DURATION, "P1Y"));
    TimeExpression out = YearEnd.apply(body, in, LEXICON, PUBLISHED).get(0);
    assertThat(out.text()).isEqualTo("year-end");
    assertThat(out.type()).isEqualTo(TimexType.DATE);
    assertThat(out.value()).isEqualTo("2030-12-31");
  }

  @Test
  void sinceYearEndLooksBackToTheYearBefore() {
    String body = "Its shares have doubled since the year end, traders said.";
    List<TimeExpression> in = List.of(at(body, "year", TimexType.DURATION, "P1Y"));
    TimeExpression out = YearEnd.apply(body, in, LEXICON, PUBLISHED).get(0);
    assertThat(out.text()).isEqualTo("year end");
    assertThat(out.value()).isEqualTo("2029-12-31");
  }

  @Test
  void yearEndModifyingANounIsNoTime() {
    String body = "Analysts said year-end bonuses would shrink.";
    List<TimeExpression> in = List.of(at(body, "year", TimexType.DURATION, "P1Y"));
    assertThat(YearEnd.apply(body, in, LEXICON, PUBLISHED)).isEmpty();
  }

  @Test
  void aYearWithoutEndIsLeftAlone() {
    String body = "The plant ran for a year before it closed.";
    List<TimeExpression> in = List.of(at(body, "a year", TimexType.DURATION, "P1Y"));
    assertThat(YearEnd.apply(body, in, LEXICON, PUBLISHED)).isEqualTo(in);
  }

  @Test
  void withoutAPublicationDateTheValueIsUnknown() {
    String body = "The deal should close by year-end.";
    List<TimeExpression> in = List.of(at(body, "year", TimexType.DURATION, "P1Y"));
    assertThat(YearEnd.apply(body, in, LEXICON, null).get(0).value()).isNull();
  }
}
