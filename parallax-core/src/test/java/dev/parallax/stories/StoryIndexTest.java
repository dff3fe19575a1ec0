package dev.parallax.stories;

import static dev.parallax.stories.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Story;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
  private static StoryIndex index() {
    return new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
  }

  @Test
  void newArticleJoinsItsStoryWithoutMovingOthers() {
    StoryIndex index = index();
    TestArticles.filler().forEach(index::add);
    List<Article> expulsion = TestArticles.expulsion();
    String story = index.add(expulsion.get(0));
    TestArticles.flood().forEach(index::add);
    List<Story> before = index.stories();

    assertThat(index.add(expulsion.get(1))).isEqualTo(story);
    assertThat(index.add(expulsion.get(2))).isEqualTo(story);
    List<Story> after = index.stories();
    assertThat(after).hasSameSizeAs(before);
    assertThat(StoryGrouperTest.storyOf(after, "a1").articles()).containsExactly("a1", "a2", "a3");
    assertThat(StoryGrouperTest.storyOf(after, "b1").id())
        .isEqualTo(StoryGrouperTest.storyOf(before, "b1").id());
  }

  @Test
  void anArticleIsStoredOnce() {
    StoryIndex index = index();
    Article a = TestArticles.expulsion().get(0);
    String first = index.add(a);
    assertThat(index.add(a)).isEqualTo(first);
    assertThat(index.stories())
        .singleElement()
        .satisfies(s -> assertThat(s.articles()).containsExactly("a1"));
  }

  /**
   * Two halves of one report arrive before the whole: they share nothing, so they open two stories,
   * the whole joins one of them, and the merge pass joins the two. In the other order the whole
   * comes first and both halves join it at once.
   */
  @Test
  void arrivalOrderMattersAndTheMergePassRepairsIt() {
    Article left = TestArticles.halves().get(0);
    Article right = TestArticles.halves().get(1);
    Article whole = TestArticles.halves().get(2);

    StoryIndex halvesFirst = withFiller();
    halvesFirst.add(left);
    halvesFirst.add(right);
    halvesFirst.add(whole);
    assertThat(StoryGrouperTest.memberSets(halvesFirst.stories()))
        .contains(Set.of("h1", "h3"), Set.of("h2"));
    assertThat(halvesFirst.mergeStories()).isEqualTo(1);
    assertThat(StoryGrouperTest.memberSets(halvesFirst.stories()))
        .contains(Set.of("h1", "h2", "h3"));

    StoryIndex wholeFirst = withFiller();
    wholeFirst.add(whole);
    wholeFirst.add(left);
    wholeFirst.add(right);
    assertThat(StoryGrouperTest.memberSets(wholeFirst.stories()))
        .contains(Set.of("h1", "h2", "h3"));
    assertThat(wholeFirst.mergeStories()).isZero();
  }

  @Test
  void leadEmbeddingsJoinReportsThatShareNoWords() {
    Article a = article("e1", null, null, null, "turbine blades cracked at the quarry dam");
    Article b = article("e2", null, null, null, "engineers drained the reservoir overnight");
    LeadEmbedder sameMeaning =
        article -> article.id().startsWith("e") ? new float[] {1, 0} : new float[] {0, 1};
    StoryOptions half = StoryOptions.WITH_EMBEDDINGS;

    StoryIndex words = new StoryIndex(KnowledgeBase.builtIn(), half);
    StoryIndex meaning = new StoryIndex(KnowledgeBase.builtIn(), half, sameMeaning);
    for (StoryIndex index : List.of(words, meaning)) {
      TestArticles.filler().forEach(index::add);
      index.add(a);
      index.add(b);
    }
    assertThat(StoryGrouperTest.memberSets(words.stories())).contains(Set.of("e1"), Set.of("e2"));
    assertThat(StoryGrouperTest.memberSets(meaning.stories())).contains(Set.of("e1", "e2"));
  }

  private static List<Article> fillerThenExpulsion() {
    List<Article> articles = new java.util.ArrayList<>(TestArticles.filler());
    articles.addAll(TestArticles.expulsion());
    return articles;
  }

  private static StoryIndex withFiller() {
    StoryIndex index = index();
    TestArticles.filler().forEach(index::add);
    TestArticles.flood().forEach(index::add);
    return index;
  }

  /**
   * A stored profile is taken only after the same arrivals as it was made after: the boilerplate
   * filter reads the lines of earlier articles, so with another order every article is profiled
   * again. A profile stored in a form the codec cannot read is made again too.
   */
  @Test
  void storedProfilesAreTakenOnlyAfterTheSameArrivals() {
    List<Article> articles = fillerThenExpulsion();
    StoryIndex made = index();
    articles.forEach(made::add);
    java.util.Map<String, StoredProfile> stored = new java.util.HashMap<>();
    made.madeProfiles().forEach(p -> stored.put(p.article(), p));
    assertThat(made.profiled).isEqualTo(articles.size());

    StoryIndex same = index();
    same.useStoredProfiles(stored);
    articles.forEach(same::add);
    assertThat(same.profiled).isZero();
    assertThat(same.madeProfiles()).isEmpty();
    assertThat(same.stories()).isEqualTo(made.stories());

    StoryIndex reversed = index();
    reversed.useStoredProfiles(stored);
    List<Article> backwards = new java.util.ArrayList<>(articles);
    java.util.Collections.reverse(backwards);
    backwards.forEach(reversed::add);
    assertThat(reversed.profiled).isEqualTo(articles.size());

    StoryIndex unreadable = index();
    String first = articles.get(0).id();
    stored.put(first, new StoredProfile(first, stored.get(first).chain(), "{not a profile"));
    unreadable.useStoredProfiles(stored);
    articles.forEach(unreadable::add);
    assertThat(unreadable.profiled).isEqualTo(1);
    assertThat(unreadable.stories()).isEqualTo(made.stories());

    StoryIndex partial = index();
    stored.put(first, made.madeProfiles().get(0));
    String second = articles.get(1).id();
    stored.put(second, new StoredProfile(second, stored.get(second).chain(), "{}"));
    partial.useStoredProfiles(stored);
    articles.forEach(partial::add);
    assertThat(partial.profiled).isEqualTo(1);
    assertThat(partial.stories()).isEqualTo(made.stories());
  }

  /**
   * A stored profile carries the keys its article was posted under, which the term statistics at
   * its arrival gave: taken as stored, they post it where weighing its terms again would. A profile
   * stored without them (before they were) has them weighed again, to the same stories.
   */
  @Test
  void storedProfilesCarryTheirKeys() {
    List<Article> articles = fillerThenExpulsion();
    StoryIndex made = index();
    articles.forEach(made::add);
    assertThat(made.weighed).isEqualTo(articles.size());
    java.util.Map<String, StoredProfile> stored = new java.util.HashMap<>();
    made.madeProfiles().forEach(p -> stored.put(p.article(), p));
    assertThat(stored.values()).allMatch(p -> p.profile().contains("\"k\":["));

    StoryIndex same = index();
    same.useStoredProfiles(stored);
    articles.forEach(same::add);
    assertThat(same.weighed).isZero();
    assertThat(same.stories()).isEqualTo(made.stories());
    Article extra = TestArticles.expulsion().get(0);
    Article again =
        new Article(
            extra.id() + "-again",
            extra.source(),
            extra.outlet(),
            extra.title(),
            extra.published(),
            extra.publishedFrom(),
            extra.language(),
            extra.body(),
            extra.removed(),
            extra.copyOf());
    made.add(again);
    same.add(again);
    assertThat(same.lastCompared).isEqualTo(made.lastCompared).isPositive();
    assertThat(same.stories()).isEqualTo(made.stories());

    java.util.Map<String, StoredProfile> withoutKeys = new java.util.HashMap<>();
    stored.forEach(
        (id, p) ->
            withoutKeys.put(
                id,
                new StoredProfile(
                    id, p.chain(), p.profile().replaceFirst(",\"k\":\\[[^\\]]*\\]", ""))));
    assertThat(withoutKeys.values()).noneMatch(p -> p.profile().contains("\"k\""));
    StoryIndex old = index();
    old.useStoredProfiles(withoutKeys);
    articles.forEach(old::add);
    assertThat(old.profiled).isZero();
    assertThat(old.weighed).isEqualTo(articles.size());
    old.add(again);
    assertThat(old.stories()).isEqualTo(made.stories());
  }
}
