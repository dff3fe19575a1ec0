package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
  private record Pair(String first, String second) {}

  @Test
  void aShortValueReadTwiceIsOneString() {
    Pair p = Jsonl.read("{\"first\":\"Q1246\",\"second\":\"Q1246\"}", Pair.class);
    assertThat(p.first()).isEqualTo("Q1246").isSameAs(p.second());
    Pair again = Jsonl.read("{\"first\":\"Q1246\",\"second\":null}", Pair.class);
    assertThat(again.first()).isSameAs(p.first());
    assertThat(again.second()).isNull();
  }

  @Test
  void aLongValueIsReadAsItsOwnString() {
    String sentence = "The envoys were sent home on a Friday.";
    assertThat(sentence.length()).isGreaterThan(SharedStrings.MAX_LENGTH);
    Pair p = Jsonl.read(Jsonl.line(new Pair(sentence, sentence)), Pair.class);
    assertThat(p.first()).isEqualTo(sentence).isNotSameAs(p.second());
    assertThat(p.second()).isEqualTo(sentence);
  }

  @Test
  void valuesInOneSlotAreNeverMixedUp() {
    // "Aa" and "BB" have the same String hash, so they take the same slot of the table
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    for (int i = 0; i < 3; i++) {
      Pair p = Jsonl.read("{\"first\":\"Aa\",\"second\":\"BB\"}", Pair.class);
      assertThat(p.first()).isEqualTo("Aa");
      assertThat(p.second()).isEqualTo("BB");
    }
    assertThat(SharedStrings.shared("xAay".toCharArray(), 1, 2)).isEqualTo("Aa");
    assertThat(SharedStrings.shared("xBBy".toCharArray(), 1, 2)).isEqualTo("BB");
  }

  @Test
  void listsEscapesAndScalarsReadAsBefore() {
    record Row(List<String> names, String code, Map<String, Integer> counts) {}
    Row r =
        Jsonl.read(
            "{\"names\":[\"Kosovo\",\"Kosovo\",\"Pri\\u0161tina\\n\"],\"code\":174,"
                + "\"counts\":{\"Kosovo\":2}}",
            Row.class);
    assertThat(r.names()).containsExactly("Kosovo", "Kosovo", "Priština\n");
    assertThat(r.names().get(0)).isSameAs(r.names().get(1));
    assertThat(r.code()).isEqualTo("174");
    assertThat(r.counts()).containsEntry("Kosovo", 2);
    assertThat(Jsonl.read(Jsonl.line(r), Row.class)).isEqualTo(r);
  }
}
