package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.resources.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantNamesTest {
  private static final ParticipantNames NAMES =
      new ParticipantNames(KnowledgeBase.builtIn(), WordNormaliser.of(Rules.bundled()));

  private static Set<String> people(String... run) {
    Set<String> out = new HashSet<>();
    NAMES.addPeople(List.of(run), out);
    return out;
  }

  @Test
  void aPersonAfterCountryAndTitleIsKeyedBySurname() {
    assertThat(people("Freedonian", "Foreign", "Minister", "Lena", "Varga"))
        .containsExactly(ParticipantNames.key("Varga"));
  }

  @Test
  void institutionsCalendarWordsAndSingleWordsAreNoPeople() {
    assertThat(people("Plant", "Health", "Agency")).isEmpty();
    assertThat(people("Varga")).isEmpty();
    assertThat(people("UNMIK")).isEmpty();
    assertThat(people("On", "Tuesday")).isEmpty();
    assertThat(people("Radio", "Television")).isEmpty();
  }

  @Test
  void transliterationsOfOneNameMeet() {
    assertThat(ParticipantNames.key("Kovalevskaya"))
        .isEqualTo(ParticipantNames.key("Kavaleuskaya"));
    assertThat(ParticipantNames.key("Varga")).isNotEqualTo(ParticipantNames.key("Dragan"));
  }

  @Test
  void aTitleCaseHeadlineNamesNobody() {
    assertThat(ArticleProfiler.titleCase("Freedonia Declares Sylvanian Trade Attaché Unwelcome"))
        .isTrue();
    assertThat(ArticleProfiler.titleCase("Freedonia expels two Sylvanian diplomats")).isFalse();
  }
}
