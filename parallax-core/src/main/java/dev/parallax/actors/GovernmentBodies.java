package dev.parallax.actors;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "The foreign ministry", "the government" without a country: the government body of the country
 * the article named last ({@code government-bodies.tsv}), in the role the knowledge base gives the
 * phrase. Conservative: when the sentence of that latest country names another country too, the
 * body stays unresolved, since either could be meant. Thread-safe.
 */
final class GovernmentBodies {
  private static final int LONGEST = 4;

  private final KnowledgeBase kb;
  private final Set<String> phrases =
      LexiconTsv.rows("government-bodies.tsv", 1).stream()
          .map(r -> r[0].strip().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  GovernmentBodies(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Resolves a body starting with "the" at token {@code i}; returns the next unread token. */
  int resolve(String body, Sentence s, int i, ArticleContext ctx) {
    List<Token> t = s.tokens();
    if (!t.get(i).text().equalsIgnoreCase("the")) {
      return i;
    }
    for (int to = Math.min(t.size(), i + 1 + LONGEST); to > i + 1; to--) {
      String phrase = phrase(t.subList(i + 1, to));
      if (phrases.contains(phrase)) {
        Optional<ActorMention> country = salientCountry(ctx);
        return country.isEmpty() ? i : add(body, s, i, to, phrase, country.get(), ctx);
      }
    }
    return i;
  }

  private int add(
      String body, Sentence s, int i, int to, String phrase, ActorMention c, ArticleContext ctx) {
    String country = c.actor().substring(0, 3);
    String role = kb.roleOfNoun(phrase).map(RoleCode::code).orElse("GOV");
    String actor = kb.actorCode(country, role).orElse(c.actor());
    MentionSpan span =
        new MentionSpan(body, s.tokens().get(i).start(), s.tokens().get(to - 1).end(), s.index());
    ctx.add(
        span.mention(c.key(), c.name(), EntityType.COUNTRY, actor, ActorMention.How.DESCRIPTION));
    return to;
  }

  /** The latest country named, unless its sentence names a different country too. */
  private static Optional<ActorMention> salientCountry(ArticleContext ctx) {
    Optional<ActorMention> latest = ctx.latestCountry(m -> m.actor() != null);
    if (latest.isEmpty() || latest.get().actor().length() < 3) {
      return Optional.empty();
    }
    String code = latest.get().actor().substring(0, 3);
    int sentence = latest.get().sentence();
    boolean rival =
        ctx.latestCountry(
                m -> m.sentence() == sentence && m.actor() != null && !m.actor().startsWith(code))
            .isPresent();
    return rival ? Optional.empty() : latest;
  }

  private static String phrase(List<Token> words) {
    StringBuilder b = new StringBuilder();
    for (Token w : words) {
      b.append(b.length() > 0 ? " " : "").append(w.text().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
