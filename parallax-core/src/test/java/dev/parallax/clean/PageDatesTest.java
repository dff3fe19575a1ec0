package dev.parallax.clean;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {
  private static final PageDates DATES = PageDates.of(Rules.bundled());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-10-23T08:00:00-05:00 | 2021-10-23",
        "2021-10-23 | 2021-10-23",
        "2021/10/23 | 2021-10-23",
        "20211023T0800 | 2021-10-23",
        "October 23, 2021 | 2021-10-23",
        "October 23,2021 | 2021-10-23",
        "Oct. 23 2021 | 2021-10-23",
        "Published on Sept 3rd, 2021 at noon | 2021-09-03",
        "23 Oct 2021 | 2021-10-23",
        "23rd of October, 2021 | 2021-10-23",
        "Mon, 23 Oct 2021 10:00:00 GMT | 2021-10-23",
        "2021 Oct 23 | 2021-10-23",
        "23.10.2021 | 2021-10-23",
        "10/23/2021 | 2021-10-23",
        "23/10/2021 | 2021-10-23",
        "23 octobre 2021 | 2021-10-23",
        "October 2021 | 2021-10",
      })
  void parsesCommonForms(String text, String iso) {
    assertThat(DATES.parse(text)).isEqualTo(PartialDate.parse(iso));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"no date here", "31 February 2021", "2021-13-01", "Mayor 12 2021", "1066-10-14"})
  void rejectsNonDates(String text) {
    assertThat(DATES.parse(text)).isNull();
  }

  @Test
  void nullAndEmptyGiveNothing() {
    assertThat(DATES.parse(null)).isNull();
    assertThat(DATES.findAll("")).isEmpty();
    assertThat(DATES.fromUrl(null)).isNull();
  }

  @Test
  void findsEveryDateWithItsOffsets() {
    String text = "Posted 3 March 2020, updated March 5, 2020.";
    var found = DATES.findAll(text);
    assertThat(found)
        .extracting(PageDates.Found::date)
        .containsExactly(PartialDate.parse("2020-03-03"), PartialDate.parse("2020-03-05"));
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("March 5, 2020");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://news.example/2021/10/23/ferry-returns | 2021-10-23",
        "https://news.example/world/2021-10-23-ferry | 2021-10-23",
        "https://news.example/2021/10/ferry-returns/ | 2021-10",
        "https://blog.example/posts/20211023/ | 2021-10-23",
        "https://blog.example/articles/2021-10-23+Ferry+returns | 2021-10-23",
        "https://news.example/blog/2021/october/23/ferry-returns | 2021-10-23",
        "https://news.example/blog/2021/Oct/ferry-returns | 2021-10",
      })
  void readsDatePaths(String url, String iso) {
    assertThat(DATES.fromUrl(url)).isEqualTo(PartialDate.parse(iso));
  }

  @Test
  void ignoresNumbersThatAreNotDatePaths() {
    assertThat(DATES.fromUrl("https://shop.example/item/123456/")).isNull();
    assertThat(DATES.fromUrl("https://news.example/2021/march-of-the-robots/")).isNull();
    assertThat(DATES.fromUrl("https://news.example/a?d=2021/10/23")).isNull();
  }

  @Test
  void theBundledTableLoads() {
    assertThat(Rules.bundled().table(PageDates.MONTHS).rows()).hasSize(12);
  }

  @Test
  void aUserRowAddsMonthNames(@TempDir Path dir) throws IOException {
    write(dir, "clean/months.tsv", "month\tnames\n1\tstycznia styczeń\n");
    PageDates mine = PageDates.of(Rules.layered(List.of(PageDates.MONTHS), dir, List.of()));
    assertThat(mine.parse("5 stycznia 2024")).isEqualTo(PartialDate.parse("2024-01-05"));
    assertThat(mine.parse("5 January 2024")).isEqualTo(PartialDate.parse("2024-01-05"));
    assertThat(DATES.parse("5 stycznia 2024")).isNull();
  }
}
