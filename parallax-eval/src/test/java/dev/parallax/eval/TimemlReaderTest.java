package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlReaderTest {
  static final String DOC =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x1</DOCID>\n"
          + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2003-05-09\" temporalFunction=\"false\""
          + " functionInDocument=\"CREATION_TIME\">May 9, 2003</TIMEX3></DCT>\n"
          + "<TITLE>Harbour</TITLE>\n<TEXT>\nThe harbour <EVENT eid=\"e1\">closed</EVENT> "
          + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2003-05-08\">Thursday</TIMEX3> for "
          + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3> &amp; more.\n"
          + "</TEXT>\n</TimeML>\n";

  @Test
  void readsTextDctAndTimexOffsets() {
    TimemlDocument d = TimemlReader.parse("x1", DOC);
    assertThat(d.dct()).isEqualTo("2003-05-09");
    assertThat(d.text()).isEqualTo("\nThe harbour closed Thursday for two days & more.\n");
    assertThat(d.timexes()).hasSize(2);
    TimexSpan first = d.timexes().get(0);
    assertThat(d.text().substring(first.start(), first.end())).isEqualTo("Thursday");
    assertThat(first.type()).isEqualTo("DATE");
    assertThat(first.value()).isEqualTo("2003-05-08");
    TimexSpan second = d.timexes().get(1);
    assertThat(d.text().substring(second.start(), second.end())).isEqualTo("two days");
  }

  @Test
  void creationTimeInsideTextIsNotScored() {
    String xml =
        "<TimeML><TEXT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-01-02\""
            + " functionInDocument=\"CREATION_TIME\">January 2</TIMEX3> rain"
            + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-01-01\">yesterday</TIMEX3></TEXT></TimeML>";
    TimemlDocument d = TimemlReader.parse("x2", xml);
    assertThat(d.dct()).isEqualTo("2001-01-02");
    assertThat(d.timexes()).extracting(TimexSpan::value).containsExactly("2001-01-01");
  }

  @Test
  void malformedMarkupIsRejected() {
    assertThatThrownBy(() -> TimemlReader.parse("bad", "<TimeML><TEXT>open"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsFilesRecursively(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/one.tml"), DOC);
    Files.writeString(dir.resolve("a/notes.txt"), "not timeml");
    assertThat(TimemlReader.files(dir)).hasSize(1);
    assertThat(TimemlReader.read(dir.resolve("a/b/one.tml")).id()).isEqualTo("one");
  }
}
