package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.CorefChain;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * References back to an actor named before: definite descriptions of a country ("the
 * self-proclaimed republic"), "the ministry" for an organisation, and pronouns through the
 * article's coreference chains. Thread-safe.
 */
final class ReferenceResolver {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

  private final KnowledgeBase kb;
  private final DescriptionLexicon lexicon;

  ReferenceResolver(KnowledgeBase kb, DescriptionLexicon lexicon) {
    this.lexicon = lexicon;
    this.kb = kb;
  }

  /**
   * A description of a country at token {@code i}, resolved to the latest country named before it
   * by name, metonym or description (not by demonym), other than a country named inside it.
   */
  int description(String body, Sentence s, int i, ArticleContext ctx) {
    Optional<DescriptionLexicon.Found> found = lexicon.at(s.tokens(), i);
    if (found.isEmpty()) {
      return i;
    }
    Set<ActorKey> inside = new HashSet<>();
    for (Token t : s.tokens().subList(found.get().from(), found.get().to())) {
      kb.countryOfDemonym(t.text())
          .or(() -> kb.countryNamed(t.text()))
          .ifPresent(c -> inside.add(NameResolver.countryKey(c)));
    }
    Optional<ActorMention> country =
        ctx.latestCountry(
            m -> !inside.contains(m.key()) && (!found.get().disputed() || isDisputed(m)));
    if (country.isEmpty()) {
      country = ctx.latestCountry(m -> !inside.contains(m.key()));
    }
    if (country.isEmpty()) {
      return i;
    }
    int end = s.tokens().get(found.get().to() - 1).end();
    MentionSpan span = new MentionSpan(body, s.tokens().get(i).start(), end, s.index());
    ActorMention m = span.as(country.get(), ActorMention.How.DESCRIPTION);
    String code = baseCode(m);
    String actor =
        found.get().role() == null ? code : kb.actorCode(code, found.get().role()).orElse(code);
    ctx.add(span.mention(m.key(), m.name(), m.type(), actor, m.how()));
    return found.get().to();
  }

  /**
   * "the ministry", "the Belarusian ministry", "the service": the latest organisation whose name
   * ends with that noun (and whose code has that country, when one is named).
   */
  int organisationDescription(
      String body, Sentence s, int i, Map<Integer, Chunk> at, ArticleContext ctx) {
    List<Token> t = s.tokens();
    if (!t.get(i).text().equalsIgnoreCase("the")) {
      return i;
    }
    int j = i + 1;
    String code = null;
    Chunk demonym = at.get(j);
    if (demonym != null) {
      Optional<Country> c = kb.countryOfDemonym(demonym.text());
      if (c.isEmpty()) {
        return i;
      }
      code = c.get().code();
      j = demonym.to();
    }
    if (j >= t.size() || !t.get(j).text().matches("\\p{Ll}+") || at.containsKey(j)) {
      return i;
    }
    String noun = t.get(j).text();
    String country = code;
    Optional<ActorMention> org =
        ctx.latest(
            m ->
                m.type() == EntityType.ORGANIZATION
                    && lastWord(m.name()).equals(noun)
                    && (country == null || m.actor() != null && m.actor().startsWith(country)));
    if (org.isEmpty()) {
      return i;
    }
    MentionSpan span = new MentionSpan(body, t.get(i).start(), t.get(j).end(), s.index());
    ctx.add(span.as(org.get(), ActorMention.How.DESCRIPTION));
    return j + 1;
  }

  /** Each pronoun of a coreference chain takes the actor of the chain's first resolved name. */
  void pronouns(AnnotatedArticle article, ArticleContext ctx) {
    String body = article.article().body();
    for (CorefChain chain : article.coref()) {
      Optional<ActorMention> named = Optional.empty();
      for (CorefChain.Mention cm : chain.mentions()) {
        if (named.isEmpty() && !isPronoun(cm.text())) {
          named = ctx.latest(m -> m.span().contains(cm.span()) || cm.span().contains(m.span()));
        }
        if (named.isPresent() && isPronoun(cm.text()) && !covered(cm, ctx)) {
          MentionSpan span = new MentionSpan(body, cm.start(), cm.end(), cm.sentence());
          ctx.add(span.as(named.get(), ActorMention.How.PRONOUN));
        }
      }
    }
  }

  private boolean isDisputed(ActorMention country) {
    return country.key().kbId(ActorKey.Kind.COUNTRY).map(lexicon::isDisputed).orElse(false);
  }

  private String baseCode(ActorMention country) {
    return country
        .key()
        .kbId(ActorKey.Kind.COUNTRY)
        .flatMap(kb::country)
        .map(Country::code)
        .orElse(country.actor());
  }

  private static boolean covered(CorefChain.Mention cm, ArticleContext ctx) {
    return ctx.latest(m -> m.span().overlaps(cm.span())).isPresent();
  }

  private static boolean isPronoun(String text) {
    return PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
  }

  /** The head noun of an organisation's name: the word before "of"/"for"/..., else the last. */
  private static String lastWord(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (Set.of("of", "for", "in", "on", "to").contains(words[i])) {
        return words[i - 1];
      }
    }
    return words[words.length - 1];
  }
}
