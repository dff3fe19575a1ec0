package dev.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronounCorefTest {
  @TempDir Path dir;

  private final PronounCoref coref = new PronounCoref(Set.of("john"), Set.of("mary"));

  /** Builds one sentence per string from space-separated tokens; PRP tags for pronouns. */
  private static List<Sentence> sentences(String... texts) {
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (String text : texts) {
      List<Token> tokens = new ArrayList<>();
      for (String word : text.split(" ")) {
        String pos = word.matches("(?i)he|she|her|him|his|it|they") ? "PRP" : "NN";
        tokens.add(new Token(tokens.size(), offset, offset + word.length(), word, null, pos, null));
        offset += word.length() + 1;
      }
      out.add(new Sentence(out.size(), tokens.get(0).start(), offset - 1, tokens, List.of()));
    }
    return out;
  }

  private static NamedEntity name(List<Sentence> s, int sentence, int from, int to, String type) {
    List<Token> t = s.get(sentence).tokens();
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(i > from ? " " : "").append(t.get(i).text());
    }
    return new NamedEntity(
        t.get(from).start(), t.get(to - 1).end(), text.toString(), type, sentence);
  }

  @Test
  void surnameAndPronounJoinTheFullName() {
    List<Sentence> s = sentences("Ada Korr spoke", "Later Korr left", "She was tired");
    List<CorefChain> chains =
        coref.resolve(s, List.of(name(s, 0, 0, 2, "PERSON"), name(s, 1, 1, 2, "PERSON")));

    assertThat(chains).singleElement();
    assertThat(chains.get(0).mentions())
        .extracting(CorefChain.Mention::text)
        .containsExactly("Ada Korr", "Korr", "She");
    assertThat(chains.get(0).representativeMention().text()).isEqualTo("Ada Korr");
  }

  @Test
  void genderOfTheFirstNameSteersThePronoun() {
    List<Sentence> s = sentences("John Abel met Mary Cole", "She smiled and he left");
    List<CorefChain> chains =
        coref.resolve(s, List.of(name(s, 0, 0, 2, "PERSON"), name(s, 0, 3, 5, "PERSON")));

    assertThat(chains).hasSize(2);
    assertThat(chains.get(0).mentions())
        .extracting(CorefChain.Mention::text)
        .containsExactly("John Abel", "he");
    assertThat(chains.get(1).mentions())
        .extracting(CorefChain.Mention::text)
        .containsExactly("Mary Cole", "She");
  }

  @Test
  void noPersonInReachLeavesThePronounAlone() {
    List<Sentence> s = sentences("Rain fell", "Nobody came", "Wind rose", "He waited");
    assertThat(coref.resolve(s, List.of())).isEmpty();
  }

  @Test
  void repeatedOrganisationsChainButDifferentClassesDoNot() {
    List<Sentence> s = sentences("Oxfam spoke", "Oxfam left", "Jordan Jordan");
    List<CorefChain> chains =
        coref.resolve(
            s,
            List.of(
                name(s, 0, 0, 1, "ORGANIZATION"),
                name(s, 1, 0, 1, "ORGANIZATION"),
                name(s, 2, 0, 1, "LOCATION"),
                name(s, 2, 1, 2, "PERSON")));

    assertThat(chains).singleElement();
    assertThat(chains.get(0).mentions())
        .extracting(CorefChain.Mention::text)
        .containsExactly("Oxfam", "Oxfam");
  }

  @Test
  void aUsersRowsChangeWhichPronounsResolve() throws IOException {
    Path file = dir.resolve("annotate/pronouns.tsv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "pronoun\tgender\n!she\nThey\tf\n");
    Rules rules = Rules.layered(List.of(PronounCoref.TABLE), dir, List.of());
    PronounCoref user = new PronounCoref(rules, Set.of("john"), Set.of("mary"));
    List<Sentence> s = sentences("John Abel met Mary Cole", "She smiled and they left");
    List<CorefChain> chains =
        user.resolve(s, List.of(name(s, 0, 0, 2, "PERSON"), name(s, 0, 3, 5, "PERSON")));

    assertThat(chains)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.mentions())
                    .extracting(CorefChain.Mention::text)
                    .containsExactly("Mary Cole", "they"));
  }
}
