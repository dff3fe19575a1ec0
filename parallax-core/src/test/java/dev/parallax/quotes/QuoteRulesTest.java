package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes stage's word tables as a user extends them, without the parser. */
class QuoteRulesTest {
  @TempDir Path dir;

  @Test
  void aUsersRowsAddAndRemoveObjectWords() throws IOException {
    StanceObjects user =
        StanceObjects.of(
            UserRules.layered(
                dir,
                "quotes/object-words.tsv",
                "word\tclass\nFortnight\ttime\n!wednesday\ttime\n"));
    assertThat(user.times()).contains("fortnight", "week").doesNotContain("wednesday");
    assertThat(user.predicates()).isEqualTo(StanceObjects.bundled().predicates());
    assertThat(StanceObjects.bundled().times()).contains("wednesday").doesNotContain("fortnight");
  }

  @Test
  void aUsersIdiomIsDropped() throws IOException {
    DiscourseIdioms user =
        DiscourseIdioms.of(
            UserRules.layered(dir, "quotes/discourse-idioms.tsv", "phrase\nAll Things Said\n"));
    String body = "All things said, the council voted.";
    int c = body.indexOf("said");
    Statement st =
        new Statement(
            new Span(c, c + 4), QuoteKind.INDIRECT, "said", new Span(c, c + 4), null, null, -1);
    assertThat(user.covers(body, st)).isTrue();
    assertThat(DiscourseIdioms.bundled().covers(body, st)).isFalse();
    assertThat(user.phrases()).contains("having said that", "all things said");
  }
}
