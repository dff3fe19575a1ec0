package dev.parallax.coverage;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ActorMention.How;
import dev.parallax.coverage.BodyWords.Word;
import dev.parallax.coverage.LabelWords.Kind;
import dev.parallax.model.Span;
import dev.parallax.quotes.ScareQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the labels one article gives its actors, from the body and the actor mentions, without a
 * parse: a descriptive mention itself ("the self-proclaimed republic", a place standing for a
 * government, an alias); modifiers before a mention ("the self-styled X authorities"); "the
 * breakaway region of X"; an apposition ("X, a former province that ..."); and a scare-quoted term
 * next to a mention. Words inside quoted statements are the speaker's, not the outlet's, and are
 * skipped. Thread-safe.
 */
final class LabelReader {
  /** Lexicon categories whose terms may stand before a name as modifiers. */
  private static final Set<String> MODIFYING = Set.of("delegitimising", "pejorative", "territory");

  /** Prepositions joining a head to the actor it describes. */
  private static final Set<String> CONNECTORS = Set.of("of", "in");

  private static final int APPOSITION_WORDS = 6;
  private static final int SCARE_REACH = 30;

  private final LabelWords words;
  private final LoadedLabelLexicon lexicon;

  LabelReader(LabelWords words, LoadedLabelLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  /**
   * The labels of one article, in body order, one per span.
   *
   * @param quoted spans of quoted statements, whose words are skipped
   */
  List<ReadLabel> read(
      BodyWords text, List<ActorMention> mentions, List<Span> quoted, List<ScareQuote> scares) {
    String body = text.body();
    Map<Span, ReadLabel> out = new LinkedHashMap<>();
    for (ActorMention m : mentions) {
      if (m.how() == How.PRONOUN || inside(m.span(), quoted)) {
        continue;
      }
      for (Span s : labelsOf(text, m)) {
        if (s.length() > 0 && !inside(s, quoted)) {
          out.putIfAbsent(s, new ReadLabel(m, s, false));
        }
      }
    }
    for (ScareQuote q : scares) {
      if (!q.nested() && !inside(q.span(), quoted)) {
        ActorMention m = nearest(body, q.span(), mentions);
        if (m != null) {
          out.put(q.span(), new ReadLabel(m, q.span(), true));
        }
      }
    }
    List<ReadLabel> labels = new ArrayList<>(out.values());
    labels.sort(Comparator.comparingInt((ReadLabel l) -> l.span().start()));
    return labels;
  }

  private List<Span> labelsOf(BodyWords text, ActorMention m) {
    List<Span> spans = new ArrayList<>();
    Span core = withoutDeterminer(text, m.span());
    if (m.how() == How.DESCRIPTION || m.how() == How.METONYM || m.how() == How.ALIAS) {
      spans.add(core);
    }
    Span modified = modified(text, m);
    if (modified != null) {
      spans.add(withoutDeterminer(text, modified));
    }
    Span of = headOf(text, m.span());
    if (of != null) {
      spans.add(of);
    }
    Span apposition = apposition(text, m.span());
    if (apposition != null) {
      spans.add(apposition);
    }
    return spans;
  }

  /**
   * "the self-styled X authorities", "the X regime": modifiers before the mention, and head nouns
   * after a name that modifies them.
   */
  private Span modified(BodyWords text, ActorMention m) {
    int start = m.start();
    for (Word w = text.adjacentBefore(m.start()); w != null && modifies(w); w = text.before(w)) {
      start = w.start();
    }
    int end = m.end();
    if (m.how() != How.DESCRIPTION) {
      for (Word w = text.adjacentAfter(m.end()); w != null && isHead(w); w = text.after(w)) {
        end = w.end();
      }
    }
    return start == m.start() && end == m.end() ? null : new Span(start, end);
  }

  /**
   * "the breakaway region of X", "the regime in X": a head and its modifiers before the mention.
   */
  private Span headOf(BodyWords text, Span mention) {
    Word of = text.adjacentBefore(mention.start());
    if (of == null || !CONNECTORS.contains(of.text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Word head = text.before(of);
    if (head == null || !isHead(head)) {
      return null;
    }
    int start = head.start();
    for (Word w = text.before(head); w != null && inPhrase(w); w = text.before(w)) {
      start = w.start();
    }
    return new Span(start, head.end());
  }

  /** "X, a former province that ...": a determiner, then a phrase ending in a head. */
  private Span apposition(BodyWords text, Span mention) {
    String body = text.body();
    int at = mention.end();
    if (at + 2 >= body.length() || body.charAt(at) != ',') {
      return null;
    }
    Word det = text.adjacentAfter(at + 1);
    if (det == null || !words.is(det.text(), Kind.DETERMINER)) {
      return null;
    }
    Word lastHead = null;
    Word w = text.after(det);
    for (int n = 0; w != null && n < APPOSITION_WORDS && inPhrase(w); n++) {
      lastHead = isHead(w) ? w : lastHead;
      w = text.after(w);
    }
    Word first = text.after(det);
    return lastHead == null ? null : new Span(first.start(), lastHead.end());
  }

  /**
   * Whether a scare quote is the head of an actor's name or of a descriptive phrase: right after a
   * mention or a modifier, with only spaces and the opening mark between ("the Moldovan
   * "government"", "this self-proclaimed "state""). Such a term labels an actor even inside a
   * reported statement.
   */
  boolean headsAPhrase(BodyWords text, Span scare, List<ActorMention> mentions) {
    String body = text.body();
    int at = scare.start();
    while (at > 0 && (Character.isWhitespace(body.charAt(at - 1)) || isMark(body.charAt(at - 1)))) {
      at--;
    }
    final int end = at;
    boolean named =
        mentions.stream()
            .filter(m -> m.how() != How.PRONOUN)
            .anyMatch(m -> m.end() == end || m.start() < scare.end() && scare.start() < m.end());
    if (named) {
      return true;
    }
    Word before = text.adjacentBefore(end);
    return before != null && modifies(before);
  }

  private static boolean isMark(char c) {
    return "\"'“”‘’«»„‚".indexOf(c) >= 0;
  }

  /** A head noun in lower case: "States" in a name is no head. */
  private boolean isHead(Word w) {
    return !w.capitalised() && words.isHead(w.text());
  }

  /** A word that may stand before a name as part of how the outlet names the actor. */
  private boolean modifies(Word w) {
    if (w.hyphenated() || words.is(w.text(), Kind.MODIFIER)) {
      return true;
    }
    return !w.capitalised()
        && lexicon.find(w.text()).stream()
            .anyMatch(
                l -> l.span().length() == w.text().length() && MODIFYING.contains(l.category()));
  }

  /** A word inside a descriptive phrase: a modifier, a head, or a capitalised adjective. */
  private boolean inPhrase(Word w) {
    Kind k = words.kind(w.text());
    return k != Kind.DETERMINER && (k != null || modifies(w) || w.capitalised());
  }

  private Span withoutDeterminer(BodyWords text, Span span) {
    Word first = text.adjacentAfter(span.start());
    if (first != null && first.end() < span.end() && words.is(first.text(), Kind.DETERMINER)) {
      Word next = text.adjacentAfter(first.end());
      if (next != null && next.end() <= span.end()) {
        return new Span(next.start(), span.end());
      }
    }
    return span;
  }

  /** The mention a scare quote names: one it overlaps, else the closest in its paragraph. */
  private static ActorMention nearest(String body, Span q, List<ActorMention> mentions) {
    ActorMention best = null;
    int bestGap = Integer.MAX_VALUE;
    for (ActorMention m : mentions) {
      if (m.how() == How.PRONOUN) {
        continue;
      }
      int gap = m.end() <= q.start() ? q.start() - m.end() : Math.max(0, m.start() - q.end());
      int from = Math.min(m.end(), q.end());
      int to = Math.max(m.start(), q.start());
      boolean sameParagraph = from >= to || body.substring(from, to).indexOf('\n') < 0;
      if (sameParagraph && gap <= SCARE_REACH && gap < bestGap) {
        best = m;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean inside(Span s, List<Span> quoted) {
    return quoted.stream().anyMatch(q -> q.contains(s));
  }
}
