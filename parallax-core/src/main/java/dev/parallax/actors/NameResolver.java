package dev.parallax.actors;

import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves one name (a {@link Chunk}) to an actor: through the knowledge base (names, aliases,
 * transliteration variants, metonyms, demonyms, office holders), through the article read so far (a
 * surname after the full name, an acronym defined in parentheses), or as a national body named
 * after its country ("Moldovan Foreign Ministry"). A name nothing resolves keeps a key of its class
 * and variant-folded spelling. Thread-safe.
 */
final class NameResolver {
  private final KnowledgeBase kb;
  private final NameVariants variants;
  private final Map<String, String> personByVariant = new HashMap<>();
  private final OrganizationResolver orgs;

  NameResolver(KnowledgeBase kb, NameVariants variants) {
    this.kb = kb;
    this.variants = variants;
    this.orgs = new OrganizationResolver(kb, this);
    Map<String, String> seen = new HashMap<>();
    for (OfficeTerm t : kb.terms()) {
      for (String n : names(t)) {
        String v = variants.variant(n);
        String before = seen.putIfAbsent(v, t.person());
        if (before != null && !before.equals(t.person())) {
          seen.put(v, "");
        }
      }
    }
    seen.forEach((k, v) -> personByVariant.put(k, v.isEmpty() ? null : v));
  }

  /** The actor a chunk names, spanning {@code [start, chunk end)}; empty for non-actors. */
  Optional<ActorMention> resolve(Chunk c, MentionSpan span, ArticleContext ctx) {
    Optional<ActorMention> acronym = ctx.acronym(c.text());
    if (acronym.isPresent()) {
      return Optional.of(span.as(acronym.get(), ActorMention.How.ALIAS));
    }
    boolean otherKbName =
        c.hits().stream()
            .anyMatch(h -> !(h.entry() instanceof OfficeTerm) && h.how() != KbHit.How.DEMONYM);
    boolean personHit =
        c.hits().stream()
            .anyMatch(h -> h.entry() instanceof OfficeTerm && h.how() != KbHit.How.SURNAME);
    if (personHit || "PERSON".equals(c.ner()) && !otherKbName) {
      Optional<ActorMention> p = person(c, span, ctx);
      if (p.isPresent() || "PERSON".equals(c.ner()) && !otherKbName) {
        return p;
      }
    }
    for (KbHit hit : c.hits()) {
      ActorMention m = fromHit(c, span, hit, ctx.date);
      if (m != null) {
        return Optional.of(m);
      }
    }
    if ("ORGANIZATION".equals(c.ner())) {
      return Optional.of(orgs.partOf(c, span).orElseGet(() -> orgs.organization(c, span)));
    }
    if ("LOCATION".equals(c.ner())) {
      return Optional.of(
          span.mention(
              nameKey(EntityType.LOCATION, c.text()),
              c.text(),
              EntityType.LOCATION,
              null,
              ActorMention.How.NAME));
    }
    return Optional.empty();
  }

  /** A person: the full name given earlier in the article, else the knowledge base, else a name. */
  private Optional<ActorMention> person(Chunk c, MentionSpan span, ArticleContext ctx) {
    String name = c.text();
    boolean single = !name.strip().contains(" ");
    if (single) {
      Optional<ActorMention> full = ctx.fullName(name);
      if (full.isPresent()) {
        return Optional.of(span.as(full.get(), ActorMention.How.SURNAME));
      }
    }
    for (KbHit hit : c.hits()) {
      if (hit.entry() instanceof OfficeTerm t
          && (hit.how() == KbHit.How.NAME || hit.how() == KbHit.How.ALIAS)) {
        return Optional.of(kbPerson(span, t.person(), ctx.date, hitHow(hit)));
      }
    }
    String known = personByVariant.get(variants.variant(name));
    if (known != null) {
      return Optional.of(kbPerson(span, known, ctx.date, ActorMention.How.ALIAS));
    }
    if (single) {
      List<String> people =
          c.hits().stream()
              .filter(h -> h.how() == KbHit.How.SURNAME && h.entry() instanceof OfficeTerm)
              .map(h -> ((OfficeTerm) h.entry()).person())
              .distinct()
              .toList();
      if (people.size() == 1) {
        return Optional.of(kbPerson(span, people.get(0), ctx.date, ActorMention.How.SURNAME));
      }
    }
    if (!"PERSON".equals(c.ner())) {
      return Optional.empty();
    }
    return Optional.of(
        span.mention(
            nameKey(EntityType.PERSON, name),
            name,
            EntityType.PERSON,
            null,
            ActorMention.How.NAME));
  }

  ActorMention kbPerson(MentionSpan span, String person, LocalDate date, ActorMention.How how) {
    List<OfficeTerm> terms = kb.termsOf(person);
    String code =
        terms.stream()
            .filter(t -> date != null && t.heldOn(date))
            .map(OfficeTerm::code)
            .findFirst()
            .orElse(latest(terms));
    return span.mention(personKey(person), person, EntityType.PERSON, code, how);
  }

