package dev.parallax.stories;

import static dev.parallax.stories.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
  private final StoryGrouper grouper = new StoryGrouper();

  private static List<Article> corpus() {
    return Stream.of(TestArticles.expulsion(), TestArticles.flood(), TestArticles.filler())
        .flatMap(List::stream)
        .toList();
  }

  @Test
  void groupsReportsOfEachHappening() {
    List<Story> stories = grouper.group(corpus());
    assertThat(memberSets(stories))
        .containsExactlyInAnyOrder(
            Set.of("a1", "a2", "a3"),
            Set.of("b1", "b2", "b3"),
            Set.of("f1"),
            Set.of("f2"),
            Set.of("f3"));
    Story expulsion = storyOf(stories, "a1");
    assertThat(expulsion.outlets())
        .containsExactlyInAnyOrder("Valley Wire", "Sylvan Voice", "Harbour Times");
    assertThat(expulsion.title())
        .isIn(TestArticles.expulsion().stream().map(Article::title).toList());
    assertThat(expulsion.first()).isNull();
    assertThat(expulsion.events()).isEmpty();
  }

  /**
   * Three happenings between the same countries in the same words, each naming the others as
   * background, all undated: the people in each report's headline and lead tell them apart.
   */
  @Test
  void happeningsWithSharedBackgroundButOtherPeopleStayApart() {
    List<Article> articles = TestArticles.sharedBackground();
    assertThat(memberSets(grouper.group(articles)))
        .containsExactlyInAnyOrder(Set.of("c1", "c2", "c3"), Set.of("d1"), Set.of("e1"));

    StoryGrouper withoutPeople =
        new StoryGrouper(
            KnowledgeBase.builtIn(), StoryOptions.DEFAULTS.withSignals(Set.of(StorySignal.DATES)));
    assertThat(withoutPeople.group(articles)).as("words alone merge them").hasSize(1);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Story> reference = grouper.group(corpus());
    for (int seed = 1; seed <= 3; seed++) {
      List<Article> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(grouper.group(shuffled)).isEqualTo(reference);
    }
  }

  @Test
  void storyIdsComeFromContentNotRunOrder() {
    List<Story> once = grouper.group(corpus());
    List<Story> again = new StoryGrouper().group(corpus());
    assertThat(once.stream().map(Story::id))
        .containsExactlyElementsOf(again.stream().map(Story::id).toList());
    assertThat(once.stream().map(Story::id)).doesNotHaveDuplicates();
  }

  @Test
  void backgroundAboutAnOlderHappeningDoesNotMergeStories() {
    // Undated reports: the 2024 expulsion recalls the 2019 one in a late paragraph, and the
    // report of 2019 shares most of its vocabulary.
    Article recent =
        article(
            "n1",
            null,
            null,
            "Freedonia expels Sylvanian diplomats in 2024 spying row",
            "Freedonia ordered two Sylvanian diplomats out of Port Aldo this week in 2024,"
                + " accusing them of espionage.",
            "Sylvania called the expulsion groundless.",
            "Officials said the diplomats met army officers.",
            "Mayors in the north backed the decision.",
            "Lena Varga spoke to parliament.",
            "Freedonia expelled a Sylvanian military attaché for espionage in 2019, when Sylvania"
                + " answered by expelling two Freedonian diplomats.");
    Article older =
        article(
            "n2",
            null,
            null,
            "Freedonia expels Sylvanian attaché in 2019 espionage case",
            "Freedonia expelled a Sylvanian military attaché from Port Aldo in 2019, accusing him"
                + " of espionage.",
            "Sylvania answered by expelling two Freedonian diplomats.");
    List<Article> articles = new ArrayList<>(corpus());
    articles.add(recent);
    articles.add(older);
    List<Story> stories = grouper.group(articles);
    assertThat(storyOf(stories, "n2").articles()).containsExactly("n2");
    assertThat(storyOf(stories, "n1").articles()).doesNotContain("n2");
  }

  @Test
  void noArticlesNoStories() {
    assertThat(grouper.group(List.of())).isEmpty();
  }

  static Set<Set<String>> memberSets(List<Story> stories) {
    return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
  }

  static Story storyOf(List<Story> stories, String article) {
    return stories.stream().filter(s -> s.articles().contains(article)).findFirst().orElseThrow();
  }
}
