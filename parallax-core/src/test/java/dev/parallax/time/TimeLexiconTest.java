package dev.parallax.time;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeLexiconTest {
  private static final TimeLexicon LEXICON = TimeLexicon.of(Rules.bundled());

  @Test
  void calendarWords() {
    assertThat(LEXICON.weekday("Sat.")).isEqualTo(6);
    assertThat(LEXICON.anaphor("Following")).isEqualTo(1);
    assertThat(LEXICON.anaphor("that")).isZero();
    assertThat(LEXICON.anaphor("next")).isEqualTo(1);
    assertThat(LEXICON.anaphor("week")).isNull();
    assertThat(LEXICON.weekday("sunday")).isEqualTo(7);
    assertThat(LEXICON.month("Sept")).isEqualTo(9);
    assertThat(LEXICON.month("DECEMBER")).isEqualTo(12);
    assertThat(LEXICON.month("Monday")).isZero();
    assertThat(LEXICON.unit("weeks")).isEqualTo("W");
    assertThat(LEXICON.ordinal("3rd")).isEqualTo(3);
    assertThat(LEXICON.isShift("ago")).isTrue();
    assertThat(LEXICON.isShift("early")).isFalse();
    assertThat(LEXICON.isFuture("will")).isTrue();
    assertThat(LEXICON.isPerfect("has")).isTrue();
  }

  @Test
  void notTime() {
    assertThat(LEXICON.isNotTime("once")).isTrue();
    assertThat(LEXICON.isNotTime("a 9-year-old")).isTrue();
    assertThat(LEXICON.isNotTime("40 years old")).isTrue();
    assertThat(LEXICON.isNotTime("the SEC")).isTrue();
    assertThat(LEXICON.isNotTime("a second")).isFalse();
    assertThat(LEXICON.isNotTime("40 years")).isFalse();
  }

  @Test
  void theBundledTablesLoad() {
    Rules rules = Rules.bundled();
    assertThat(rules.table(TimeLexicon.CALENDAR_WORDS).rows()).hasSize(106);
    assertThat(rules.table(TimeLexicon.NOT_TIME).rows()).hasSize(9);
    assertThat(rules.table(TimeLexicon.ANAPHORS).rows()).hasSize(11);
    assertThat(rules.table(TimeLexicon.PERIOD_WORDS).rows()).hasSize(13);
    assertThat(rules.table(TimeLexicon.HOLIDAYS).rows()).hasSize(17);
  }

  @Test
  void aUserRowChangesWhatTheLexiconReads(@TempDir Path dir) throws IOException {
    write(dir, "time/calendar-words.tsv", "word\tkind\tvalue\n!sun\nsabato\tWEEKDAY\t6\n");
    write(dir, "time/not-time.tsv", "kind\tpattern\nPHRASE\tformerly\n");
    write(dir, "time/anaphors.tsv", "word\toffset\nsubsequent\t1\n");
    write(dir, "time/period-words.tsv", "kind\tword\tvalue\nYEAR_END\tsince\t0\n");
    write(dir, "time/holidays.tsv", "name\trule\nst patrick's day\tFIXED\n");
    TimeLexicon mine =
        TimeLexicon.of(
            Rules.layered(
                List.of(
                    TimeLexicon.CALENDAR_WORDS,
                    TimeLexicon.NOT_TIME,
                    TimeLexicon.ANAPHORS,
                    TimeLexicon.PERIOD_WORDS,
                    TimeLexicon.HOLIDAYS),
                dir,
                List.of()));
    assertThat(mine.weekday("sun")).isZero();
    assertThat(LEXICON.weekday("sun")).isEqualTo(7);
    assertThat(mine.weekday("Sabato")).isEqualTo(6);
    assertThat(mine.isNotTime("Formerly")).isTrue();
    assertThat(LEXICON.isNotTime("Formerly")).isFalse();
    assertThat(mine.anaphor("subsequent")).isEqualTo(1);
    assertThat(LEXICON.anaphor("subsequent")).isNull();
    assertThat(mine.yearEndOffset("since")).isZero();
    assertThat(LEXICON.yearEndOffset("since")).isEqualTo(-1);
    assertThat(mine.holidayRule("St Patrick's Day")).isEqualTo("FIXED");
    assertThat(LEXICON.holidayRule("St Patrick's Day")).isNull();
  }
}
