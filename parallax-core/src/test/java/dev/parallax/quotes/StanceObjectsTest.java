package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which objects of stance and speech verbs are contents, on sentences run through the parser. */
class StanceObjectsTest {
  private static List<String> contents(String body) {
    return AttributionCuesTest.attributions(body).stream().map(q -> q.quote().text()).toList();
  }

  @Test
  void bundledWordClassesAreRead() {
    StanceObjects objects = StanceObjects.bundled();
    assertThat(objects.times()).contains("wednesday", "week").doesNotContain("march", "may");
    assertThat(objects.relatives()).contains("who");
    assertThat(objects.predicates()).contains("as", "of");
  }

  @Test
  void theVerbClassesHoldOnlyCueWords() {
    SpeechCues cues = SpeechCues.bundled();
    assertThat(cues.addressed()).isNotEmpty().allMatch(w -> cues.isVerb(w) || cues.isStance(w));
    assertThat(cues.predicatives()).isNotEmpty().allMatch(w -> cues.isVerb(w) || cues.isStance(w));
    assertThat(cues.objectless()).isNotEmpty().allMatch(w -> cues.isVerb(w) || cues.isStance(w));
  }

  @Test
  void anObjectlessCueReadsNoObjectButStillItsClause() {
    // "address" and "back" are stances whose object is mostly no attribution; "write" is a verb
    // of saying that keeps its clause.
    assertThat(contents("The governor addressed the farmers' union at its spring meeting."))
        .isEmpty();
    assertThat(contents("Two county councils backed the new water charges on Thursday.")).isEmpty();
    assertThat(contents("The auditor wrote that the water charges were far too high."))
        .containsExactly("that the water charges were far too high");
  }

  @Test
  void aPhraseTellingWhenIsNoContentButATopicAfterItIs() {
    List<String> found = contents("The mayor called on Tuesday for an inquiry into the fire.");
    assertThat(found).noneMatch(c -> c.contains("Tuesday") && !c.contains("inquiry"));
    assertThat(found).anyMatch(c -> c.startsWith("an inquiry") || c.startsWith("for an inquiry"));
  }

  @Test
  void aSumIsNoContent() {
    assertThat(contents("The campaign of the governor raised $4 million in August."))
        .noneMatch(c -> c.contains("million"));
  }

  @Test
  void aRelativePronounAloneIsNoContent() {
    assertThat(contents("These are the rivals whom the old governor rejected."))
        .noneMatch(c -> c.equals("whom"));
  }

  @Test
  void theListenerOfAVerbOfSpeakingIsNoContent() {
    assertThat(contents("Speaking to farmers in the valley, the governor smiled and waved."))
        .noneMatch(c -> c.startsWith("to farmers"));
  }

  @Test
  void whatIsSeenIsNoContentWithoutItsPredicate() {
    assertThat(contents("The inspector saw the broken gate near the barn."))
        .noneMatch(c -> c.contains("gate"));
    assertThat(contents("The inspector sees the new rules as a burden on small farms."))
        .anyMatch(c -> c.contains("the new rules"));
  }

  @Test
  void anObjectTakesInThePredicatePhraseAfterIt() {
    assertThat(contents("The union accused the manager of hiding the audit from the workers."))
        .anyMatch(c -> c.startsWith("the manager of hiding the audit"));
  }
}
