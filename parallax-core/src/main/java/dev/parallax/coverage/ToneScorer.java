package dev.parallax.coverage;

import dev.parallax.actors.ActorMention;
import dev.parallax.coverage.BodyWords.Word;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The polar words an article's own wording puts near each actor: the {@link ToneLexicon} words
 * within a few words of a mention, in the same sentence, outside quoted statements and outside
 * other mentions. A word near several mentions of one actor counts once for it. Thread-safe.
 */
final class ToneScorer {
  /** How many words on each side of a mention are read. */
  static final int WINDOW = 5;

  /** One polar word read near an actor. */
  record Evidence(String entity, Span word, double weight) {}

  private final ToneLexicon lexicon;

  ToneScorer(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param entityOf entity id of each mention to score (mentions missing from it are skipped)
   * @param quoted spans of quoted statements
   */
  List<Evidence> read(
      BodyWords text,
      List<ActorMention> mentions,
      Map<ActorMention, String> entityOf,
      List<Span> quoted) {
    return evidence(words(text, mentions, quoted), mentions, entityOf);
  }

  /**
   * The polar words near each mention outside quoted statements, mention by mention in the order of
   * {@code mentions}, each word in the order of its window: what {@link #evidence} folds by entity.
   */
  List<ArticleText.Tone> words(BodyWords text, List<ActorMention> mentions, List<Span> quoted) {
    List<ArticleText.Tone> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      if (inside(m.span(), quoted)) {
        continue;
      }
      for (Word w : window(text, m)) {
        double weight = lexicon.weight(w.text());
        if (weight != 0 && !inside(w.span(), quoted) && !inMention(w.span(), mentions)) {
          out.add(new ArticleText.Tone(i, w.start(), w.end(), weight));
        }
      }
    }
    return out;
  }

  /**
   * The evidence of {@code words} (read from {@code mentions}) for each mention's entity: a word
   * near several mentions of one entity counts once for it; a mention {@code entityOf} lacks is
   * skipped.
   */
  static List<Evidence> evidence(
      List<ArticleText.Tone> words,
      List<ActorMention> mentions,
      Map<ActorMention, String> entityOf) {
    List<Evidence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ArticleText.Tone w : words) {
      String entity = entityOf.get(mentions.get(w.mention()));
      if (entity != null && seen.add(entity + "@" + w.start())) {
        out.add(new Evidence(entity, new Span(w.start(), w.end()), w.weight()));
      }
    }
    return out;
  }

  /** Up to {@link #WINDOW} words each side of the mention, not crossing a sentence end. */
  private static List<Word> window(BodyWords text, ActorMention m) {
    List<Word> out = new ArrayList<>();
    List<Word> all = text.all();
    List<Word> from = text.wordsFrom(m.start());
    int first = from.isEmpty() ? all.size() : from.get(0).index();
    int boundary = m.start();
    for (int i = first - 1; i >= 0 && i >= first - WINDOW; i--) {
      if (endsSentence(text.body(), all.get(i).end(), boundary)) {
        break;
      }
      out.add(all.get(i));
      boundary = all.get(i).start();
    }
    List<Word> after = text.wordsFrom(m.end());
    boundary = m.end();
    for (int i = 0; i < after.size() && i < WINDOW; i++) {
      if (endsSentence(text.body(), boundary, after.get(i).start())) {
        break;
      }
      out.add(after.get(i));
      boundary = after.get(i).end();
    }
    return out;
  }

  private static boolean endsSentence(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      if (".!?;\n".indexOf(body.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean inMention(Span s, List<ActorMention> mentions) {
    return mentions.stream().anyMatch(m -> m.span().contains(s));
  }

  private static boolean inside(Span s, List<Span> quoted) {
    return quoted.stream().anyMatch(q -> q.contains(s));
  }
}
