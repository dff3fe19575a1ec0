package dev.parallax.actors;

import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Organisations the knowledge base does not know by their whole name: an organ of a known
 * organisation ("Delegation of the European Union"), a body named after its country ("Moldova's
 * Foreign Ministry", an {@link ActorKey.NationalBody}), or a name coded by a country or capital it
 * holds ("Institute of Oriental Studies of the Russian Academy of Sciences"). Thread-safe.
 */
final class OrganizationResolver {
  private final KnowledgeBase kb;
  private final NameResolver names;

  OrganizationResolver(KnowledgeBase kb, NameResolver names) {
    this.kb = kb;
    this.names = names;
  }

  /**
   * "Delegation of the European Union", "Mission of the OSCE to Moldova": a body of a known
   * organisation, coded and counted as that organisation, as CAMEO codes an organisation's organs.
   */
  Optional<ActorMention> partOf(Chunk c, MentionSpan span) {
    List<Token> tokens = c.tokens();
    for (int k = 1; k < tokens.size() - 1; k++) {
      if (!tokens.get(k).text().equals("of")) {
        continue;
      }
      for (int end = tokens.size(); end > k + 1; end--) {
        String rest = span.body().substring(tokens.get(k + 1).start(), tokens.get(end - 1).end());
        Optional<Organization> org =
            kb.lookup(rest).stream()
                .filter(h -> h.how() == KbHit.How.NAME || h.how() == KbHit.How.ALIAS)
                .map(KbHit::entry)
                .filter(e -> e instanceof Organization)
                .map(e -> (Organization) e)
                .findFirst();
        if (org.isPresent()) {
          Organization o = org.get();
          return Optional.of(
              span.mention(
                  NameResolver.orgKey(o),
                  o.name(),
                  NameResolver.orgType(o),
                  o.code(),
                  ActorMention.How.ALIAS));
        }
      }
    }
    return Optional.empty();
  }

  /** A national body named after its country ("Moldovan Foreign Ministry"), else a plain name. */
  ActorMention organization(Chunk c, MentionSpan span) {
    List<Token> tokens = c.tokens();
    for (int k = tokens.size() - 1; k >= 1; k--) {
      String prefix = span.body().substring(tokens.get(0).start(), tokens.get(k - 1).end());
      Optional<Country> country = kb.countryNamed(prefix).or(() -> kb.countryOfDemonym(prefix));
      int rest = k < tokens.size() && NameResolver.isPossessive(tokens.get(k)) ? k + 1 : k;
      if (country.isPresent() && rest < tokens.size()) {
        List<Token> body = tokens.subList(rest, tokens.size());
        String restText = span.body().substring(body.get(0).start(), c.end());
        String actor =
            roleOf(body.subList(Math.max(0, body.size() - 2), body.size()))
                .or(() -> roleOf(body.subList(body.size() - 1, body.size())))
                .flatMap(r -> kb.actorCode(country.get().code(), r.code()))
                .orElse(country.get().code());
        ActorKey key = new ActorKey.NationalBody(country.get().alpha3(), SurfaceForm.key(restText));
        return span.mention(
            key,
            NameResolver.withoutThe(c.text()),
            EntityType.ORGANIZATION,
            actor,
            ActorMention.How.NAME);
      }
    }
    return span.mention(
        names.nameKey(EntityType.ORGANIZATION, c.text()),
        c.text(),
        EntityType.ORGANIZATION,
        codeInside(tokens),
        ActorMention.How.NAME);
  }

  /**
   * The code of an organisation whose name holds its country ("Institute of Oriental Studies of the
   * Russian Academy of Sciences"): that country in the role of its first noun that has one.
   */
  private String codeInside(List<Token> tokens) {
    for (Token t : tokens) {
      Optional<Country> country =
          kb.countryNamed(t.text())
              .or(() -> kb.countryOfDemonym(t.text()))
              .or(() -> capitalOf(t.text()))
              .filter(x -> Character.isUpperCase(t.text().codePointAt(0)));
      if (country.isPresent()) {
        for (Token noun : tokens) {
          Optional<RoleCode> role = roleOf(List.of(noun));
          if (role.isPresent()) {
            return kb.actorCode(country.get().code(), role.get().code()).orElse(null);
          }
        }
        return country.get().code();
      }
    }
    return null;
  }

  private Optional<Country> capitalOf(String text) {
    return kb.metonyms(text).stream()
        .filter(m -> m.kind() == Metonym.Kind.CAPITAL)
        .findFirst()
        .flatMap(m -> kb.country(m.target()));
  }

  Optional<RoleCode> roleOf(List<Token> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    for (Token t : words) {
      String w = words.size() == 1 && t.lemma() != null ? t.lemma() : t.text();
      b.append(b.length() > 0 ? " " : "").append(w.toLowerCase(Locale.ROOT));
    }
    return kb.roleOfNoun(b.toString());
  }
}
