package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventKeysTest {
  /** One distinctive term per article: the candidate index then holds little but people. */
  private static final StoryOptions ONE_TERM = StoryOptions.DEFAULTS.withCandidates(50, 1);

  /** Two reports of one expulsion, told in other words: no name, few distinctive terms shared. */
  private static final Article ACT =
      TestArticles.article(
          "act",
          "Wire",
          "2025-05-02",
          "Envoys expelled over spying claims",
          "The foreign ministry of Freedonia ordered two diplomats of Sylvania to leave the country"
              + " within three days, citing activities incompatible with their status.",
          "The embassy was informed on Thursday morning, the ministry said in a statement.");

  private static final Article REACTION =
      TestArticles.article(
          "reaction",
          "Daily",
          "2025-05-03",
          "Sylvania vows a reply after diplomats ordered out",
          "Sylvania promised a measured reply on Friday after the foreign ministry of Freedonia"
              + " ordered two of its diplomats to leave the country within three days.",
          "The ministry had cited activities incompatible with their status, officials said.");

  private static Event expulsion(String id, String article, String source, String target) {
    String text = "ordered two diplomats to leave";
    return Event.reported(
        id,
        PartialDate.parse("2025-05-02"),
        new ActorRef(null, source),
        new ActorRef(null, target),
        "174",
        -5,
        4,
        null,
        new EventMention(article, 0, text.length(), text, "ordered"));
  }

  private static final EventKeys EVENTS =
      EventKeys.of(
          List.of(
              expulsion("e1", "act", "FRDGOV", "SYLGOV"),
              expulsion("e2", "reaction", "FRDGOV", "SYLGOV")));

  @Test
  void anEventSharedWithAStoryFindsItWhereItsTermsDoNot() {
    KnowledgeBase kb = KnowledgeBase.builtIn();
    StoryGrouper terms = new StoryGrouper(kb, ONE_TERM);
    StoryGrouper exhaustive = new StoryGrouper(kb, ONE_TERM.withCandidates(0, 1));
    List<Article> both = List.of(ACT, REACTION);

    // similar enough to be one story, but the terms and people alone do not list it
    assertThat(exhaustive.group(both)).hasSize(1);
    StoryIndex byTerms = terms.newIndex();
    byTerms.add(ACT);
    byTerms.add(REACTION);
    assertThat(byTerms.lastCompared).isZero();
    assertThat(terms.group(both)).hasSize(2);

    StoryIndex byEvents = terms.newIndex(EVENTS);
    byEvents.add(ACT);
    byEvents.add(REACTION);
    assertThat(byEvents.lastCompared).isEqualTo(1);
    List<Story> stories = terms.group(both, EVENTS);
    assertThat(stories).isEqualTo(exhaustive.group(both));
    assertThat(stories.get(0).articles()).containsExactly("act", "reaction");
  }

  @Test
  void anotherActorPairOrRootFindsNothing() {
    StoryGrouper terms = new StoryGrouper(KnowledgeBase.builtIn(), ONE_TERM);
    EventKeys other =
        EventKeys.of(
            List.of(
                expulsion("e1", "act", "FRDGOV", "SYLGOV"),
                expulsion("e2", "reaction", "SYLGOV", "FRDGOV")));
    StoryIndex index = terms.newIndex(other);
    index.add(ACT);
    index.add(REACTION);
    assertThat(index.lastCompared).isZero();
  }

  @Test
  void keysAreActorPairAndRootOncePerArticle() {
    Event noTarget = expulsion("e3", "act", "FRDGOV", null);
    Event protest =
        Event.reported(
            "e4",
            null,
            new ActorRef(null, "SYLGOV"),
            new ActorRef(null, "FRDGOV"),
            "141",
            -6.5,
            3,
            null,
            new EventMention("act", 0, 4, "rals", "rals"));
    EventKeys keys =
        EventKeys.of(
            List.of(
                expulsion("e1", "act", "FRDGOV", "SYLGOV"),
                expulsion("e2", "act", "FRDGOV", "SYLGOV"),
                noTarget,
                protest));
    assertThat(keys.of("act")).containsExactly("e:FRDGOV>SYLGOV|17", "e:SYLGOV>FRDGOV|14");
    assertThat(keys.of("reaction")).isEmpty();
    assertThat(keys.articles(List.of("act", "reaction"))).isEqualTo(1);
    assertThat(EventKeys.NONE.of("act")).isEmpty();
  }

  @Test
  void anArticlesEventsAreReadWhenItIsFirstLookedUpAndOnce() {
    List<String> read = new java.util.ArrayList<>();
    EventKeys keys =
        EventKeys.ofArticles(
            id -> {
              read.add(id);
              return id.equals("act")
                  ? List.of(expulsion("e1", "act", "FRDGOV", "SYLGOV"))
                  : List.of();
            });
    assertThat(read).isEmpty();
    assertThat(keys.of("act")).containsExactly("e:FRDGOV>SYLGOV|17");
    assertThat(keys.of("act")).containsExactly("e:FRDGOV>SYLGOV|17");
    assertThat(keys.of("reaction")).isEmpty();
    assertThat(read).containsExactly("act", "reaction");
  }
}
