package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionaryTest {
  /** A small dictionary in PETRARCH's actor format, with made-up actors. */
  private static final String SAMPLE =
      String.join(
          "\n",
          "# Test dictionary written for Parallax",
          "EXAMPLIA_  [RUS]",
          "+EXAMPLIAN_",
          "JANE_EXAMPLE_  # a made-up minister",
          "+J._EXAMPLE_",
          "+JANE_Q_EXAMPLE_",
          "\t[RUSGOV 150810-211231]",
          "\t[RUSELI >220101]",
          "JOHN_SAMPLE_ [KSVGOV <190301] [---]",
          "BAD_DATES_",
          "\t[SRBGOV 2004017-20061201]",
          "NO_CODE_ENTRY_",
          "<!-- a comment",
          "across lines -->",
          "MARY_SAMPLE_\t[IGOUNOKID 19990101-051231]",
          "");

  private final PetrarchDictionary importer = new PetrarchDictionary(KnowledgeBase.builtIn());

  private PetrarchDictionary.Result sample() throws IOException {
    return importer.read(new BufferedReader(new StringReader(SAMPLE)), "sample.txt");
  }

  @Test
  void readsEntriesSynonymsAndDatedCodes() throws IOException {
    PetrarchDictionary.Result r = sample();
    assertThat(r.terms())
        .extracting(OfficeTerm::person, OfficeTerm::code, OfficeTerm::holder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Examplia", "RUS", "RUS"),
            org.assertj.core.groups.Tuple.tuple("Jane Example", "RUSGOV", "RUS"),
            org.assertj.core.groups.Tuple.tuple("Jane Example", "RUSELI", "RUS"),
            org.assertj.core.groups.Tuple.tuple("John Sample", "KSVGOV", "KSV"),
            org.assertj.core.groups.Tuple.tuple("Mary Sample", "IGOUNOKID", "UNICEF"));
    OfficeTerm jane = r.terms().get(1);
    assertThat(jane.variants()).containsExactly("J. Example", "Jane Q Example");
    assertThat(jane.heldOn(LocalDate.of(2015, 8, 10))).isTrue();
    assertThat(jane.heldOn(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(jane.heldOn(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(r.terms().get(3).start()).isEmpty();
    assertThat(r.terms().get(3).heldOn(LocalDate.of(2019, 2, 28))).isTrue();
    assertThat(r.terms().get(3).heldOn(LocalDate.of(2019, 3, 1))).isFalse();
    assertThat(r.problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("sample.txt:11").contains("YYMMDD"))
        .anySatisfy(p -> assertThat(p).startsWith("sample.txt:10").contains("no code"))
        .anySatisfy(p -> assertThat(p).startsWith("sample.txt:12").contains("no code"));
  }

  @Test
  void writtenTermsLoadAsAUserFile(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    PetrarchDictionary.write(sample().terms(), "sample.txt", out);
    Path file =
        Files.writeString(dir.resolve("imported.tsv"), out.toString(), StandardCharsets.UTF_8);

    KnowledgeBase kb = KnowledgeBase.of(Rules.layered(KnowledgeBase.TABLES, null, List.of(file)));
    assertThat(kb.problems()).isEmpty();
    assertThat(kb.officesHeld("J. Example", LocalDate.of(2016, 1, 1)))
        .extracting(OfficeTerm::code)
        .containsExactly("RUSGOV");
    assertThat(kb.officesHeld("Jane Example", LocalDate.of(2023, 1, 1)))
        .extracting(OfficeTerm::code)
        .containsExactly("RUSELI");
  }

  @Test
  void twoDigitYearsPivotAtThirty() {
    assertThat(PetrarchDictionary.date("150810").toString()).isEqualTo("2015-08-10");
    assertThat(PetrarchDictionary.date("451024").toString()).isEqualTo("1945-10-24");
    assertThat(PetrarchDictionary.date("19280101").toString()).isEqualTo("1928-01-01");
  }
}
