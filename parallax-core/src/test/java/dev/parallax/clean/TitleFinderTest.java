package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
  @Test
  void stripsSiteNamesAndShortLabels() {
    assertThat(TitleFinder.stripSite("Tram line opens to the airport | City Post", null, null))
        .isEqualTo("Tram line opens to the airport");
    assertThat(
            TitleFinder.stripSite("Tram line opens - citypost.example", null, "citypost.example"))
        .isEqualTo("Tram line opens");
    assertThat(TitleFinder.stripSite("City Post | Tram line opens", "City Post", null))
        .isEqualTo("Tram line opens");
    assertThat(TitleFinder.stripSite("Zero Waste - A Guide", null, null))
        .isEqualTo("Zero Waste - A Guide");
  }

  @Test
  void metadataVoteWhenNoHeadingAgrees() {
    String title =
        TitleFinder.choose(
            List.of("Latest news"),
            Arrays.asList(
                "Tram fares frozen for a year",
                null,
                null,
                "Tram fares frozen for a year - City Post"),
            List.of(),
            null,
            null);
    assertThat(title).isEqualTo("Tram fares frozen for a year");
  }

  @Test
  void subheadingBreaksTheTieWithAPartOfTheTitle() {
    String title =
        TitleFinder.choose(
            List.of(),
            Arrays.asList(null, null, null, "City Post | Archive - Tram fares frozen for a year"),
            List.of("Tram fares frozen for a year"),
            "City Post",
            null);
    assertThat(title).isEqualTo("Tram fares frozen for a year");
  }

  @Test
  void nothingGivesNull() {
    assertThat(TitleFinder.choose(List.of(), Arrays.asList(null, null), List.of(), null, null))
        .isNull();
  }
}
