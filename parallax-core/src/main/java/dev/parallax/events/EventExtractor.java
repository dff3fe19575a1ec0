package dev.parallax.events;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the events of one article from the dependency parses of its sentences.
 *
 * <p>A trigger is a token matching a pattern of {@code patterns.tsv} (a verb, or a noun, possibly
 * carried by a light verb). Its source and target head tokens are mapped to actor mentions with
 * {@link ArticleActors#at}; an event needs a source mention, its target may be absent. Coordinated
 * actors ("Kosovo and Albania expelled ...") give one event per actor (per source-target pair).
 * Negated, conditional and blocked triggers ("did not expel", "if they expel", "denies any plans to
 * invade", "alleged they had endangered") give no event; an intended act ("will expel", "plans to
 * meet") is coded as the intent code of its root (a threat 13x or an intent to cooperate 03x); a
 * threat or promise with an act in its complement ("threatened to expel") takes that intent code.
 * Sentences without a parse give nothing: the annotator parses every sentence holding a trigger
 * lemma (see the parse cues).
 *
 * <p>Output order is body order; ids are stable content hashes. Thread-safe; never throws for odd
 * input (a failure is logged and yields no events).
 */
public final class EventExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(EventExtractor.class);
  private static final String DEMAND = "100";

  private final EventPatterns patterns;
  private final Modifiers modifiers;
  private final CameoCodes codes;
  private final Assertion assertion;
  private final Arguments arguments;

  /** An extractor over the bundled patterns, modifiers and code table. */
  public EventExtractor() {
    this.patterns = EventPatterns.bundled();
    this.modifiers = Modifiers.bundled();
    this.codes = CameoCodes.bundled();
    this.assertion = new Assertion(modifiers);
    this.arguments = new Arguments(patterns, modifiers);
  }

  /** The events of one article, each with its source and target actor mentions. */
  public List<ExtractedEvent> extract(AnnotatedArticle article, ArticleActors actors) {
    Map<String, ExtractedEvent> out = new LinkedHashMap<>();
    for (Sentence sentence : article.sentences()) {
      if (!sentence.isParsed()) {
        continue;
      }
      try {
        for (ExtractedEvent e : inSentence(article, actors, new DepGraph(sentence))) {
          out.putIfAbsent(e.event().id(), e);
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "event extraction failed in {} sentence {}",
            article.article().id(),
            sentence.index(),
            e);
      }
    }
    return List.copyOf(out.values());
  }

  /** The events alone, as {@code events.jsonl} records. */
  public List<Event> events(AnnotatedArticle article, ArticleActors actors) {
    return extract(article, actors).stream().map(ExtractedEvent::event).toList();
  }

  private List<ExtractedEvent> inSentence(
      AnnotatedArticle article, ArticleActors actors, DepGraph g) {
    Map<Integer, EventPattern> triggers = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      int token = i;
      patterns.match(g, i).filter(p -> p.code() != null).ifPresent(p -> triggers.put(token, p));
    }
    List<ExtractedEvent> out = new ArrayList<>();
    for (int t : triggers.keySet()) {
      Assertion.Status status = assertion.assess(g, t, triggers::containsKey);
      if (status != Assertion.Status.SUPPRESSED) {
        out.addAll(atTrigger(article, actors, g, t, status, triggers));
      }
    }
    return out;
  }

  /** The events of one asserted or intended trigger: one per source and target actor. */
  private List<ExtractedEvent> atTrigger(
      AnnotatedArticle article,
      ArticleActors actors,
      DepGraph g,
      int t,
      Assertion.Status status,
      Map<Integer, EventPattern> triggers) {
    EventPattern pattern = triggers.get(t);
    if (status == Assertion.Status.DEMANDED) {
      return demand(article, actors, g, t, pattern);
    }
    String code = code(g, t, pattern, status, triggers);
    List<ActorMention> sources = mentions(g, actors, arguments.sources(g, t, pattern));
    List<ActorMention> targets = mentions(g, actors, arguments.targets(g, t, pattern));
    int inner = innerAct(g, t, triggers);
    if (targets.isEmpty() && inner >= 0) {
      targets = mentions(g, actors, arguments.targets(g, inner, triggers.get(inner)));
    }
    boolean reciprocal =
        targets.isEmpty()
            && sources.size() > 1
            && modifiers.is(g.lemma(t), Modifiers.Effect.RECIPROCAL);
    return pairs(article, g, t, code, sources, reciprocal ? sources : targets);
  }

  /** One event per source and target; an actor does not act on itself (the target stays open). */
  private List<ExtractedEvent> pairs(
      AnnotatedArticle article,
      DepGraph g,
      int t,
      String code,
      List<ActorMention> sources,
      List<ActorMention> targets) {
    List<ExtractedEvent> out = new ArrayList<>();
    for (ActorMention source : sources) {
      List<ActorMention> acted =
          targets.stream().filter(m -> !m.key().equals(source.key())).toList();
      for (ActorMention target : acted.isEmpty() ? singletonNull() : acted) {
        out.add(event(article, g, t, code, source, target));
      }
    }
    return out;
  }

  /** "X said Y must act": a demand (100) by the reporter X on the one who must act. */
  private List<ExtractedEvent> demand(
      AnnotatedArticle article, ArticleActors actors, DepGraph g, int t, EventPattern pattern) {
    int reporter = Arguments.reporter(g, t);
    List<ActorMention> sources = reporter < 0 ? List.of() : mentions(g, actors, List.of(reporter));
    List<ActorMention> targets = mentions(g, actors, arguments.sources(g, t, pattern));
    return pairs(article, g, t, DEMAND, sources, targets);
  }

  /**
   * The pattern's code; an intended act's intent code; a threat or promise with an act in its
   * complement takes the intent code of that act's root.
   */
  private String code(
      DepGraph g,
      int t,
      EventPattern p,
      Assertion.Status status,
      Map<Integer, EventPattern> triggers) {
    String root = root(p.code());
    boolean stance = root.equals("03") || root.equals("13");
    if (status == Assertion.Status.INTENDED && !stance) {
      return modifiers.intentCode(root);
    }
    int inner = innerAct(g, t, triggers);
    if (stance && p.complements().isEmpty() && inner >= 0) {
      String innerRoot = root(triggers.get(inner).code());
      boolean cooperative = innerRoot.compareTo("09") < 0;
      if (cooperative == root.equals("03") && !innerRoot.equals(root)) {
        return modifiers.intentCode(innerRoot);
      }
    }
    return p.code();
  }

  /** The trigger in the clausal complement of {@code t} ("threatened to expel"), or -1. */
  private static int innerAct(DepGraph g, int t, Map<Integer, EventPattern> triggers) {
    for (int c : g.children(t)) {
      String rel = g.relation(c);
      if (triggers.containsKey(c) && (rel.equals("xcomp") || rel.equals("ccomp"))) {
        return c;
      }
    }
    return -1;
  }

  private static String root(String code) {
    return code.substring(0, 2);
  }

  /** The first argument candidate that names an actor, with its conjuncts. */
  private static List<ActorMention> mentions(
      DepGraph g, ArticleActors actors, List<Integer> heads) {
    for (int head : heads) {
      List<ActorMention> found = new ArrayList<>();
      for (int i : coordinated(g, head)) {
        mention(g, actors, i).filter(m -> !found.contains(m)).ifPresent(found::add);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * A head and its conjuncts, or its coordinated adjectives ("Moldovan and Belarusian officials").
   */
  private static List<Integer> coordinated(DepGraph g, int head) {
    int adjective = g.child(head, "amod");
    if (adjective >= 0 && g.withConjuncts(adjective).size() > 1) {
      return g.withConjuncts(adjective);
    }
    return g.withConjuncts(head);
  }

  /**
   * The mention at a head token, else in its phrase. A mention without an actor code yields to the
   * longest coded mention inside the phrase ("the Ministry of Foreign Affairs in Chisinau").
   */
  private static Optional<ActorMention> mention(DepGraph g, ArticleActors actors, int head) {
    int[] phrase = g.phrase(head);
    Optional<ActorMention> m = actors.at(g.token(head).start(), g.token(head).end());
    if (m.isEmpty()) {
      m = actors.at(phrase[0], phrase[1]);
    }
    if (m.isPresent() && m.get().actor() == null) {
      Optional<ActorMention> coded =
          actors.mentions().stream()
              .filter(x -> x.actor() != null && x.start() >= phrase[0] && x.end() <= phrase[1])
              .max(Comparator.comparingInt(x -> x.end() - x.start()));
      return coded.isPresent() ? coded : m;
    }
    return m;
  }

  private static List<ActorMention> singletonNull() {
    List<ActorMention> list = new ArrayList<>();
    list.add(null);
    return list;
  }

  private ExtractedEvent event(
      AnnotatedArticle annotated,
      DepGraph g,
      int t,
      String code,
      ActorMention source,
      ActorMention target) {
    Article article = annotated.article();
    CameoCode c =
        codes.get(code).orElseThrow(() -> new IllegalStateException("unknown CAMEO code " + code));
    Sentence s = g.sentence();
    String targetKey = target == null ? "" : target.key();
    String id =
        ContentId.of(
            'v', article.id(), Integer.toString(g.token(t).start()), code, source.key(), targetKey);
    PartialDate date = EventDates.date(annotated, g, t);
    EventMention mention =
        new EventMention(
            article.id(),
            s.start(),
            s.end(),
            article.body().substring(s.start(), s.end()),
            g.token(t).text());
    Event event =
        new Event(
            id,
            null,
            date,
            new ActorRef(null, source.actor()),
            new ActorRef(null, target == null ? null : target.actor()),
            code,
            c.goldstein(),
            c.quadClass(),
            c.plover(),
            List.of(mention),
            1,
            1);
    MonthDay yearless = date == null ? EventDates.yearlessDay(annotated, g, t) : null;
    return new ExtractedEvent(event, source, target, yearless);
  }
}
