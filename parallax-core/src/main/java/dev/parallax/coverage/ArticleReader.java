package dev.parallax.coverage;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one article for coverage: its actor labels (loaded or not), the polar words near its actors
 * and its quoted speakers, all mapped to entity ids. Thread-safe.
 */
final class ArticleReader {
  static final String SCARE_QUOTE = "scare-quote";

  private final LabelReader labels;
  private final ToneScorer tone;
  private final LoadedLabelLexicon lexicon;

  ArticleReader(LoadedLabelLexicon lexicon, LabelWords words, ToneLexicon tone) {
    this.labels = new LabelReader(words, lexicon);
    this.tone = new ToneScorer(tone);
    this.lexicon = lexicon;
  }

  ArticleReading read(
      Article article,
      List<ActorMention> mentions,
      List<ExtractedQuote> quotes,
      List<ScareQuote> scareQuotes,
      LinkedEntities linked) {
    return resolve(
        readText(article, mentions, quotes, scareQuotes), article, mentions, quotes, linked);
  }

  /**
   * What the article's own wording says beside each of its actor mentions: the part of its reading
   * that no entity link changes, and that a store keeps ({@link ArticleText}).
   */
  ArticleText readText(
      Article article,
      List<ActorMention> mentions,
      List<ExtractedQuote> quotes,
      List<ScareQuote> scareQuotes) {
    List<Span> quoted =
        quotes.stream()
            .filter(q -> q.quote().kind() == QuoteKind.DIRECT)
            .map(q -> new Span(q.quote().start(), q.quote().end()))
            .toList();
    BodyWords text = new BodyWords(article.body());
    List<Span> statements =
        quotes.stream().map(q -> new Span(q.quote().start(), q.quote().end())).toList();
    List<ScareQuote> scare = ownScareQuotes(article, scareQuotes, statements, text, mentions);
    Map<ActorMention, Integer> place = new IdentityHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      place.putIfAbsent(mentions.get(i), i);
    }
    List<ArticleText.Label> labels = new ArrayList<>();
    for (ReadLabel l : this.labels.read(text, mentions, quoted, scare)) {
      String category = l.scare() ? SCARE_QUOTE : category(article.text(l.span()));
      labels.add(
          new ArticleText.Label(
              place.get(l.mention()), l.span().start(), l.span().end(), category));
    }
    return new ArticleText(labels, tone.words(text, mentions, quoted));
  }

  /**
   * The article's reading with entity ids: {@code text} (read from this article and {@code
   * mentions}) mapped through {@code linked}, and the speakers of {@code quotes}.
   */
  static ArticleReading resolve(
      ArticleText text,
      Article article,
      List<ActorMention> mentions,
      List<ExtractedQuote> quotes,
      LinkedEntities linked) {
    Map<ActorMention, String> entityOf = new HashMap<>();
    for (ActorMention m : mentions) {
      linked.entityOf(article.id(), m).ifPresent(e -> entityOf.put(m, e));
    }
    List<ArticleReading.EntityLabel> found = new ArrayList<>();
    for (ArticleText.Label l : text.labels()) {
      String entity = entityOf.get(mentions.get(l.mention()));
      if (entity != null) {
        found.add(
            new ArticleReading.EntityLabel(
                entity, Mention.of(article, new Span(l.start(), l.end())), l.category()));
      }
    }
    List<String> speakers = new ArrayList<>();
    List<String> reported = new ArrayList<>();
    for (ExtractedQuote q : quotes) {
      // "X said that Y believed Z": the outlet carries X's voice, and Y's as reported by X.
      (q.quote().reportedIn() == null ? speakers : reported)
          .add(
              q.speakerMention()
                  .flatMap(m -> linked.entityOf(article.id(), m))
                  .orElse(q.quote().speaker().entity()));
    }
    Set<String> named = new HashSet<>(entityOf.values());
    return new ArticleReading(
        found, ToneScorer.evidence(text.tone(), mentions, entityOf), speakers, reported, named);
  }

  /** The lexicon category of the first loaded term in the label, or null. */
  private String category(String label) {
    return lexicon.find(label).stream().map(LoadedLabel::category).findFirst().orElse(null);
  }

  /**
   * The outlet's own scare quotes among the article's scare-quoted terms: a short quotation inside
   * a reported statement is a fragment of the speaker's words, not the outlet's distance from a
   * term, unless the term heads an actor's name or a descriptive phrase (the Moldovan
   * "government"). Punctuation kept inside the marks ("state,") is dropped.
   */
  private List<ScareQuote> ownScareQuotes(
      Article article,
      List<ScareQuote> scareQuotes,
      List<Span> statements,
      BodyWords text,
      List<ActorMention> mentions) {
    List<ScareQuote> out = new ArrayList<>();
    for (ScareQuote q : scareQuotes) {
      int end = q.end();
      while (end > q.start() && !Character.isLetterOrDigit(article.body().charAt(end - 1))) {
        end--;
      }
      boolean reported = statements.stream().anyMatch(s -> s.contains(q.span()));
      if (end > q.start() && (!reported || labels.headsAPhrase(text, q.span(), mentions))) {
        out.add(
            new ScareQuote(q.start(), end, article.body().substring(q.start(), end), q.nested()));
      }
    }
    return out;
  }
}
