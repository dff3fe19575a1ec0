package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoryCandidatesTest {
  private static final StoryOptions EXHAUSTIVE = StoryOptions.DEFAULTS.withCandidates(0, 20);

  private static List<Article> corpus() {
    return Stream.of(
            TestArticles.expulsion(),
            TestArticles.flood(),
            TestArticles.filler(),
            TestArticles.halves(),
            TestArticles.sharedBackground())
        .flatMap(List::stream)
        .toList();
  }

  private static List<Story> group(List<Article> articles, StoryOptions options) {
    return new StoryGrouper(KnowledgeBase.builtIn(), options).group(articles);
  }

  @Test
  void candidateSearchGroupsAsTheExhaustiveSearch() {
    assertThat(group(corpus(), StoryOptions.DEFAULTS)).isEqualTo(group(corpus(), EXHAUSTIVE));
  }

  /**
   * The same reports copied into other years (dates shifted; a number no profile reads appended to
   * each paragraph, so that the boilerplate filter does not take the copies' lines for a footer
   * seen before): each copy is a lookalike the candidate index must tell apart by date, as the
   * exhaustive search does.
   */
  @Test
  void copiesInOtherYearsStayApart() {
    List<Article> articles = new ArrayList<>();
    for (int shift = 0; shift < 4; shift++) {
      for (Article a : TestArticles.expulsion()) {
        articles.add(shifted(a, shift));
      }
    }
    List<Story> stories = group(articles, StoryOptions.DEFAULTS);
    assertThat(stories).hasSize(4).allSatisfy(s -> assertThat(s.articles()).hasSize(3));
    assertThat(stories).isEqualTo(group(articles, EXHAUSTIVE));
  }

  @Test
  void reachIsWhereTheDateFactorAloneFallsBelowTheThreshold() {
    long reach = StoryCandidates.reach(StoryOptions.DEFAULTS);
    StoryOptions o = StoryOptions.DEFAULTS;
    double factor = Math.pow(0.5, (reach - o.windowDays()) / o.decayDays());
    assertThat(factor).isLessThan(o.threshold());
    assertThat(StoryCandidates.reach(o.withSignals(java.util.Set.of()))).isEqualTo(Long.MAX_VALUE);
  }

  /**
   * In a story of two, both members are equally central: the title is the headline of the one added
   * first (earlier publication), not whichever the last bits of a floating-point sum favour on this
   * run (hash order of the terms once changed them from one JVM to the next).
   */
  @Test
  void aTwoArticleStoryIsTitledByItsFirstMember() {
    List<List<Article>> sets = List.of(TestArticles.expulsion(), TestArticles.flood());
    for (List<Article> set : sets) {
      for (int i = 0; i < set.size(); i++) {
        for (int j = i + 1; j < set.size(); j++) {
          Article first = set.get(i);
          Article second = set.get(j);
          List<Story> stories = group(List.of(second, first), StoryOptions.DEFAULTS);
          assertThat(stories).hasSize(1);
          Article earlier = first.published().compareTo(second.published()) <= 0 ? first : second;
          assertThat(stories.get(0).title()).isEqualTo(earlier.title());
        }
      }
    }
  }

  /**
   * A profile's terms iterate in one order on every run: sums over them (norms, cosines) then give
   * the same last bits in every JVM, so ties (the title of a two-article story) fall the same way.
   * {@code Map.copyOf} iterates in an order salted per JVM, which once changed a title between
   * runs.
   */
  @Test
  void profileTermsIterateInSortedOrder() {
    ArticleProfiler profiler =
        new ArticleProfiler(
            KnowledgeBase.builtIn(),
            StoryOptions.DEFAULTS,
            WordNormaliser.of(dev.parallax.resources.Rules.bundled()));
    for (Article a : corpus()) {
      List<String> keys = new ArrayList<>(profiler.profile(a, line -> false).terms().keySet());
      assertThat(keys).isSorted();
    }
  }

  /**
   * The cost of an addition does not grow with the corpus: in a corpus of 40 copies of one
   * happening, each in another year, a new report is compared with the story near its date only,
   * where the exhaustive search compares it with every story (40 or more: without the merge pass
   * some copies stand in two), and it ends where the exhaustive search puts it.
   */
  @Test
  void aNewReportIsComparedWithTheStoriesNearItsDateOnly() {
    List<Article> articles = new ArrayList<>();
    for (int shift = 0; shift < 40; shift++) {
      for (Article a : TestArticles.expulsion().subList(0, 2)) {
        articles.add(shifted(a, shift));
      }
    }
    Article late = shifted(TestArticles.expulsion().get(2), 17);
    StoryIndex candidates = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
    StoryIndex exhaustive = new StoryIndex(KnowledgeBase.builtIn(), EXHAUSTIVE);
    articles.forEach(candidates::add);
    articles.forEach(exhaustive::add);

    int stories = exhaustive.stories().size();
    String story = candidates.add(late);
    String same = exhaustive.add(late);

    assertThat(candidates.lastCompared).isEqualTo(1);
    assertThat(exhaustive.lastCompared).isEqualTo(stories).isGreaterThanOrEqualTo(40);
    assertThat(story).isEqualTo(same);
  }

  /**
   * The stories sharing most keys come first, ties by the earlier story; a key counts once per
   * story however many of its members carry it; an article outside every story (-1) counts for
   * none; at most the limit; and the counts start again at each search.
   */
  @Test
  void storiesAreRankedByKeysSharedThenByFoundation() {
    StoryCandidates index = new StoryCandidates(StoryOptions.DEFAULTS);
    java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 11);
    // article number -> story: 0 and 1 in story 5, 2 in story 3, 3 in story 9, 4 in none
    int[] storyOf = {5, 5, 3, 9, -1};
    index.post(0, day, List.of("osmani", "embassy"));
    index.post(1, day, List.of("osmani", "embassy", "expelled"));
    index.post(2, day, List.of("embassy", "expelled"));
    index.post(3, day.plusDays(2), List.of("flood"));
    index.post(4, day, List.of("osmani", "embassy", "expelled", "flood"));
    List<String> keys = List.of("osmani", "embassy", "expelled", "flood", "unknown");

    for (int round = 0; round < 2; round++) {
      assertThat(index.find(day, keys, a -> storyOf[a], 10)).containsExactly(5, 3, 9);
    }
    assertThat(index.find(day, keys, a -> storyOf[a], 2)).containsExactly(5, 3);
    assertThat(index.find(day, List.of("flood", "expelled"), a -> storyOf[a], 10))
        .as("one key each: the earlier story first")
        .containsExactly(3, 5, 9);
    assertThat(index.find(day, List.of("unknown"), a -> storyOf[a], 10)).isEmpty();
  }

  /**
   * A lookup walks a bounded number of a key's postings in each bucket, the latest first: the
   * all-dates bucket an undated article looks up grows with the corpus, and so would its cost.
   */
  @Test
  void aLookupWalksTheLatestPostingsOfAKeyOnly() {
    int limit = 2;
    int walk = StoryCandidates.WALK_PER_CANDIDATE * limit;
    for (int later : List.of(walk - 1, walk)) {
      StoryCandidates index = new StoryCandidates(StoryOptions.DEFAULTS);
      // article 0 in story 7, then `later` articles in story 8, all undated
      index.post(0, null, List.of("osmani"));
      for (int a = 1; a <= later; a++) {
        index.post(a, null, List.of("osmani"));
      }
      List<Integer> found = index.find(null, List.of("osmani"), a -> a == 0 ? 7 : 8, limit);
      if (later < walk) {
        assertThat(found).as("within the bound").containsExactly(7, 8);
      } else {
        assertThat(found).as("story 7's posting is past the bound").containsExactly(8);
      }
    }
  }

  private static Article shifted(Article a, int years) {
    PartialDate p = a.published();
    PartialDate published =
        p == null ? null : new PartialDate(p.year() + years, p.month(), p.day());
    return new Article(
        a.id() + "-" + years,
        a.source(),
        a.outlet(),
        a.title(),
        published,
        a.publishedFrom(),
        a.language(),
        a.body().replace("\n\n", " " + (30000 + years) + "\n\n") + " " + (30000 + years),
        a.removed());
  }
}
