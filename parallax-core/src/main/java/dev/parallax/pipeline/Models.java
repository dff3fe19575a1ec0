package dev.parallax.pipeline;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.ActorTagger;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.ParseCues;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.events.EventExtractor;
import dev.parallax.events.EventPatterns;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.SpeechCues;
import dev.parallax.resources.Rules;
import dev.parallax.time.ArticleTimes;
import dev.parallax.time.TimeTagger;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read-only models and lexicons the standard stages share, each loaded on first use and then
 * kept: one instance serves every thread and every document of a JVM (a CLI run, a web server, a
 * Spark executor). Thread-safe.
 */
public final class Models {
  private static final Models SHARED = new Models(Rules.bundled());

  private final Rules rules;
  private final Supplier<KnowledgeBase> kb = once(() -> KnowledgeBase.of(rules()));
  private final Supplier<ParseCues> parseCues = once(this::deriveParseCues);
  private final Supplier<Annotator> annotator =
      once(() -> CoreNlpAnnotators.parsing(parseCues(), rules()));
  private final Supplier<ArticleTimes> times =
      once(() -> new ArticleTimes(new TimeTagger(CoreNlpAnnotators.sutime(), rules()), rules()));
  private final Supplier<ActorTagger> actors = once(() -> new ActorResolver(kb()));
  private final Supplier<EventExtractor> events = once(() -> new EventExtractor(rules()));
  private final Supplier<QuoteExtractor> quotes = once(() -> new QuoteExtractor(rules()));

  private Models(Rules rules) {
    this.rules = rules;
  }

  /** The models of this JVM, reading the bundled rules. */
  public static Models shared() {
    return SHARED;
  }

  /**
   * The models reading {@code rules}: the shared ones for the bundled rules; for a user's rules,
   * new lexicons over the same loaded NLP models.
   */
  public static Models of(Rules rules) {
    return rules == Rules.bundled() ? SHARED : new Models(rules);
  }

  /** The rule tables these models read. */
  public Rules rules() {
    return rules;
  }

  public KnowledgeBase kb() {
    return kb.get();
  }

  /**
   * The annotator of the standard pipeline (profile FULL), parsing what {@link #parseCues} selects.
   */
  public Annotator annotator() {
    return annotator.get();
  }

  /**
   * Which sentences the annotator parses: those holding a quotation mark, an event trigger or a
   * speech cue read from the parse, derived from the events and quotes stages' lexicons, so a cue a
   * user adds there is parsed for.
   */
  public ParseCues parseCues() {
    return parseCues.get();
  }

  private ParseCues deriveParseCues() {
    Set<String> lemmas = new HashSet<>(EventPatterns.of(rules).triggerLemmas());
    lemmas.addAll(SpeechCues.of(rules).parsedLemmas());
    return ParseCues.of(lemmas, QuoteExtractor.quotationMarkTokens());
  }

  public ArticleTimes times() {
    return times.get();
  }

  public ActorTagger actors() {
    return actors.get();
  }

  public EventExtractor events() {
    return events.get();
  }

  public QuoteExtractor quotes() {
    return quotes.get();
  }

  /** A supplier that calls {@code load} once, on first use, and then returns what it gave. */
  private static <T> Supplier<T> once(Supplier<T> load) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            if (value == null) {
              value = load.get();
            }
            v = value;
          }
        }
        return v;
      }
    };
  }
}
