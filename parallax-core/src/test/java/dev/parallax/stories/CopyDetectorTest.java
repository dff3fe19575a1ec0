package dev.parallax.stories;

import static dev.parallax.stories.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
  /** A made-up wire report of a dam opening, five paragraphs. */
  static final String[] WIRE = {
    "Engineers in Nordhaven opened the sluice gates of the new Kessel river dam on Thursday,"
        + " releasing water into the valley for the first time since construction began four years"
        + " ago.",
    "The dam, built by a consortium of three regional firms, is expected to supply electricity to"
        + " about forty thousand homes and to protect the lower valley from the spring floods that"
        + " damaged hundreds of farms in recent years.",
    "Regional governor Ilse Brandauer told reporters at the site that the project had come in"
        + " under budget and that the first turbines would reach full output before the end of the"
        + " summer.",
    "Farmers downstream welcomed the opening but said they would watch the water level closely,"
        + " after a trial release in the autumn flooded several fields near the village of Ostmark.",
    "Environmental groups have asked the regional court to order a study of the fish ladders,"
        + " which they say are too steep for the salmon that spawn upstream each year."
  };

  private final CopyDetector detector = new CopyDetector();

  private static Article wire(String id, String outlet, String date, String... paragraphs) {
    return article(id, outlet, date, "Kessel dam opens its gates", paragraphs);
  }

  @Test
  void theSameWireTextUnderAnotherOutletIsACopyOfTheEarlierOne() {
    Article first = wire("w1", "Northwire", "2024-06-06", WIRE);
    Article later = wire("w2", "Valley Ledger", "2024-06-07", WIRE);

    assertThat(detector.copies(List.of(later, first))).containsExactly(Map.entry("w2", "w1"));
  }

  @Test
  void anEditedCarriageIsACopy() {
    List<String> edited = new ArrayList<>(List.of(WIRE));
    edited.set(0, "NORDHAVEN, June 6 (Northwire) - " + edited.get(0));
    edited.add(0, "By Pat Lindqvist");
    edited.remove(edited.size() - 1); // the last paragraph cut to fit
    edited.add("Sign up for the Valley Ledger newsletter to get the day's news every morning.");
    Article original = wire("w1", "Northwire", "2024-06-06", WIRE);
    Article copy = wire("w2", "Valley Ledger", "2024-06-06", edited.toArray(String[]::new));

    assertThat(detector.copies(List.of(original, copy))).containsExactly(Map.entry("w2", "w1"));
  }

  @Test
  void anotherReportOfTheSameHappeningWithTheSameNamesIsNoCopy() {
    Article wire = wire("w1", "Northwire", "2024-06-06", WIRE);
    Article own =
        article(
            "o1",
            "Ostmark Courier",
            "2024-06-06",
            "Water flows again below the Kessel dam",
            "Water reached Ostmark on Thursday afternoon, hours after engineers in Nordhaven opened"
                + " the sluice gates of the Kessel river dam.",
            "Governor Ilse Brandauer, who attended the opening, said the turbines would reach full"
                + " output by the end of the summer and that the dam came in under budget.",
            "Several farmers in the village said they remembered the autumn trial release that"
                + " flooded their fields and would keep their cattle on higher ground this week.",
            "Environmental groups went to the regional court over the fish ladders, which they call"
                + " too steep for salmon spawning upstream.");

    assertThat(detector.copies(List.of(wire, own))).isEmpty();
    long[] a = CopyDetector.shingles(wire.body());
    long[] b = CopyDetector.shingles(own.body());
    assertThat(CopyDetector.containment(a, b)).isLessThan(0.2);
  }

  @Test
  void theOriginalIsTheEarliestThenTheSmallestIdWhateverTheInputOrder() {
    Article undated = wire("a0", "Hill Post", null, WIRE);
    Article sameDayLaterId = wire("b2", "Valley Ledger", "2024-06-06", WIRE);
    Article sameDayFirstId = wire("b1", "Northwire", "2024-06-06", WIRE);
    Article earlier = wire("z9", "River Daily", "2024-06-05", WIRE);
    List<Article> all = new ArrayList<>(List.of(undated, sameDayLaterId, sameDayFirstId, earlier));
    for (int i = 0; i < 4; i++) {
      Collections.rotate(all, 1);
      // every copy names the original, never another copy
      assertThat(detector.copies(all))
          .containsExactlyInAnyOrderEntriesOf(Map.of("a0", "z9", "b2", "z9", "b1", "z9"));
    }
  }

  @Test
  void aShortTextIsNeverACopy() {
    Article a = wire("s1", "Northwire", "2024-06-06", "The Kessel dam opened on Thursday.");
    Article b = wire("s2", "Valley Ledger", "2024-06-07", "The Kessel dam opened on Thursday.");

    assertThat(detector.copies(List.of(a, b))).isEmpty();
  }

  @Test
  void copiesAreLookedForOnlyWithinAStory() {
    Article first = wire("w1", "Northwire", "2024-06-06", WIRE);
    Article later = wire("w2", "Valley Ledger", "2024-06-07", WIRE);
    Map<String, Article> byId = Map.of("w1", first, "w2", later);
    Story together = new Story("s1", null, List.of("w1", "w2"), List.of(), null, null, List.of());
    Story one = new Story("s1", null, List.of("w1"), List.of(), null, null, List.of());
    Story other = new Story("s2", null, List.of("w2"), List.of(), null, null, List.of());

    assertThat(detector.inStories(List.of(together), byId::get))
        .containsExactly(Map.entry("w2", "w1"));
    assertThat(detector.inStories(List.of(one, other), byId::get)).isEmpty();
  }

  @Test
  void shinglesIgnoreCaseAndPunctuation() {
    assertThat(CopyDetector.shingles("The dam, it opened on Thursday!"))
        .containsExactly(CopyDetector.shingles("the DAM it opened -- on thursday"));
    assertThat(CopyDetector.shingles("four words only here")).isEmpty();
  }
}
