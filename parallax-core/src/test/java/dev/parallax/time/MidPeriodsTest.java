package dev.parallax.time;

import static dev.parallax.time.TimeFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // SUTime
class MidPeriodsTest {
  private static final TimeLexicon LEXICON = TimeLexicon.of(Rules.bundled());
  private static final PartialDate PUBLISHED = PartialDate.parse("2030-10-20");

  private static List<Sentence> one(String body) {
    return List.of(new Sentence(0, 0, body.length(), List.of(), List.of()));
  }

  @Test
  void midMonthIsTheNearestSuchMonth() {
    String body = "The bakery will report results in mid-November, its owner said.";
    List<TimeExpression> out = MidPeriods.apply(body, one(body), List.of(), LEXICON, PUBLISHED);
    assertThat(out).extracting(TimeExpression::text).containsExactly("mid-November");
    assertThat(out.get(0).value()).isEqualTo("2030-11");
    assertThat(out.get(0).type()).isEqualTo(TimexType.DATE);
  }

  @Test
  void midYearIsTheYearAndComesInBodyOrder() {
    String body = "The club split in mid-2027 and closed on Monday.";
    List<TimeExpression> found = List.of(at(body, "Monday", TimexType.DATE, "2030-10-14"));
    List<TimeExpression> out = MidPeriods.apply(body, one(body), found, LEXICON, PUBLISHED);
    assertThat(out).extracting(TimeExpression::value).containsExactly("2027", "2030-10-14");
  }

  @Test
  void otherWordsAndCoveredSpansAreLeftAlone() {
    String body = "A mid-sized firm grew by the mid-2020s.";
    List<TimeExpression> found = List.of(at(body, "the mid-2020s", TimexType.DATE, "202"));
    assertThat(MidPeriods.apply(body, one(body), found, LEXICON, PUBLISHED)).isEqualTo(found);
  }

  @Test
  void withoutAPublicationDateTheMonthHasNoYear() {
    String body = "Talks resume in mid-March.";
    List<TimeExpression> out = MidPeriods.apply(body, one(body), List.of(), LEXICON, null);
    assertThat(out.get(0).value()).isEqualTo("XXXX-03");
  }
}
