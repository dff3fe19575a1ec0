package dev.parallax.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // runs CoreNLP
class PretokenisedNameTaggerTest {
  @Test
  void tagsExactlyTheGivenTokens() {
    List<List<String>> tags =
        CoreNlpAnnotators.pretokenisedNames()
            .tag(
                List.of(
                    List.of("Greta", "Holm", "flew", "to", "Madrid", "."),
                    List.of(),
                    List.of("U.S.-based", "firm", "Acme", "Corp.", "agreed", ",", "she", "said")));

    assertThat(tags).hasSize(3);
    assertThat(tags.get(0)).containsExactly("PERSON", "PERSON", "O", "O", "LOCATION", "O");
    assertThat(tags.get(1)).isEmpty();
    assertThat(tags.get(2)).hasSize(8);
    assertThat(tags.get(2).subList(2, 4)).containsExactly("ORGANIZATION", "ORGANIZATION");
    assertThat(tags.get(2).get(6)).isEqualTo("O");
  }
}
