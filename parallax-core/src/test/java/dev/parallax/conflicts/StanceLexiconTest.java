package dev.parallax.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceLexiconTest {
  @TempDir Path dir;

  private final StanceLexicon lexicon = StanceLexicon.builtIn();

  private List<String> read(String text) {
    return lexicon.read(text).stream()
        .map(s -> s.frame() + (s.polarity() > 0 ? "+" : "-") + ":" + s.span().of(text))
        .toList();
  }

  @Test
  void findsBothPolesOfAFrame() {
    assertThat(read("the envoys behaved lawfully throughout")).containsExactly("conduct+:lawfully");
    assertThat(read("their conduct was plainly illegal")).containsExactly("conduct-:illegal");
  }

  @Test
  void negationEarlierInTheClauseTurnsTheStanceOver() {
    assertThat(read("the tariff has no legal force")).containsExactly("validity-:legal force");
    assertThat(read("growers were never notified of it")).containsExactly("notice-:notified");
    assertThat(read("the embargo wasn't politically motivated"))
        .containsExactly("motive-:politically motivated");
  }

  @Test
  void negationInAnEarlierClauseDoesNotReachTheStance() {
    assertThat(read("we did not start it, but our staff acted lawfully"))
        .containsExactly("conduct+:lawfully");
    assertThat(read("nobody asked us, and the order is in force a few days later"))
        .containsExactly("validity+:in force");
  }

  @Test
  void longestPhraseWinsAndWildcardsMatch() {
    assertThat(read("the decree has full legal force")).containsExactly("validity+:legal force");
    assertThat(read("the decree is null and void")).containsExactly("validity-:null and void");
    assertThat(read("a fabricated story")).containsExactly("evidence-:fabricated");
    assertThat(read("done in strict accordance with the treaty"))
        .containsExactly("measure+:in strict accordance with");
  }

  @Test
  void aQuestionTakesNoSide() {
    assertThat(read("Where is the proof? There is none.")).isEmpty();
  }

  @Test
  void phrasesMatchWholeWordsOnly() {
    assertThat(read("the paralegal filed the papers")).isEmpty();
    assertThat(read("a valid point")).containsExactly("validity+:valid");
  }

  @Test
  void denialCuesAndEventCodesComeFromTheLexicon() {
    assertThat(lexicon.isDenialCue("flatly denied")).isTrue();
    assertThat(lexicon.isDenialCue("said")).isFalse();
    assertThat(lexicon.isDenialCue(null)).isFalse();
    assertThat(lexicon.isDenialEvent("016")).isTrue();
    assertThat(lexicon.isDenialEvent("128")).isFalse();
    assertThat(lexicon.isRejectionEvent("128")).isTrue();
    assertThat(lexicon.isDenialEvent("174")).isFalse();
  }

  @Test
  void everyFrameHasAQuestion() {
    for (String frame : List.of("conduct", "measure", "validity", "evidence", "motive", "notice")) {
      assertThat(lexicon.question(frame)).startsWith("whether ");
    }
  }

  @Test
  void aUsersRowsAddAFrameAndItsPhrasesAndANegator() throws IOException {
    UserRules.layered(
        dir, "conflicts/frames.tsv", "frame\tquestion\nsafety\twhether the plant is safe\n");
    UserRules.layered(dir, "conflicts/negation.tsv", "kind\tphrase\nnegator\thardly\n");
    StanceLexicon user =
        StanceLexicon.of(
            UserRules.layered(
                dir,
                "conflicts/stance-terms.tsv",
                "frame\tpole\tphrase\nsafety\t+\tsafe to operate\nconduct\t-\tlawful*\n"));
    assertThat(user.question("safety")).isEqualTo("whether the plant is safe");
    assertThat(user.read("the reactor is hardly safe to operate"))
        .extracting(s -> s.frame() + s.polarity())
        .containsExactly("safety-1");
    assertThat(user.read("they acted lawfully"))
        .extracting(s -> s.frame() + s.polarity())
        .containsExactly("conduct-1");
    assertThat(read("they acted lawfully")).containsExactly("conduct+:lawfully");
  }

  /**
   * The filter by a phrase's first word skips only phrases that would not match: each phrase of the
   * lexicon written in sentences, in other cases and with characters a case-insensitive pattern
   * takes for ASCII letters (Kelvin sign, long s, dotless and dotted i), negated and asked, gives
   * the same stances read with and without it.
   */
  @Test
  void theFirstWordFilterGivesTheSameStances() {
    int found = 0;
    for (var row :
        dev.parallax.resources.Rules.bundled().table(StanceLexicon.STANCE_TERMS).rows()) {
      String phrase =
          row.text("phrase").replace(" _ ", " really ").replace("_ ", "really ").replace("*", "ed");
      List<String> texts = new java.util.ArrayList<>();
      for (String p :
          List.of(
              phrase,
              phrase.toUpperCase(java.util.Locale.ROOT),
              Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1),
              phrase.replace('k', '\u212A').replace('s', '\u017F'),
              phrase.replace('i', '\u0131'),
              phrase.replace('I', '\u0130').replace('i', '\u0130'))) {
        texts.add("Officials said " + p + " on Tuesday.");
        texts.add("They did not say it was " + p + ", but others did.");
        texts.add("Was it " + p + "?");
        texts.add("x" + p + "y");
      }
      for (String text : texts) {
        List<Stance> filtered = lexicon.read(text, true);
        assertThat(filtered).as(text).isEqualTo(lexicon.read(text, false));
        found += filtered.size();
      }
    }
    assertThat(found).as("stances found in the sentences").isGreaterThan(300);
  }

  /**
   * A folded character equals a folded ASCII letter exactly where the pattern takes them as one.
   */
  @Test
  void foldingComparesCharactersAsAPatternDoes() {
    for (char letter = 'a'; letter <= 'z'; letter++) {
      java.util.regex.Pattern p =
          java.util.regex.Pattern.compile(
              java.util.regex.Pattern.quote(String.valueOf(letter)),
              java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
      java.util.regex.Matcher m = p.matcher("");
      String needle = StanceLexicon.fold(String.valueOf(letter));
      for (int c = 0; c <= 0xFFFF; c++) {
        String one = String.valueOf((char) c);
        assertThat(StanceLexicon.fold(one).equals(needle))
            .as("U+%04X against %s", c, letter)
            .isEqualTo(m.reset(one).matches());
      }
    }
  }
}
