package dev.parallax.actors;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * "The foreign ministry", "the government" without a country: the government body of the country
 * the article named last ({@code government-bodies.tsv}), in the role the knowledge base gives the
 * phrase. When the sentence of that latest country names other countries too, either could be
 * meant: the body goes to the article's principal country among them, the one its headline names
 * first ("Kosovo expels two Russian diplomats"), else the one the article has named most often so
 * far; with neither (a tie, no headline) the body stays unresolved. Thread-safe.
 */
public final class GovernmentBodies {
  public static final TableSpec TABLE =
      TableSpec.of(
          "actors/government-bodies.tsv",
          "bodies of a state's government named without their country (\"the foreign ministry\")",
          Column.text("phrase").asKey());

  private static final int LONGEST = 4;

  private final KnowledgeBase kb;
  private final Set<String> phrases;

  GovernmentBodies(KnowledgeBase kb, Rules rules) {
    this.kb = kb;
    this.phrases =
        rules.table(TABLE).rows().stream()
            .map(r -> r.text("phrase").toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
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

  /**
   * The country of the first country name or capital in a headline ("Kosovo expels ..."), or empty.
   * Adjectives do not count: in "Kosovo expels Russian diplomats" Russia is the object.
   */
  Optional<String> headlineCountry(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String[] words = title.strip().split("[^\\p{L}\\p{N}'.-]+");
    for (int i = 0; i < words.length; i++) {
      for (int n = Math.min(LONGEST, words.length - i); n > 0; n--) {
        String ngram = String.join(" ", Arrays.asList(words).subList(i, i + n));
        Optional<String> code = countryCode(ngram);
        if (code.isPresent()) {
          return code;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> countryCode(String surface) {
    if (surface.isBlank() || !Character.isUpperCase(surface.charAt(0))) {
      return Optional.empty();
    }
    Optional<Country> country = kb.countryNamed(surface);
    if (country.isPresent()) {
      return Optional.of(country.get().code());
    }
    return kb.metonyms(surface).stream()
        .filter(m -> m.kind() == Metonym.Kind.CAPITAL && m.actorCode().length() >= 3)
        .map(m -> m.actorCode().substring(0, 3))
        .findFirst();
  }

  /**
   * The latest country named; when its sentence names other countries too, the principal one of
   * them (headline, else most often named so far), or empty.
   */
  private static Optional<ActorMention> salientCountry(ArticleContext ctx) {
    Optional<ActorMention> latest = ctx.latestCountry(m -> m.actor() != null);
    if (latest.isEmpty() || latest.get().actor().length() < 3) {
      return Optional.empty();
    }
    int sentence = latest.get().sentence();
    Set<String> candidates =
        ctx.mentions().stream()
            .filter(m -> m.sentence() == sentence && m.actor() != null && m.actor().length() >= 3)
            .filter(m -> m.type() == EntityType.COUNTRY && m.how() != ActorMention.How.DEMONYM)
            .map(m -> m.actor().substring(0, 3))
            .collect(Collectors.toCollection(TreeSet::new));
    candidates.add(latest.get().actor().substring(0, 3));
    if (candidates.size() == 1) {
      return latest;
    }
    return principal(ctx, candidates)
        .flatMap(code -> ctx.latestCountry(m -> m.actor() != null && m.actor().startsWith(code)));
  }

  private static Optional<String> principal(ArticleContext ctx, Set<String> candidates) {
    if (ctx.headlineCountry != null && candidates.contains(ctx.headlineCountry)) {
      return Optional.of(ctx.headlineCountry);
    }
    Map<String, Long> counts =
        ctx.mentions().stream()
            .filter(m -> m.actor() != null && m.actor().length() >= 3)
            .map(m -> m.actor().substring(0, 3))
            .filter(candidates::contains)
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    List<Map.Entry<String, Long>> ranked =
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .toList();
    boolean clear =
        !ranked.isEmpty()
            && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue());
    return clear ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
  }

  private static String phrase(List<Token> words) {
    StringBuilder b = new StringBuilder();
    for (Token w : words) {
      b.append(b.length() > 0 ? " " : "").append(w.text().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
