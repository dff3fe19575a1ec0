package dev.parallax.actors;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Titles: a titled name ("Kosovo President Vjosa Osmani", "Foreign Minister Doina Ursachi") and a
 * title standing alone for a person ("the Russian Foreign Ministry's spokeswoman", "Moldova's
 * economy minister", "the diplomat"). See {@link ActorResolver} for the order of resolution.
 * Thread-safe.
 */
final class TitleResolver {
  /** The country or organisation a title belongs to, as resolved from the name before it. */
  private record Holder(ActorMention mention, String code, List<String> ids) {}

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> HOLDER_LINKS = Set.of("of", "at", "for");

  private final KnowledgeBase kb;
  private final NameResolver names;
  private final TitleLexicon lexicon;

  TitleResolver(KnowledgeBase kb, NameResolver names, TitleLexicon lexicon) {
    this.lexicon = lexicon;
    this.kb = kb;
    this.names = names;
  }

  /** A titled name or a title alone starting at token {@code i}: the next token, or {@code i}. */
  int titled(String body, Sentence s, int i, Map<Integer, Chunk> at, ArticleContext ctx) {
    List<Token> t = s.tokens();
    boolean the = DETERMINERS.contains(t.get(i).text().toLowerCase(Locale.ROOT));
    int j = the && !at.containsKey(i) ? i + 1 : i;
    Holder holder = null;
    Chunk hc = j < t.size() ? at.get(j) : null;
    if (hc != null) {
      holder = holder(body, hc, ctx);
      if (holder != null) {
        ctx.noteCountry(holder.mention());
      }
      if (holder == null) {
        return i;
      }
      j = hc.to();
      if (j < t.size() && NameResolver.isPossessive(t.get(j))) {
        j++;
      }
    }
    // a run may end in words that only join titles ("director of" in "director of the Institute")
    int runEnd = lexicon.runEndFrom(t, j);
    Optional<TitleLexicon.Title> title = Optional.empty();
    while (runEnd > j && (title = lexicon.titleEnding(t, j, runEnd)).isEmpty()) {
      runEnd--;
    }
    if (title.isEmpty()) {
      return i;
    }
    String words = body.substring(t.get(j).start(), t.get(runEnd - 1).end());
    Chunk person = at.get(runEnd);
    if (person == null && holder == null) {
      // "director of the Institute of History of the Minsk State University": the first
      // name along the chain of "of" that has a code
      Chunk after = holderAfter(t, runEnd, at);
      for (int hop = 0; after != null && holder == null && hop < 3; hop++) {
        holder = holder(body, after, ctx);
        runEnd = after.to();
        after = holderAfter(t, runEnd, at);
      }
      // "the official representative of the Foreign Ministry Maria Zakharova"
      person = holder == null ? null : at.get(runEnd);
    }
    if (person != null && isPerson(person)) {
      return titledName(body, s, i, person, holder, title.get(), words, ctx);
    }
    if (person != null) {
      return i;
    }
    if (!the && holder == null && apposition(s, i, ctx).isEmpty()) {
      return i;
    }
    return described(body, s, i, runEnd, holder, title.get(), words, ctx);
  }

  /** A name after its title: one mention from the title's first word. */
  private int titledName(
      String body,
      Sentence s,
      int i,
      Chunk person,
      Holder holder,
      TitleLexicon.Title title,
      String words,
      ArticleContext ctx) {
    MentionSpan span = new MentionSpan(body, s.tokens().get(i).start(), person.end(), s.index());
    Optional<ActorMention> m = names.resolve(person, span, ctx);
    if (m.isEmpty()) {
      return i;
    }
    ActorMention pm = m.get();
    if (pm.actor() == null) {
      pm = span.mention(pm.key(), pm.name(), pm.type(), actor(holder, title), pm.how());
    }
    addHolder(holder, ctx);
    ctx.add(pm);
    ctx.addTitle(pm.key(), words);
    recordOffices(pm, ctx);
    return person.to();
  }

  /** A title alone for a person, or for its country in the title's role. */
  private int described(
      String body,
      Sentence s,
      int i,
      int runEnd,
      Holder holder,
      TitleLexicon.Title title,
      String words,
      ArticleContext ctx) {
    List<Token> t = s.tokens();
    MentionSpan span = new MentionSpan(body, t.get(i).start(), t.get(runEnd - 1).end(), s.index());
    Optional<ActorMention> target = describedPerson(s, i, span, holder, title, ctx);
    if (target.isEmpty() && holder == null) {
      return i;
    }
    ActorMention m =
        target
            .map(p -> span.as(p, ActorMention.How.DESCRIPTION))
            .orElseGet(() -> span.as(holder.mention(), ActorMention.How.DESCRIPTION));
    if (target.isEmpty()) {
      m = span.mention(m.key(), m.name(), m.type(), actor(holder, title), m.how());
    } else if (m.actor() == null && holder != null) {
      m = span.mention(m.key(), m.name(), m.type(), actor(holder, title), m.how());
      ctx.fillActor(m.key(), m.actor());
    }
    if (target.isPresent()) {
      addHolder(holder, ctx);
    }
    ctx.add(m);
    ctx.addTitle(m.key(), words);
    return runEnd;
  }

  /**
   * The country or organisation of a title is mentioned too, nested in the person's mention
   * ("Russian Foreign Ministry" in "Russian Foreign Ministry spokeswoman Maria Zakharova"): {@link
   * ArticleActors#at} still gives the person for the name and the whole phrase.
   */
  private static void addHolder(Holder holder, ArticleContext ctx) {
    if (holder != null) {
      ctx.add(holder.mention());
    }
  }

  /** The offices the knowledge base gives a person on the article's date, as titles seen. */
  void recordOffices(ActorMention m, ArticleContext ctx) {
    if (m.type() != EntityType.PERSON || m.key().kbId(ActorKey.Kind.PERSON).isEmpty()) {
      return;
    }
    for (OfficeTerm term : kb.termsOf(m.name())) {
      if (ctx.date == null || term.heldOn(ctx.date)) {
        ctx.addTitle(m.key(), term.office());
      }
    }
  }

  private Optional<ActorMention> describedPerson(
      Sentence s,
      int i,
      MentionSpan span,
      Holder holder,
      TitleLexicon.Title title,
      ArticleContext ctx) {
    Optional<ActorMention> apposition = apposition(s, i, ctx);
    if (apposition.isPresent()) {
      return apposition;
    }
    Optional<ActorMention> office = officeHolder(span, holder, title, ctx);
    if (office.isPresent()) {
      return office;
    }
    String head = title.head();
    Optional<ActorMention> titled =
        ctx.recent(
            s.index(),
            m ->
                m.type() == EntityType.PERSON
                    && ctx.hasTitleWord(m.key(), head)
                    && (holder == null
                        || m.actor() == null
                        || m.actor().startsWith(holder.code())));
    if (titled.isPresent() || holder != null || title.function() != null) {
      return titled;
    }
    return ctx.recent(
        s.index(),
        m ->
            m.type() == EntityType.PERSON
                && m.how() != ActorMention.How.PRONOUN
                && !ctx.hasTitles(m.key()));
  }

  /** "spokeswoman for the Foreign Ministry", "researcher at the Institute": the chunk after. */
  private static Chunk holderAfter(List<Token> t, int runEnd, Map<Integer, Chunk> at) {
    if (runEnd >= t.size()
        || !HOLDER_LINKS.contains(t.get(runEnd).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int j = runEnd + 1;
    Chunk c = at.get(j);
    if (c == null && j < t.size() && t.get(j).text().equalsIgnoreCase("the")) {
      c = at.get(j + 1);
    }
    return c;
  }

  /** "Maria Zakharova, the ministry's spokeswoman": the person just before the comma. */
  private static Optional<ActorMention> apposition(Sentence s, int i, ArticleContext ctx) {
    if (i < 2 || !s.tokens().get(i - 1).text().equals(",")) {
      return Optional.empty();
    }
    int end = s.tokens().get(i - 2).end();
    return ctx.latest(m -> true).filter(m -> m.end() == end && m.type() == EntityType.PERSON);
  }

  /** Who held the office for the named country or organisation on the article's date. */
  private Optional<ActorMention> officeHolder(
      MentionSpan span, Holder holder, TitleLexicon.Title title, ArticleContext ctx) {
    if (holder == null || title.function() == null) {
      return Optional.empty();
    }
    // without the article's date, whoever holds the office as far as the data knows
    LocalDate date = ctx.date != null ? ctx.date : LocalDate.of(9999, 1, 1);
    List<OfficeTerm> terms = new ArrayList<>();
    for (String id : holder.ids()) {
      terms.addAll(kb.holders(id, title.function(), date));
    }
    Set<String> written = words(span.body().substring(span.start(), span.end()));
    int best = terms.stream().mapToInt(t -> overlap(t, written)).max().orElse(0);
    List<String> people =
        terms.stream()
            .filter(t -> overlap(t, written) == best)
            .map(OfficeTerm::person)
            .distinct()
            .toList();
    return people.size() == 1
        ? Optional.of(names.kbPerson(span, people.get(0), ctx.date, ActorMention.How.DESCRIPTION))
        : Optional.empty();
  }

  /**
   * How many words of the office's title the text has ("Foreign Ministry" for its spokesperson).
   */
  private static int overlap(OfficeTerm term, Set<String> written) {
    return (int) words(term.office()).stream().filter(written::contains).count();
  }

  private static Set<String> words(String text) {
    return java.util.Arrays.stream(SurfaceForm.key(text).split(" ")).collect(Collectors.toSet());
  }

  private Holder holder(String body, Chunk c, ArticleContext ctx) {
    MentionSpan span = new MentionSpan(body, c.start(), c.end(), c.sentence().index());
    Optional<ActorMention> m = names.resolve(c, span, ctx);
    if (m.isEmpty()
        || m.get().type() == EntityType.PERSON
        || m.get().type() == EntityType.LOCATION) {
      return null;
    }
    ActorMention h = m.get();
    List<String> ids = new ArrayList<>();
    String code = h.actor();
    Optional<String> countryId = h.key().kbId(ActorKey.Kind.COUNTRY);
    Optional<String> orgId = h.key().kbId(ActorKey.Kind.ORGANIZATION);
    if (countryId.isPresent()) {
      Country country = kb.country(countryId.get()).orElseThrow();
      code = country.code();
      ids.add(country.alpha3());
    } else if (orgId.isPresent()) {
      kb.organizationById(orgId.get())
          .ifPresent(
              o -> {
                ids.add(o.id());
                if (!o.country().isEmpty()) {
                  ids.add(o.country());
                }
              });
    }
    return code == null ? null : new Holder(h, code, ids);
  }

  /** The actor code a title gives: the holder's country in the title's role, or the holder's. */
  private String actor(Holder holder, TitleLexicon.Title title) {
    if (holder == null) {
      return null;
    }
    if (holder.mention().type() == EntityType.COUNTRY && title.role() != null) {
      return kb.actorCode(holder.code(), title.role()).orElse(holder.code());
    }
    return holder.code();
  }

  private static boolean isPerson(Chunk c) {
    return "PERSON".equals(c.ner())
        || c.hits().stream().anyMatch(h -> h.entry() instanceof OfficeTerm);
  }
}