  /** The code of the term that started last: the person's office as far as the data knows. */
  private static String latest(List<OfficeTerm> terms) {
    return terms.stream()
        .max(
            java.util.Comparator.comparing(
                (OfficeTerm t) -> t.start().map(d -> d.toString()).orElse("")))
        .map(OfficeTerm::code)
        .orElse(null);
  }

  private ActorMention fromHit(Chunk c, MentionSpan span, KbHit hit, LocalDate date) {
    ActorMention.How how = hitHow(hit);
    KbEntry e = hit.entry();
    if (e instanceof Country country) {
      if (hit.how() == KbHit.How.DEMONYM) {
        return demonym(c, span, country);
      }
      ActorMention role = possessiveRole(c, span, country);
      if (role != null) {
        return role;
      }
      return span.mention(
          countryKey(country), country.name(), EntityType.COUNTRY, country.code(), how);
    }
    if (e instanceof Organization o) {
      return span.mention(orgKey(o), o.name(), orgType(o), o.code(), how);
    }
    if (e instanceof Metonym m) {
      Optional<Country> country = kb.country(m.target());
      if (country.isPresent()) {
        return span.mention(
            countryKey(country.get()),
            country.get().name(),
            EntityType.COUNTRY,
            m.actorCode(),
            how);
      }
      return kb.organizationById(m.target())
          .map(o -> span.mention(orgKey(o), o.name(), orgType(o), m.actorCode(), how))
          .orElse(null);
    }
    if (e instanceof OfficeTerm t && hit.how() != KbHit.How.SURNAME) {
      return kbPerson(span, t.person(), date, how);
    }
    return null;
  }

  /** "Russian" alone is the country; "Russian diplomats" is the country in the noun's role. */
  private ActorMention demonym(Chunk c, MentionSpan span, Country country) {
    ActorMention role = inRole(c, c.to(), span, country, ActorMention.How.DEMONYM);
    return role != null
        ? role
        : span.mention(
            countryKey(country),
            country.name(),
            EntityType.COUNTRY,
            country.code(),
            ActorMention.How.DEMONYM);
  }

  /**
   * A country followed at token {@code from} by a role noun: "Russian diplomats", "Russia's foreign
   * ministry" are the country in that role; a capitalised role ("Moldovan Foreign Ministry") names
   * a body of the country, an organisation of its own.
   */
  private ActorMention inRole(
      Chunk c, int from, MentionSpan span, Country country, ActorMention.How how) {
    List<Token> tokens = c.sentence().tokens();
    for (int to = Math.min(tokens.size(), from + 2); to > from; to--) {
      Optional<RoleCode> role = orgs.roleOf(tokens.subList(from, to));
      if (role.isPresent()) {
        String actor = kb.actorCode(country.code(), role.get().code()).orElse(null);
        MentionSpan whole = span.extendTo(tokens.get(to - 1).end());
        if (Character.isUpperCase(tokens.get(from).text().codePointAt(0))) {
          String body = span.body().substring(tokens.get(from).start(), whole.end());
          ActorKey key = new ActorKey.NationalBody(country.alpha3(), SurfaceForm.key(body));
          String name = whole.body().substring(whole.start(), whole.end());
          return whole.mention(
              key, withoutThe(name), EntityType.ORGANIZATION, actor, ActorMention.How.NAME);
        }
        return whole.mention(countryKey(country), country.name(), EntityType.COUNTRY, actor, how);
      }
    }
    return null;
  }

  static String withoutThe(String name) {
    return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
  }

  /** "Russia's foreign ministry", "Kosovo's police": the country in the noun's role. */
  private ActorMention possessiveRole(Chunk c, MentionSpan span, Country country) {
    List<Token> tokens = c.sentence().tokens();
    int from = c.to();
    if (from + 1 >= tokens.size() || !isPossessive(tokens.get(from))) {
      return null;
    }
    return inRole(c, from + 1, span, country, ActorMention.How.DESCRIPTION);
  }

  ActorKey nameKey(EntityType type, String name) {
    return new ActorKey.Name(
        type, type == EntityType.PERSON ? variants.variant(name) : SurfaceForm.key(name));
  }

  static ActorKey personKey(String person) {
    return ActorKey.person(SurfaceForm.key(person));
  }

  static ActorKey countryKey(Country c) {
    return ActorKey.country(c.alpha3());
  }

  static ActorKey orgKey(Organization o) {
    return ActorKey.organization(o.id());
  }

  static EntityType orgType(Organization o) {
    return "MED".equalsIgnoreCase(o.type()) || "MEDIA".equalsIgnoreCase(o.type())
        ? EntityType.MEDIA
        : EntityType.ORGANIZATION;
  }

  static boolean isPossessive(Token t) {
    return t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'");
  }

  private static ActorMention.How hitHow(KbHit hit) {
    return switch (hit.how()) {
      case NAME -> ActorMention.How.NAME;
      case SURNAME -> ActorMention.How.SURNAME;
      case METONYM -> ActorMention.How.METONYM;
      case DEMONYM -> ActorMention.How.DEMONYM;
      case ALIAS, ROLE_NOUN -> ActorMention.How.ALIAS;
    };
  }

  private static List<String> names(OfficeTerm t) {
    List<String> out = new java.util.ArrayList<>(t.variants());
    out.add(t.person());
    return out;
  }
}
