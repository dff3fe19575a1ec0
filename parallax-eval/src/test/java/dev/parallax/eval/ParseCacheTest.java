package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
  private static final String BODY = "Mayor Ann Lee said the pier was closed.";

  /** A parser that counts its calls and gives one fixed parse. */
  private static final class Counting implements Annotator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Profile profile() {
      return Profile.FULL;
    }

    @Override
    public AnnotatedArticle annotate(Article article, Diagnostics diagnostics) {
      calls.incrementAndGet();
      List<Token> tokens =
          List.of(
              new Token(0, 0, 5, "Mayor", "mayor", "NNP", "O"),
              new Token(1, 6, 9, "Ann", "Ann", "NNP", "PERSON"),
              new Token(2, 10, 13, "Lee", "Lee", "NNP", "PERSON"),
              new Token(3, 14, 18, "said", "say", "VBD", "O"));
      Sentence s = new Sentence(0, 0, 18, tokens, List.of(new Dependency(3, 2, "nsubj")));
      return new AnnotatedArticle(
          article,
          List.of(s),
          List.of(new NamedEntity(6, 13, "Ann Lee", "PERSON", 0)),
          List.of(),
          List.of());
    }
  }

  private static Article article(String id) {
    return new Article(id, id + ".txt", null, null, null, null, "en", BODY, List.of());
  }

  @Test
  void aSecondAnnotationOfTheSameBodyIsReadFromTheCacheUnchanged(@TempDir Path dir) {
    Counting parser = new Counting();
    ParseCache cache = new ParseCache(parser, dir);
    AnnotatedArticle first = cache.annotate(article("a1"));
    AnnotatedArticle again = new ParseCache(parser, dir).annotate(article("a2"));
    assertThat(parser.calls).hasValue(1);
    assertThat(again.article().id()).isEqualTo("a2");
    assertThat(again.sentences()).isEqualTo(first.sentences());
    assertThat(again.entities()).isEqualTo(first.entities());
    assertThat(cache.profile()).isEqualTo(Profile.FULL);
  }
}
