package dev.parallax.quotes;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Span;

/**
 * The speaker of a quotation introduced by a clause ending in a colon right before its marks ("The
 * mayor went on: "...", "the memo reads: "..."): the subject of the verb that clause hangs on,
 * whatever the verb. A colon lead-in names who is quoted even when its verb is no verb of saying,
 * and it beats a cue found farther off. Stateless apart from the article and resolver; not shared
 * between articles.
 */
final class ColonLeadIn {
  /** Most steps from the colon up to the verb it hangs on ("changed my answer:" is two). */
  private static final int MAX_HOPS = 3;

  /** Most words before the colon of an unparsed lead-in sentence. */
  private static final int MAX_SHORT_LEAD = 5;

  private final AnnotatedArticle article;
  private final SpeakerResolver speakers;

  ColonLeadIn(AnnotatedArticle article, SpeakerResolver speakers) {
    this.article = article;
    this.speakers = speakers;
  }

  /** {@code direct} with the lead-in's speaker and verb, or null when no colon leads into it. */
  Statement at(QuoteMarks.Marked m, Statement direct) {
    String body = article.article().body();
    int open = m.outer().start();
    for (Sentence s : article.sentences()) {
      if (s.start() >= open) {
        continue;
      }
      DependencyTree tree = new DependencyTree(s);
      for (int i = tree.size() - 1; i > 0; i--) {
        Token t = tree.token(i);
        if (t.end() <= open && t.text().equals(":") && body.substring(t.end(), open).isBlank()) {
          return s.isParsed() ? fromColon(tree, i, m, direct) : fromShortLead(tree, i, direct);
        }
      }
    }
    return null;
  }

  /**
   * An unparsed lead-in of a few words that is its own sentence ("Jane Doe went on:"): the person
   * or organisation it names.
   */
  private Statement fromShortLead(DependencyTree tree, int colon, Statement direct) {
    if (colon != tree.size() - 1 || colon > MAX_SHORT_LEAD) {
      return null;
    }
    Span lead = tree.sentence().span();
    SpeakerResolver.Resolved named = speakers.nearby(new Span(lead.end(), lead.end()), lead);
    return named == null ? null : direct.withSpeaker(named, null, null);
  }

  private Statement fromColon(
      DependencyTree tree, int colon, QuoteMarks.Marked m, Statement direct) {
    int verb = tree.verbAbove(colon, MAX_HOPS);
    return verb < 0 || verb > colon ? null : speakers.bySubjectOf(tree, verb, 0, colon, direct);
  }
}
