package dev.parallax.quotes;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.EntityType;
import java.util.Set;

/**
 * The speaker of a quotation set off by dashes inside a sentence ("..., including the senator --
 * "...." -- and the mayor", "treating the remark as a joke -- "...." -- and"): a person named right
 * before the opening dash, else the subject of the verb the words before the dash hang on. An aside
 * names no cue of its own, so the sentence around it says whose words it holds. Stateless apart
 * from the article and resolver; not shared between articles.
 */
final class DashAside {
  /** Dashes that open or close an aside, as typed or printed. */
  private static final Set<String> DASHES = Set.of("--", "—", "–", "---");

  /** Most steps from the word before the dash up to the verb it hangs on. */
  private static final int MAX_HOPS = 4;

  private final AnnotatedArticle article;
  private final SpeakerResolver speakers;

  DashAside(AnnotatedArticle article, SpeakerResolver speakers) {
    this.article = article;
    this.speakers = speakers;
  }

  /** {@code direct} with the aside's speaker, or null when the marks stand between no dashes. */
  Statement at(QuoteMarks.Marked m, Statement direct) {
    String body = article.article().body();
    // A doubled typewriter mark ('') may leave one of its halves outside the marks found.
    String before = body.substring(0, m.outer().start()).replaceAll("[\\s']+$", "");
    String after = body.substring(m.outer().end()).replaceAll("^[\\s']+", "");
    if (!m.closed() || !endsWithDash(before) || !startsWithDash(after)) {
      return null;
    }
    int dashEnd = before.length();
    for (Sentence s : article.sentences()) {
      if (s.isParsed() && s.start() < dashEnd && s.end() >= m.outer().end()) {
        return inSentence(new DependencyTree(s), dashEnd, direct);
      }
    }
    return null;
  }

  private Statement inSentence(DependencyTree tree, int dashEnd, Statement direct) {
    int dash = -1;
    for (int i = 0; i < tree.size() && tree.token(i).end() <= dashEnd; i++) {
      dash = i;
    }
    int last = dash - 1;
    if (last < 0 || !DASHES.contains(tree.token(dash).text())) {
      return null;
    }
    int noun = last;
    while (noun >= 0
        && (tree.relation(noun).startsWith("flat") || tree.relation(noun).equals("compound"))) {
      noun = tree.head(noun);
    }
    if (noun >= 0 && noun < dash) {
      SpeakerResolver.Resolved named = speakers.ofSubject(tree, noun);
      if (named.mention() != null && named.mention().type() == EntityType.PERSON) {
        return direct.withSpeaker(named, null, null);
      }
    }
    int verb = tree.verbAbove(last, MAX_HOPS);
    return verb < 0 || verb > dash ? null : speakers.bySubjectOf(tree, verb, 0, dash, direct);
  }

  private static boolean endsWithDash(String text) {
    return DASHES.stream().anyMatch(text::endsWith);
  }

  private static boolean startsWithDash(String text) {
    return DASHES.stream().anyMatch(text::startsWith);
  }
}
