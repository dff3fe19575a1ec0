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
  void theFirstWordsOfTheSiteNameAreTheSiteName() {
    assertThat(
            TitleFinder.stripSite(
                "Garden design ideas | Green Acre Studio", "Green Acre Studio Landscaping", null))
        .isEqualTo("Garden design ideas");
    // One word is no site name, however it begins the site's.
    assertThat(TitleFinder.stripSite("Why we garden | Green", "Green Acre Studio", null))
        .isEqualTo("Why we garden | Green");
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

  @Test
  void markupAtATitlesEdgesGoes() {
    assertThat(TitleFinder.trimEdges("## Harbour cranes return to work"))
        .isEqualTo("Harbour cranes return to work");
    assertThat(TitleFinder.trimEdges("Ten rules for a quiet garden \u22c6"))
        .isEqualTo("Ten rules for a quiet garden");
    assertThat(TitleFinder.trimEdges("Ten tips for travellers ."))
        .isEqualTo("Ten tips for travellers");
    assertThat(TitleFinder.trimEdges("Is C++ still worth learning?"))
        .isEqualTo("Is C++ still worth learning?");
    assertThat(TitleFinder.trimEdges("Ferry strike ends \uD83D\uDCA5"))
        .isEqualTo("Ferry strike ends \uD83D\uDCA5");
    assertThat(TitleFinder.trimEdges("#1 pick: the village bakery"))
        .isEqualTo("#1 pick: the village bakery");
    String fromMeta =
        TitleFinder.choose(
            List.of("Harbour cranes return to work"),
            Arrays.asList("## Harbour cranes return to work", null, null, null),
            List.of(),
            null,
            null);
    assertThat(fromMeta).isEqualTo("Harbour cranes return to work");
  }

  @Test
  void aLabelOrDateBeforeTheDeclaredTitleInTheHeadingGoes() {
    List<String> meta = Arrays.asList("Preparing the river ferry for winter", null, null, null);
    assertThat(
            TitleFinder.choose(
                List.of("Blog: Preparing the river ferry for winter"), meta, List.of(), null, null))
        .isEqualTo("Preparing the river ferry for winter");
    assertThat(
            TitleFinder.choose(
                List.of("Dec 18 2025 Preparing the river ferry for winter"),
                meta,
                List.of(),
                null,
                null))
        .isEqualTo("Preparing the river ferry for winter");
    // Words before it that are no label or date: the page's own wording of the headline.
    assertThat(
            TitleFinder.choose(
                List.of("The river ferry gets ready for winter"),
                Arrays.asList("River ferry gets ready for winter", null, null, null),
                List.of(),
                null,
                null))
        .isEqualTo("The river ferry gets ready for winter");
    // More than a label before it: the heading is a different, longer headline.
    assertThat(
            TitleFinder.choose(
                List.of("Why the council finally agreed on preparing the river ferry for winter"),
                meta,
                List.of(),
                null,
                null))
        .isEqualTo("Why the council finally agreed on preparing the river ferry for winter");
  }

  @Test
  void aHeadingInCapitalsIsSpelledAsTheMetadataSpellsIt() {
    List<String> meta = Arrays.asList("Best Kettles 2026: Tips From Tea Makers", null, null, null);
    assertThat(
            TitleFinder.choose(
                List.of("BEST KETTLES IN 2026: TIPS FROM TEA MAKERS"), meta, List.of(), null, null))
        .isEqualTo("Best Kettles 2026: Tips From Tea Makers");
    assertThat(
            TitleFinder.choose(
                List.of("Best kettles in 2026: tips from tea makers"), meta, List.of(), null, null))
        .isEqualTo("Best kettles in 2026: tips from tea makers");
  }
}
