package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.EntityType;
import dev.parallax.model.Jsonl;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorKeyTest {
  private static final List<ActorKey> KEYS =
      List.of(
          ActorKey.country("RUS"),
          ActorKey.person("vjosa osmani"),
          ActorKey.organization("unmik"),
          new ActorKey.NationalBody("MDA", "foreign ministry"),
          new ActorKey.Name(EntityType.PERSON, "mira kovac"),
          new ActorKey.Name(EntityType.ORGANIZATION, "harbour board"),
          new ActorKey.Name(EntityType.LOCATION, "zurich"));

  private static final List<String> WIRES =
      List.of(
          "kb:country:RUS",
          "kb:person:vjosa osmani",
          "kb:org:unmik",
          "org:MDA:foreign ministry",
          "name:PERSON:mira kovac",
          "name:ORGANIZATION:harbour board",
          "name:LOCATION:zurich");

  @Test
  void eachKindWritesTheStringKeysWereBefore() {
    assertThat(KEYS).extracting(ActorKey::wire).containsExactlyElementsOf(WIRES);
  }

  @Test
  void parseReadsEveryWrittenKeyBackToAnEqualKey() {
    assertThat(WIRES).extracting(ActorKey::parse).containsExactlyElementsOf(KEYS);
    for (String odd : List.of("kb:org:a:b", "name:PERSON:", "kb:person:", "org:XKX:a:b c")) {
      assertThat(ActorKey.parse(odd).wire()).isEqualTo(odd);
    }
  }

  @Test
  void aStringThatIsNoKeyIsRefused() {
    for (String bad :
        List.of("", "kb:", "kb:country", "kb:city:X", "name:PER:x", "org:md:x", "k:V", "RUS")) {
      assertThatThrownBy(() -> ActorKey.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void keysHashAsTheirStringsSoHashedCollectionsKeepTheirOrder() {
    for (ActorKey k : KEYS) {
      assertThat(k.hashCode()).isEqualTo(k.wire().hashCode());
    }
    for (String odd : List.of("name:PERSON:", "name:PERSON:žarko šimić", "org:XKX:a:b c")) {
      assertThat(ActorKey.parse(odd).hashCode()).as(odd).isEqualTo(odd.hashCode());
    }
  }

  @Test
  void aKeyReadTwiceIsOneInstance() {
    assertThat(ActorKey.parse(new String("kb:country:RUS")))
        .isSameAs(ActorKey.parse("kb:country:RUS"));
  }

  @Test
  void callersAskTheKindNotTheString() {
    assertThat(KEYS).filteredOn(ActorKey::isKnowledgeBase).hasSize(3);
    assertThat(ActorKey.country("RUS").kbId(ActorKey.Kind.COUNTRY)).contains("RUS");
    assertThat(ActorKey.country("RUS").kbId(ActorKey.Kind.PERSON)).isEmpty();
    assertThat(new ActorKey.Name(EntityType.COUNTRY, "rus").kbId(ActorKey.Kind.COUNTRY)).isEmpty();
  }

  @Test
  void aMentionLineOfTodaysShapeReadsAndWritesBackByteForByte() {
    String line =
        "{\"start\":0,\"end\":26,\"text\":\"Moldova's Foreign Ministry\",\"sentence\":2,"
            + "\"key\":\"org:MDA:foreign ministry\",\"name\":\"Moldova's Foreign Ministry\","
            + "\"type\":\"ORGANIZATION\",\"actor\":\"MDAGOV\",\"how\":\"NAME\"}";
    ActorMention m = Jsonl.read(line, ActorMention.class);
    assertThat(m.key()).isEqualTo(new ActorKey.NationalBody("MDA", "foreign ministry"));
    assertThat(Jsonl.line(m)).isEqualTo(line);
  }
}
