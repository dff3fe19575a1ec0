package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Persons named as the members of a group told of before ("Two Russian diplomats were expelled. It
 * identified the two as A and B") take the group's actor code, when they have none of their own:
 * the verb comes from {@code identification-verbs.tsv}, the group is the latest plural mention with
 * a code in the last few sentences. Thread-safe.
 */
public final class IdentifiedPersons {
  public static final TableSpec TABLE =
      TableSpec.of(
          "actors/identification-verbs.tsv",
          "verbs that name the members of a group told of before (\"identified the two as\")",
          Column.text("lemma").asKey());

  /** Most tokens between the verb and its "as" ("identified the two diplomats as"). */
  private static final int AS_WITHIN = 5;

  private final Set<String> verbs;

  IdentifiedPersons(Rules rules) {
    this.verbs =
        rules.table(TABLE).rows().stream()
            .map(r -> r.text("lemma"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  void apply(AnnotatedArticle article, ArticleContext ctx) {
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String pos = tokens.get(i).pos();
        if (verbs.contains(tokens.get(i).lemma()) && pos != null && pos.startsWith("VB")) {
          int as = asAfter(tokens, i);
          if (as >= 0) {
            fill(article, s, tokens.get(i).start(), tokens.get(as).end(), ctx);
          }
        }
      }
    }
  }

  private static int asAfter(List<Token> tokens, int verb) {
    for (int j = verb + 1; j < Math.min(tokens.size(), verb + 1 + AS_WITHIN); j++) {
      if (tokens.get(j).text().equalsIgnoreCase("as")) {
        return j;
      }
    }
    return -1;
  }

  private static void fill(
      AnnotatedArticle article, Sentence s, int verbStart, int asEnd, ArticleContext ctx) {
    Optional<ActorMention> group =
        ctx.latest(m -> m.end() <= verbStart && m.actor() != null && plural(article, m));
    if (group.isEmpty()) {
      return;
    }
    for (ActorMention m : List.copyOf(ctx.mentions())) {
      if (m.sentence() == s.index()
          && m.start() >= asEnd
          && m.type() == EntityType.PERSON
          && m.actor() == null) {
        ctx.fillActor(m.key(), group.get().actor());
      }
    }
  }

  /** Whether the mention ends on a plural noun ("two Russian diplomats"). */
  private static boolean plural(AnnotatedArticle article, ActorMention m) {
    Sentence s = article.sentences().get(m.sentence());
    return s.tokens().stream()
        .anyMatch(t -> t.end() == m.end() && t.pos() != null && t.pos().startsWith("NNS"));
  }
}
