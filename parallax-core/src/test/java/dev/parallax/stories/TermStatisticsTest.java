package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TermStatisticsTest {
  private static ArticleProfiler profiler() {
    return new ArticleProfiler(
        KnowledgeBase.builtIn(), StoryOptions.DEFAULTS, WordNormaliser.of(Rules.bundled()));
  }

  /**
   * A member keeps its weights as 2-byte numbers of a shared table while the table has room, and as
   * doubles once it is full: the similarities are the same to the last bit either way.
   */
  @Test
  void numberedWeightsGiveTheSimilaritiesOfTheDoubles() {
    ArticleProfiler profiler = profiler();
    List<Article> articles =
        Stream.of(TestArticles.expulsion(), TestArticles.flood()).flatMap(List::stream).toList();
    TermStatistics numbered = new TermStatistics(StoryOptions.DEFAULTS);
    TermStatistics small = new TermStatistics(StoryOptions.DEFAULTS, 2);
    List<Member> a = new ArrayList<>();
    List<Member> b = new ArrayList<>();
    for (Article article : articles) {
      ArticleProfile p = profiler.profile(article, line -> false);
      a.add(numbered.observe(p, a.size()));
      b.add(small.observe(p, b.size()));
    }
    assertThat(a).allSatisfy(m -> assertThat(m.tf()).isNotNull());
    // the first member fills the small table with its first two weights and keeps doubles
    assertThat(b.get(0).tf()).isNull();
    assertThat(b.get(0).exactTf()).isNotNull();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        assertThat(small.similarity(b.get(i), b.get(j)))
            .isEqualTo(numbered.similarity(a.get(i), a.get(j)));
      }
      assertThat(small.keys(b.get(i), 20)).isEqualTo(numbered.keys(a.get(i), 20));
    }
    assertThat(numbered.similarity(a.get(0), a.get(1))).isGreaterThan(0);
  }

  /**
   * Each member's norm is kept while the counts stay (a member is compared with many): compared
   * again after more articles were counted, two members get the similarity of statistics that
   * counted them all before any comparison.
   */
  @Test
  void similaritiesFollowTheCountsAsTheyGrow() {
    ArticleProfiler profiler = profiler();
    List<ArticleProfile> profiles =
        Stream.of(TestArticles.expulsion(), TestArticles.flood())
            .flatMap(List::stream)
            .map(a -> profiler.profile(a, line -> false))
            .toList();
    TermStatistics comparing = new TermStatistics(StoryOptions.DEFAULTS);
    TermStatistics counting = new TermStatistics(StoryOptions.DEFAULTS);
    List<Member> compared = new ArrayList<>();
    List<Member> counted = new ArrayList<>();
    List<Double> early = new ArrayList<>();
    for (ArticleProfile p : profiles) {
      compared.add(comparing.observe(p, compared.size()));
      counted.add(counting.observe(p, counted.size()));
      early.add(comparing.similarity(compared.get(0), compared.get(compared.size() - 1)));
    }
    for (int i = 1; i < compared.size(); i++) {
      assertThat(comparing.similarity(compared.get(0), compared.get(i)))
          .isEqualTo(counting.similarity(counted.get(0), counted.get(i)));
    }
    assertThat(comparing.similarity(compared.get(0), compared.get(1))).isNotEqualTo(early.get(1));
  }

  @Test
  void theTableHoldsAtMost65536Weights() {
    assertThatThrownBy(() -> new TermStatistics(StoryOptions.DEFAULTS, 65_537))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
