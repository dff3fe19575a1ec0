package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedLabelLexiconTest {
  @TempDir Path dir;

  private final LoadedLabelLexicon lexicon = LoadedLabelLexicon.builtIn();

  @Test
  void findsLoadedLabelsWithSpansAndNeutralCounterparts() {
    String text = "The self-proclaimed republic's regime slammed the so-called talks.";
    List<LoadedLabel> found = lexicon.find(text);
    assertThat(found)
        .extracting(l -> text.substring(l.span().start(), l.span().end()))
        .containsExactly("self-proclaimed", "regime", "slammed", "so-called");
    assertThat(found.get(1).neutral()).isEqualTo("government");
    assertThat(found.get(1).category()).isEqualTo("pejorative");
    assertThat(found.get(3).neutral()).isNull();
  }

  @Test
  void matchesWholeWordsAnyCaseAndInflections() {
    assertThat(lexicon.find("Militants and SEPARATISTS regrouped")).hasSize(2);
    assertThat(lexicon.find("Separatist leaders"))
        .singleElement()
        .satisfies(l -> assertThat(l.term()).isEqualTo("separatist"));
    assertThat(lexicon.find("the regimen and the regimental band")).isEmpty();
    assertThat(lexicon.find("She doubled  down on Tuesday"))
        .singleElement()
        .satisfies(l -> assertThat(l.term()).isEqualTo("doubled down"));
  }

  /** Each term is tried only where its first letter stands: the matches are those of a scan. */
  @Test
  void matchesAtTheTextsEdgesAndNowhereInsideAWordOrBeforeAHyphen() {
    String text =
        "Regime regime-regime, xregime (REGIMES) regime regime\uD835\uDC00 \uD835\uDC00regime";
    assertThat(lexicon.find(text))
        .extracting(l -> text.substring(l.span().start(), l.span().end()))
        .containsExactly("Regime", "REGIMES", "regime");
    assertThat(lexicon.find(text).get(2).span().start()).isEqualTo(text.indexOf(") regime") + 2);
    assertThat(lexicon.find("regime")).hasSize(1);
    assertThat(lexicon.find("the puppet puppet government"))
        .extracting(LoadedLabel::term)
        .containsExactly("puppet", "puppet government");
  }

  @Test
  void longestOfOverlappingTermsWins() {
    List<LoadedLabel> found = lexicon.find("a puppet government in the east");
    assertThat(found)
        .singleElement()
        .satisfies(l -> assertThat(l.term()).isEqualTo("puppet government"));
  }

  @Test
  void everyEntryHasAKnownCategory() {
    Set<String> categories =
        Set.of(
            "delegitimising", "pejorative", "territory", "loaded-verb", "evaluative", "propaganda");
    String all = "self-proclaimed regime occupied slammed propaganda phony";
    assertThat(lexicon.find(all))
        .hasSize(6)
        .allSatisfy(l -> assertThat(categories).contains(l.category()));
    assertThat(lexicon.size()).isGreaterThan(100);
  }

  @Test
  void emptyAndOddTextFindNothing() {
    assertThat(lexicon.find("")).isEmpty();
    assertThat(lexicon.find("\u0000\uFFFD 12345 ---")).isEmpty();
  }

  @Test
  void aUsersRowAddsALabelAndReplacesTheRowOfItsTerm() throws IOException {
    LoadedLabelLexicon user =
        LoadedLabelLexicon.of(
            UserRules.layered(
                dir,
                "coverage/loaded-labels.tsv",
                "term\tcategory\tneutral\nwarmonger\tpejorative\tleader\n"
                    + "REGIME\tevaluative\t-\n!so-called\n"));
    assertThat(user.find("The warmonger's regime held so-called talks."))
        .extracting(LoadedLabel::term, LoadedLabel::category)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("warmonger", "pejorative"),
            org.assertj.core.groups.Tuple.tuple("REGIME", "evaluative"));
    assertThat(user.size()).isEqualTo(lexicon.size());
    assertThat(lexicon.find("the warmonger")).isEmpty();
  }
}
