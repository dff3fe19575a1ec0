package dev.parallax.time;

import static dev.parallax.time.TimeFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.resources.Rules;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // SUTime
class SpelledYearTest {
  private static final TimeLexicon LEXICON = TimeLexicon.of(Rules.bundled());

  @Test
  void theUnitAfterAHyphenCompletesTheYearAndTheSpan() {
    String body = "The bridge was finished in eighteen eighty-three by the city.";
    List<TimeExpression> in = List.of(at(body, "eighteen eighty", TimexType.DATE, "1880"));
    TimeExpression out = SpelledYear.apply(body, in, LEXICON).get(0);
    assertThat(out.value()).isEqualTo("1883");
    assertThat(out.text()).isEqualTo("eighteen eighty-three");
    assertThat(body.substring(out.start(), out.end())).isEqualTo(out.text());
  }

  @Test
  void aSeasonKeepsItsSuffix() {
    String body = "the spring of nineteen seventy-two was dry";
    List<TimeExpression> in =
        List.of(at(body, "the spring of nineteen seventy", TimexType.DATE, "1970-SP"));
    assertThat(SpelledYear.apply(body, in, LEXICON).get(0).value()).isEqualTo("1972-SP");
  }

  @Test
  void yearsInDigitsAndOtherHyphenatedWordsAreLeftAlone() {
    String body = "In 1970-two plans failed; in nineteen seventy-odd ways.";
    List<TimeExpression> in =
        List.of(
            at(body, "1970", TimexType.DATE, "1970"),
            at(body, "nineteen seventy", TimexType.DATE, "1970"));
    assertThat(SpelledYear.apply(body, in, LEXICON)).isEqualTo(in);
  }
}
