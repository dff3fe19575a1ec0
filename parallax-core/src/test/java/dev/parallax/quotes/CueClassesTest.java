package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classes of cue words added for recall: participle adjectives, evidentials, frames. */
class CueClassesTest {
  @Test
  void aParticipleAdjectiveWithAThatClauseIsAnAttribution() {
    String body = "The growers were frustrated that the port stayed shut for another week.";
    assertThat(AttributionCuesTest.attributions(body))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).contains("the port stayed shut");
              assertThat(q.speakerSpan().of(body)).isEqualTo("The growers");
            });
  }

  @Test
  void anAdjectiveOfFeelingFromTheAddedClassIsAnAttribution() {
    String body = "Local fishermen are outraged that the quota was cut again this spring.";
    assertThat(AttributionCuesTest.attributions(body))
        .singleElement()
        .satisfies(q -> assertThat(q.quote().text()).contains("the quota was cut"));
  }

  @Test
  void anAdverbOfHearsayMarksItsClauseWithoutASource() {
    String body = "The harbour master allegedly sold the permits to a rival shipping firm.";
    assertThat(AttributionCuesTest.attributions(body))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).startsWith("sold the permits");
              assertThat(q.speakerSpan()).isNull();
            });
    assertThat(QuoteExtractorTest.extract(body)).isEmpty();
  }

  @Test
  void aPollFramingTheMainClauseIsItsSource() {
    String body = "In the latest county poll, the incumbent leads her rival by six points.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(
            q -> {
              assertThat(q.quote().text()).startsWith("the incumbent leads");
              assertThat(q.speakerSpan().of(body)).contains("poll");
            });
    assertThat(QuoteExtractorTest.extract(body)).isEmpty();
  }

  @Test
  void aNounOfSayingFromTheAddedClassTakesItsThatClause() {
    String body = "Her assurance that the ferry would run all winter calmed the islanders.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(
            q -> {
              assertThat(q.quote().text()).contains("the ferry would run all winter");
              assertThat(q.quote().cue()).isEqualTo("assurance");
            });
  }

  @Test
  void aPluralNounOfSayingTakesItsThatClauseWhateverTheParserHangsThatOn() {
    String body =
        "Despite loud pronouncements that the strike was over, the docks stayed empty on Monday.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(q -> assertThat(q.quote().text()).contains("the strike was over"));
  }

  @Test
  void aRelativeThatAfterANounOfSayingIsNoContent() {
    String body = "The council dropped the charges that had kept the two clerks from their posts.";
    assertThat(AttributionCuesTest.attributions(body))
        .noneMatch(q -> q.quote().text().startsWith("that had kept"));
  }

  @Test
  void aVerbOfAssertingFromTheAddedClassIsAStance() {
    String body = "The senator alluded to the missing funds during a long hearing.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(
            q -> {
              assertThat(q.quote().text()).contains("the missing funds");
              assertThat(q.speakerSpan().of(body)).isEqualTo("The senator");
            });
    assertThat(QuoteExtractorTest.extract(body)).isEmpty();
  }

  @Test
  void aVerbOfRequestingFromTheAddedClassIsAStance() {
    String body = "The growers petitioned the ministry for a lower tax on diesel.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(q -> assertThat(q.speakerSpan().of(body)).isEqualTo("The growers"));
  }

  @Test
  void aVerbThatResumesSpeechCarriesAQuotationButNoObject() {
    String body =
        "The mayor spoke at the harbour on Sunday. \u201cWe will rebuild the old pier before"
            + " summer,\u201d she continued.\n\nThe fishermen continued to mend their nets.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(q -> assertThat(q.quote().text()).contains("rebuild the old pier"))
        .noneMatch(q -> q.quote().text().contains("mend their nets"));
  }

  @Test
  void aVerbOfConjectureTakesItsClauseButNoObject() {
    String body =
        "The engineers assume that the old bridge will hold another decade.\n\n"
            + "A new governor assumed office in the spring.";
    assertThat(AttributionCuesTest.attributions(body))
        .anySatisfy(q -> assertThat(q.quote().text()).contains("the old bridge will hold"))
        .noneMatch(q -> q.quote().text().equals("office"));
  }
}
