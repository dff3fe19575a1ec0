package dev.parallax.quotes;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;

/**
 * The speaker of a quotation whose sentence ends in a short clause after its marks ('"...," the
 * letter reads.', '"...?" the crowd chanted.'): the subject of that clause's verb, whatever the
 * verb. A quotation closed by a comma, question or exclamation mark and followed only by a subject
 * and its verb is attributed by them, even when the verb is no verb of saying. Stateless apart from
 * the article and resolver; not shared between articles.
 */
final class TrailingClause {
  /** Most words the clause after the marks may have. */
  private static final int MAX_WORDS = 5;

  /** Marks that end a quoted sentence which the words after it attribute. */
  private static final String OPEN_ENDS = ",?!";

  private final AnnotatedArticle article;
  private final SpeakerResolver speakers;

  TrailingClause(AnnotatedArticle article, SpeakerResolver speakers) {
    this.article = article;
    this.speakers = speakers;
  }

  /** {@code direct} with the trailing clause's subject and verb, or null when there is none. */
  Statement at(QuoteMarks.Marked m, Statement direct) {
    String body = article.article().body();
    int end = m.outer().end();
    String inner = m.inner().of(body).strip();
    boolean openEnd = !inner.isEmpty() && OPEN_ENDS.indexOf(inner.charAt(inner.length() - 1)) >= 0;
    if (!m.closed() || !openEnd && !(end < body.length() && body.charAt(end) == ',')) {
      return null;
    }
    for (Sentence s : article.sentences()) {
      if (s.isParsed() && s.start() < end && s.end() > end) {
        return inTail(new DependencyTree(s), end, direct);
      }
    }
    return null;
  }

  private Statement inTail(DependencyTree tree, int end, Statement direct) {
    int first = 0;
    while (first < tree.size() && tree.token(first).start() < end) {
      first++;
    }
    int words = 0;
    int verb = -1;
    for (int i = first; i < tree.size(); i++) {
      words += tree.isPunct(i) ? 0 : 1;
      if (verb < 0 && tree.isVerb(i)) {
        verb = i;
      }
    }
    if (verb < 0 || words > MAX_WORDS || words < 2) {
      return null;
    }
    return speakers.bySubjectOf(tree, verb, first, tree.size() - 1, direct);
  }
}
