package dev.parallax.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesTest {
  static final TableSpec SAMPLE =
      TableSpec.of(
          "rules-test/sample.tsv",
          "a test table",
          Column.text("term").asKey(),
          Column.kind("category", "delegitimising", "legitimising", "pejorative"),
          Column.integer("weight"));

  @TempDir Path dir;

  private static List<String> terms(Table t) {
    return t.rows().stream().map(r -> r.text("term") + "/" + r.text("category")).toList();
  }

  @Test
  void readsTheBundledTableWithTypedCells() {
    Table t = Rules.bundled().table(SAMPLE);
    assertThat(terms(t))
        .containsExactly(
            "rogue state/delegitimising",
            "regime/delegitimising",
            "regime/pejorative",
            "freedom fighter/legitimising");
    assertThat(t.rows().get(0).integer("weight")).isEqualTo(2);
    assertThat(t.rows().get(0).where()).isEqualTo("rules-test/sample.tsv:3");
  }

  @Test
  void aUserRowAddsReplacesTheGroupOfItsKeyOrRemovesIt() throws IOException {
    write(
        "rules-test/sample.tsv",
        "term\tcategory\tweight\n"
            + "Regime\tlegitimising\t3\n"
            + "!freedom fighter\n"
            + "puppet government\tdelegitimising\t2\n");
    Table t = Rules.layered(List.of(SAMPLE), dir, List.of()).table(SAMPLE);
    assertThat(terms(t))
        .containsExactly(
            "rogue state/delegitimising",
            "Regime/legitimising",
            "puppet government/delegitimising");
    assertThat(Rules.bundled().table(SAMPLE).rows()).hasSize(4);
  }

  @Test
  void aFileWhoseNameOnlyOneTableHasMayStandAtTheTop() throws IOException {
    write("sample.tsv", "term\tcategory\tweight\nwarlord\tpejorative\t1\n");
    Rules rules = Rules.layered(List.of(SAMPLE), dir, List.of());
    assertThat(terms(rules.table(SAMPLE))).endsWith("warlord/pejorative");
    assertThat(rules.userFiles()).containsExactly(dir.resolve("sample.tsv"));
  }

  @Test
  void everyProblemIsNamedWithFileAndLineBeforeAnythingRuns() throws IOException {
    write(
        "rules-test/sample.tsv",
        "# my labels\n"
            + "term\tcategory\tweight\n"
            + "junta\tbad\t1\n"
            + "\tpejorative\t1\n"
            + "junta\tpejorative\tmany\n"
            + "junta\tpejorative\t1\textra\n"
            + "!no such term\n");
    write("coverage/unknown.tsv", "a\tb\n");
    assertThatThrownBy(() -> Rules.layered(List.of(SAMPLE), dir, List.of()))
        .isInstanceOfSatisfying(
            RulesException.class,
            e ->
                assertThat(e.problems().stream().map(RuleProblem::toString))
                    .containsExactlyInAnyOrder(
                        dir.resolve("rules-test/sample.tsv")
                            + ":3: column category: 'bad' is not one of delegitimising,"
                            + " legitimising, pejorative",
                        dir.resolve("rules-test/sample.tsv") + ":4: column term: empty",
                        dir.resolve("rules-test/sample.tsv")
                            + ":5: column weight: 'many' is not a number",
                        dir.resolve("rules-test/sample.tsv")
                            + ":6: 4 cells, the header names 3 columns",
                        dir.resolve("rules-test/sample.tsv")
                            + ":7: removes nothing: no row has the key no such term",
                        dir.resolve("coverage/unknown.tsv")
                            + ": not a rule file Parallax reads (`parallax rules` lists them,"
                            + " for example rules-test/sample.tsv)"));
  }

  @Test
  void aFileWithoutTheHeaderIsRefusedWhole() throws IOException {
    write("rules-test/sample.tsv", "junta\tpejorative\t1\n");
    assertThatThrownBy(() -> Rules.layered(List.of(SAMPLE), dir, List.of()))
        .hasMessageContaining(":1: the first row must be the header term<TAB>category<TAB>weight");
  }

  @Test
  void aKnowledgeBaseFileIsKnownByItsHeader() throws IOException {
    TableSpec offices =
        TableSpec.of("actors/kb/test-offices.tsv", "test", Column.text("person").asKey());
    Path file = write("mine.tsv", "person\nAda Example\n");
    assertThatThrownBy(() -> Rules.layered(List.of(SAMPLE, offices), null, List.of(file)))
        .as("the bundled file of this test table does not exist")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing rule file /dev/parallax/actors/kb/test-offices.tsv");
    Path other = write("other.tsv", "who\nAda Example\n");
    assertThatThrownBy(() -> Rules.layered(List.of(SAMPLE, offices), null, List.of(other)))
        .hasMessageContaining("the first row is not the header of a knowledge-base table");
  }

  @Test
  void aLexiconIsBuiltOncePerRules() {
    Rules rules = Rules.bundled();
    Object a = rules.lexicon(StringBuilder.class, r -> new StringBuilder("x"));
    Object b = rules.lexicon(StringBuilder.class, r -> new StringBuilder("y"));
    assertThat(a).isSameAs(b);
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
