package dev.parallax.events;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  private static final String DEMAND = "100";

  private final EventPatterns patterns;
  private final Modifiers modifiers;
  private final CameoCodes codes;
  private final EventDates dates;
  private final Assertion assertion;
  private final Arguments arguments;
  private final Governing governing;

  /** An extractor over the bundled patterns, modifiers and code table. */
  public EventExtractor() {
    this(Rules.bundled());
  }

  /** An extractor over the patterns, modifiers, code table and back references of {@code rules}. */
  public EventExtractor(Rules rules) {
    this.patterns = EventPatterns.of(rules);
    this.modifiers = Modifiers.of(rules);
    this.codes = CameoCodes.of(rules);
    this.dates = new EventDates(rules);
    this.assertion = new Assertion(modifiers);
    this.arguments = new Arguments(patterns, modifiers);
    this.governing = Governing.of(rules);
  }

  /** The events of one article, each with its source and target actor mentions. */
  public List<ExtractedEvent> extract(AnnotatedArticle article, ArticleActors actors) {
    return extract(article, actors, Diagnostics.logged("events"));
  }

  /**
   * The events of one article; a sentence the rules fail on yields none, reported to {@code
   * diagnostics}, and the other sentences are read as usual.
   */
  public List<ExtractedEvent> extract(
      AnnotatedArticle article, ArticleActors actors, Diagnostics diagnostics) {
    Map<String, ExtractedEvent> out = new LinkedHashMap<>();
    for (Sentence sentence : article.sentences()) {
      if (!sentence.isParsed()) {
        continue;
      }
      try {
        List<ExtractedEvent> earlier = List.copyOf(out.values());
        for (ExtractedEvent e :
            inSentence(article, actors, new DependencyTree(sentence), earlier)) {
          out.putIfAbsent(e.event().id(), e);
        }
      } catch (RuntimeException e) {
        diagnostics.report(
            "event extraction failed in sentence " + sentence.index() + ", skipped: " + e);
      }
    }
    return RetoldEvents.fold(List.copyOf(out.values()));
  }

  /** The events alone, as {@code events.jsonl} records. */
  public List<Event> events(AnnotatedArticle article, ArticleActors actors) {
    return extract(article, actors).stream().map(ExtractedEvent::event).toList();
  }

  private List<ExtractedEvent> inSentence(
      AnnotatedArticle article,
      ArticleActors actors,
      DependencyTree g,
      List<ExtractedEvent> earlier) {
    Map<Integer, EventPattern> triggers = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      int token = i;
      patterns.match(g, i).filter(p -> p.code() != null).ifPresent(p -> triggers.put(token, p));
    }
    List<ExtractedEvent> out = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      Governed governed = governed(g, i, triggers);
      List<ExtractedEvent> events =
          governed == null ? List.of() : governing(article, actors, g, governed, triggers);
      if (!events.isEmpty()) {
        out.addAll(events);
        consumed.add(governed.verb());
        if (governed.kind().consumesAct()) {
          consumed.add(governed.act());
        }
      }
    }
    for (int t : triggers.keySet()) {
      Assertion.Status status = assertion.assess(g, t, triggers::containsKey);
      if (status != Assertion.Status.SUPPRESSED && !consumed.contains(t)) {
        out.addAll(atTrigger(article, actors, g, t, status, triggers, earlier));
      }
    }
    return out;
  }

  /** A governing verb, the act in its complement, its class and the code of its event. */
  private record Governed(int verb, int act, Governing.Kind kind, String code) {}

  /**
   * The act governed by verb {@code v} of a class of {@code governing.tsv} ("pledged to expel",
   * "urged Iran to release", "said that Russia attacked"), or null: the verb is none, a pattern
   * with a complement reads it ("ordered them to leave"), it is negated, conditional or blocked
   * itself, its complement holds no act, or its class gives no event for the act's root.
   */
  private Governed governed(DependencyTree g, int v, Map<Integer, EventPattern> triggers) {
    Optional<Governing.Kind> kind =
        g.pos(v).startsWith("VB") ? governing.kind(g.lemma(v)) : Optional.empty();
    EventPattern own = triggers.get(v);
    if (kind.isEmpty() || (own != null && !own.complements().isEmpty())) {
      return null;
    }
    boolean asserts = kind.get() == Governing.Kind.ALLEGE || kind.get() == Governing.Kind.REPORT;
    int act = -1;
    for (int c : g.children(v)) {
      String rel = g.relation(c);
      boolean clause = rel.equals("ccomp") || (!asserts && rel.equals("xcomp"));
      boolean nominal =
          !asserts && rel.equals("obj") && triggers.containsKey(c) && g.pos(c).startsWith("NN");
      if (act < 0 && triggers.containsKey(c) && (clause || nominal)) {
        act = c;
      }
    }
    if (act < 0
        || assertion.negated(g, act)
        || (asserts && assertion.modal(g, act))
        || assertion.assess(g, v, i -> false) == Assertion.Status.SUPPRESSED) {
      return null;
    }
    int governed = act;
    String root = root(triggers.get(act).code());
    return governing
        .code(kind.get(), root, modifiers)
        .map(code -> new Governed(v, governed, kind.get(), code))
        .orElse(null);
  }

  /**
   * The event of a governing verb: by its subject; on the act's target (commit), on the one asked
   * to act (appeal, demand, command: the addressee, else the act's author, else its target), or on
   * the act's author (allege, report). None when a directive verb with a clause names no addressee
   * ("wants to attack" is the subject's own intent) or the act has no author.
   */
  private List<ExtractedEvent> governing(
      AnnotatedArticle article,
      ArticleActors actors,
      DependencyTree g,
      Governed gov,
      Map<Integer, EventPattern> triggers) {
    int v = gov.verb();
    int act = gov.act();
    EventPattern actPattern = triggers.get(act);
    EventPattern own =
        triggers.getOrDefault(
            v,
            new EventPattern(g.lemma(v), EventPattern.Kind.VERB, Set.of(), null, gov.code(), null));
    List<ActorMention> sources = ArgumentMentions.mentions(g, actors, arguments.sources(g, v, own));
    List<ActorMention> author =
        ArgumentMentions.mentions(g, actors, arguments.sources(g, act, actPattern));
    List<ActorMention> acted =
        ArgumentMentions.mentions(g, actors, arguments.targets(g, act, actPattern));
    List<ActorMention> targets;
    if (gov.kind().directive()) {
      int addressee = g.child(v, "obj") == act ? g.child(v, "iobj") : g.child(v, "obj");
      if (addressee < 0 && !g.relation(act).equals("obj")) {
        return List.of();
      }
      // "ordered an inquiry into ...": the act's author may be the governing subject itself
      boolean ownAct = author.isEmpty() || ArgumentMentions.sameCountry(sources, author);
      targets =
          addressee >= 0
              ? ArgumentMentions.mentions(g, actors, List.of(addressee))
              : ownAct ? acted : author;
    } else if (gov.kind() == Governing.Kind.COMMIT) {
      targets = acted;
      if (targets.isEmpty()
          && sources.size() > 1
          && modifiers.is(g.lemma(v), Modifiers.Effect.RECIPROCAL)) {
        targets = sources;
      } else if (targets.stream().allMatch(m -> m.actor() == null)) {
        List<ActorMention> near = ArgumentMentions.nearby(g, actors, act, sources);
        targets = near.isEmpty() ? targets : near;
      }
    } else {
      targets = author;
      if (targets.stream().allMatch(m -> m.actor() == null)
          || ArgumentMentions.sameCountry(sources, targets)) {
        return List.of();
      }
    }
    return pairs(article, g, v, gov.code(), sources, targets);
  }

  /** The events of one asserted or intended trigger: one per source and target actor. */
  private List<ExtractedEvent> atTrigger(
      AnnotatedArticle article,
      ArticleActors actors,
      DependencyTree g,
      int t,
      Assertion.Status status,
      Map<Integer, EventPattern> triggers,
      List<ExtractedEvent> earlier) {
    EventPattern pattern = triggers.get(t);
    if (status == Assertion.Status.DEMANDED) {
      return demand(article, actors, g, t, pattern);
    }
    String code = code(g, t, pattern, status, triggers);
    List<ActorMention> sources =
        ArgumentMentions.mentions(g, actors, arguments.sources(g, t, pattern));
    int reported = sources.isEmpty() ? arguments.reportedAgent(g, t, pattern) : -1;
    if (reported >= 0) {
      sources = ArgumentMentions.mentions(g, actors, List.of(reported));
    }
    List<ActorMention> targets =
        ArgumentMentions.mentions(g, actors, arguments.targets(g, t, pattern));
    int inner = innerAct(g, t, triggers);
    if (targets.isEmpty() && inner >= 0) {
      targets =
          ArgumentMentions.mentions(g, actors, arguments.targets(g, inner, triggers.get(inner)));
    }
    boolean reciprocal =
        targets.isEmpty()
            && sources.size() > 1
            && modifiers.is(g.lemma(t), Modifiers.Effect.RECIPROCAL);
    if (targets.isEmpty() && !reciprocal) {
      targets = antecedent(arguments.referredAct(g, t, pattern), earlier);
    }
    if (!reciprocal && targets.stream().allMatch(m -> m.actor() == null)) {
      List<ActorMention> near = ArgumentMentions.nearby(g, actors, t, sources);
      targets = near.isEmpty() ? targets : near;
    }
    if (reported >= 0 && ArgumentMentions.sameCountry(sources, targets)) {
      // "Russia said its diplomats were expelled": the reporter is the one acted on, not the agent
      return List.of();
    }
    return pairs(article, g, t, code, sources, reciprocal ? sources : targets);
  }

  /** One event per source and target; an actor does not act on itself (the target stays open). */
  private List<ExtractedEvent> pairs(
      AnnotatedArticle article,
      DependencyTree g,
      int t,
      String code,
      List<ActorMention> sources,
      List<ActorMention> targets) {
    List<ExtractedEvent> out = new ArrayList<>();
    for (ActorMention source : sources) {
      List<ActorMention> acted =
          targets.stream().filter(m -> !ArgumentMentions.same(m, source)).toList();
      for (ActorMention target : acted.isEmpty() ? singletonNull() : acted) {
        out.add(event(article, g, t, code, source, target));
      }
    }
    return out;
  }

  /** "X said Y must act": a demand (100) by the reporter X on the one who must act. */
  private List<ExtractedEvent> demand(
      AnnotatedArticle article,
      ArticleActors actors,
      DependencyTree g,
      int t,
      EventPattern pattern) {
    int reporter = Arguments.reporter(g, t);
    List<ActorMention> sources =
        reporter < 0 ? List.of() : ArgumentMentions.mentions(g, actors, List.of(reporter));
    List<ActorMention> targets =
        ArgumentMentions.mentions(g, actors, arguments.sources(g, t, pattern));
    return pairs(article, g, t, DEMAND, sources, targets);
  }

  /**
   * The pattern's code; an intended act's intent code; a threat or promise with an act in its
   * complement takes the intent code of that act's root.
   */
  private String code(
      DependencyTree g,
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

  /**
   * The author of the latest earlier event that an object refers back to: of the same root ("the
   * arrest"), or for "the move" of any act but a statement or a disapproval, which are reactions.
   */
  private static List<ActorMention> antecedent(
      Optional<String> root, List<ExtractedEvent> earlier) {
    if (root.isEmpty()) {
      return List.of();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      ExtractedEvent e = earlier.get(i);
      String code = e.event().cameo();
      boolean fits =
          root.get().isEmpty()
              ? !code.startsWith("01") && !code.startsWith("11")
              : code.startsWith(root.get());
      if (fits && e.source().actor() != null) {
        return List.of(e.source());
      }
    }
    return List.of();
  }

  /** The trigger in the clausal complement of {@code t} ("threatened to expel"), or -1. */
  private static int innerAct(DependencyTree g, int t, Map<Integer, EventPattern> triggers) {
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

  private static List<ActorMention> singletonNull() {
    List<ActorMention> list = new ArrayList<>();
    list.add(null);
    return list;
  }

  private ExtractedEvent event(
      AnnotatedArticle annotated,
      DependencyTree g,
      int t,
      String code,
      ActorMention source,
      ActorMention target) {
    Article article = annotated.article();
    CameoCode c =
        codes.get(code).orElseThrow(() -> new IllegalStateException("unknown CAMEO code " + code));
    Sentence s = g.sentence();
    String sourceKey = source.key().wire();
    String targetKey = target == null ? "" : target.key().wire();
    String id =
        ContentId.of(
            'v', article.id(), Integer.toString(g.token(t).start()), code, sourceKey, targetKey);
    PartialDate date = dates.date(annotated, g, t);
    EventMention mention =
        new EventMention(
            article.id(),
            s.start(),
            s.end(),
            article.body().substring(s.start(), s.end()),
            g.token(t).text());
    Event event =
        Event.reported(
            id,
            date,
            new ActorRef(null, source.actor()),
            new ActorRef(null, target == null ? null : target.actor()),
            code,
            c.goldstein(),
            c.quadClass(),
            c.plover(),
            mention);
    MonthDay yearless = date == null ? dates.yearlessDay(annotated, g, t) : null;
    return new ExtractedEvent(event, source, target, yearless);
  }
}
