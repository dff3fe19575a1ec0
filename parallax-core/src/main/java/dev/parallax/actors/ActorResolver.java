package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.EntityType;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actor tagger of the full analysis. Reads an article left to right and resolves, in this order
 * at each token: definite descriptions of a country named before ("the self-proclaimed republic",
 * {@code descriptions.tsv}); titles with or without a name ("Kosovo President Vjosa Osmani", "the
 * Russian Foreign Ministry's spokeswoman", "the minister", {@code titles.tsv}); "the foreign
 * ministry" for the country just named ({@link GovernmentBodies}); names and knowledge-base phrases
 * ({@link NameResolver}); "the ministry" for an organisation named before. Pronouns take the actor
 * of their coreference chain ({@link ReferenceResolver}).
 *
 * <p>A titled name is one mention from the title's first word, so its text is the alias the article
 * uses; the title also gives a person the knowledge base does not know an actor code (country of
 * the title plus the title's role). A description without a name resolves, in order, to the person
 * it stands in apposition to, to the knowledge base's holder of that office for the named country
 * on the article's date, to the latest person seen with that title, or to the named country in the
 * title's role. Mentions never overlap. Thread-safe; an article that breaks a rule gets the
 * mentions found so far logged away, never an exception.
 */
public final class ActorResolver implements ActorTagger {

  private final KnowledgeBase kb;
  private final NameVariants variants;
  private final IdentifiedPersons identified;
  private final ChunkScanner scanner;
  private final NameResolver names;
  private final TitleResolver titles;
  private final ReferenceResolver references;
  private final GovernmentBodies bodies;

  /** A resolver over the knowledge base and word lists of {@code rules}. */
  public ActorResolver(Rules rules) {
    this(KnowledgeBase.of(rules));
  }

  /** A resolver over {@code kb} and the word lists of the rules it was built from. */
  public ActorResolver(KnowledgeBase kb) {
    Rules rules = kb.rules();
    this.kb = kb;
    this.variants = NameVariants.of(rules);
    this.identified = new IdentifiedPersons(rules);
    this.scanner = new ChunkScanner(kb);
    this.names = new NameResolver(kb, variants);
    this.titles = new TitleResolver(kb, names, TitleLexicon.of(rules));
    this.references = new ReferenceResolver(kb, DescriptionLexicon.of(rules));
    this.bodies = new GovernmentBodies(kb, rules);
  }

  @Override
  public ArticleActors tag(AnnotatedArticle article, Diagnostics diagnostics) {
    LocalDate date =
        Optional.ofNullable(article.article().published())
            .flatMap(PartialDate::toLocalDate)
            .orElse(null);
    String headline = bodies.headlineCountry(article.article().title()).orElse(null);
    ArticleContext ctx = new ArticleContext(date, headline, variants);
    try {
      Map<Integer, Map<Integer, Chunk>> chunks = new HashMap<>();
      for (Chunk c : scanner.scan(article)) {
        chunks.computeIfAbsent(c.sentence().index(), k -> new HashMap<>()).put(c.from(), c);
      }
      String body = article.article().body();
      for (Sentence s : article.sentences()) {
        Map<Integer, Chunk> at = chunks.getOrDefault(s.index(), Map.of());
        int i = 0;
        while (i < s.tokens().size()) {
          i = Math.max(i + 1, step(body, s, i, at, ctx));
        }
      }
      references.pronouns(article, ctx);
      identified.apply(article, ctx);
    } catch (RuntimeException e) {
      diagnostics.report("actor resolution stopped early, mentions so far kept: " + e);
    }
    return new ArticleActors(article.article().id(), ctx.mentions());
  }

  /** Resolves what starts at token {@code i}; returns the index of the next unread token. */
  private int step(String body, Sentence s, int i, Map<Integer, Chunk> at, ArticleContext ctx) {
    int next = references.description(body, s, i, ctx);
    if (next > i) {
      return next;
    }
    next = titles.titled(body, s, i, at, ctx);
    if (next > i) {
      return next;
    }
    next = bodies.resolve(body, s, i, ctx);
    if (next > i) {
      return next;
    }
    Chunk c = at.get(i);
    if (c != null) {
      return name(body, s, c, at, ctx);
    }
    return references.organisationDescription(body, s, i, at, ctx);
  }

  private int name(String body, Sentence s, Chunk c, Map<Integer, Chunk> at, ArticleContext ctx) {
    Chunk body2 = nationalBody(body, s, c, at);
    Chunk chunk = body2 != null ? body2 : c;
    MentionSpan span = new MentionSpan(body, chunk.start(), chunk.end(), s.index());
    Optional<ActorMention> m = names.resolve(chunk, span, ctx);
    if (m.isEmpty()) {
      return chunk.to();
    }
    ActorMention mention = m.get();
    ctx.add(mention);
    titles.recordOffices(mention, ctx);
    defineAcronym(s, chunk, mention, ctx);
    return indexAfter(s, mention.end());
  }

  /**
   * A country followed by an organisation the knowledge base does not know ("Moldova's Foreign
   * Ministry", "Belarusian State Inspection"), as one chunk.
   */
  private Chunk nationalBody(String body, Sentence s, Chunk c, Map<Integer, Chunk> at) {
    boolean country = c.hits().stream().anyMatch(h -> h.entry() instanceof Country);
    if (!country || c.ner() != null && !c.ner().equals("LOCATION") && !c.ner().equals("MISC")) {
      return null;
    }
    int j = c.to();
    if (j < s.tokens().size() && NameResolver.isPossessive(s.tokens().get(j))) {
      j++;
    }
    Chunk org = at.get(j);
    if (org == null || !"ORGANIZATION".equals(org.ner()) || !org.hits().isEmpty()) {
      return null;
    }
    String text = body.substring(c.start(), org.end());
    return new Chunk(s, c.from(), org.to(), text, kb.lookup(text), "ORGANIZATION");
  }

  /**
   * "Intelligence and Security Service (SIS)": the acronym names the same actor later on. Only
   * after an organisation, and only an acronym the knowledge base does not know: in "the UN mission
   * in Kosovo (UNMIK)" the acronym belongs to the whole name, not to Kosovo.
   */
  private void defineAcronym(Sentence s, Chunk c, ActorMention m, ArticleContext ctx) {
    List<Token> t = s.tokens();
    int j = c.to();
    if (j + 2 < t.size()
        && t.get(j).text().matches("\\(|-LRB-")
        && t.get(j + 2).text().matches("\\)|-RRB-")
        && t.get(j + 1).text().matches("\\p{Lu}[\\p{Lu}\\d]+")
        && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MEDIA)
        && kb.lookup(t.get(j + 1).text()).isEmpty()) {
      ctx.defineAcronym(t.get(j + 1).text(), m);
    }
  }

  static int indexAfter(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.start() >= offset) {
        return t.index();
      }
    }
    return s.tokens().size();
  }
}
