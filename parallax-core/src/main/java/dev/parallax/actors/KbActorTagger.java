package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.EntityType;
import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A first actor tagger: each recognised name is looked up in the knowledge base (names, aliases,
 * metonyms, demonyms, office holders on the article's date); a demonym followed by a role noun
 * ("Russian diplomats") becomes the country with that role; a surname alone joins the full name
 * given earlier in the article; a name the knowledge base does not know keeps its own key.
 * Thread-safe.
 */
public final class KbActorTagger implements ActorTagger {
  private final KnowledgeBase kb;

  public KbActorTagger(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public ArticleActors tag(AnnotatedArticle article) {
    LocalDate date =
        Optional.ofNullable(article.article().published())
            .flatMap(PartialDate::toLocalDate)
            .orElse(null);
    Map<String, ActorMention> bySurname = new HashMap<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (NamedEntity ne : article.entities()) {
      ActorMention m = resolve(article, ne, date, bySurname);
      mentions.add(m);
      if (m.type() == EntityType.PERSON && m.name().contains(" ")) {
        bySurname.putIfAbsent(surnameKey(m.name()), m);
      }
    }
    return new ArticleActors(article.article().id(), mentions);
  }

  private ActorMention resolve(
      AnnotatedArticle article,
      NamedEntity ne,
      LocalDate date,
      Map<String, ActorMention> bySurname) {
    List<KbHit> hits = kb.lookup(ne.text());
    for (KbHit hit : hits) {
      ActorMention m = fromHit(article, ne, hit, date);
      if (m != null) {
        return m;
      }
    }
    if (ne.type().equals("PERSON") && !ne.text().contains(" ")) {
      ActorMention full = bySurname.get(surnameKey(ne.text()));
      if (full != null) {
        return mention(
            ne, full.key(), full.name(), full.type(), full.actor(), ActorMention.How.SURNAME);
      }
    }
    EntityType type = typeOf(ne.type());
    return mention(
        ne,
        "name:" + type + ":" + SurfaceForm.key(ne.text()),
        ne.text(),
        type,
        null,
        ActorMention.How.NAME);
  }

  private ActorMention fromHit(
      AnnotatedArticle article, NamedEntity ne, KbHit hit, LocalDate date) {
    ActorMention.How how =
        switch (hit.how()) {
          case NAME -> ActorMention.How.NAME;
          case ALIAS -> ActorMention.How.ALIAS;
          case SURNAME -> ActorMention.How.SURNAME;
          case METONYM -> ActorMention.How.METONYM;
          case DEMONYM -> ActorMention.How.DEMONYM;
          case ROLE_NOUN -> null;
        };
    if (how == null) {
      return null;
    }
    KbEntry e = hit.entry();
    if (e instanceof Country c) {
      if (how == ActorMention.How.DEMONYM) {
        return demonym(article, ne, c);
      }
      return mention(ne, countryKey(c), c.name(), EntityType.COUNTRY, c.code(), how);
    }
    if (e instanceof Organization o) {
      EntityType type =
          "MEDIA".equalsIgnoreCase(o.type()) ? EntityType.MEDIA : EntityType.ORGANIZATION;
      return mention(ne, "kb:org:" + o.id(), o.name(), type, o.code(), how);
    }
    if (e instanceof Metonym m) {
      Optional<Country> c = kb.country(m.target());
      if (c.isPresent()) {
        return mention(
            ne, countryKey(c.get()), c.get().name(), EntityType.COUNTRY, m.actorCode(), how);
      }
      Optional<Organization> o = kb.organizationById(m.target());
      return o.map(
              org ->
                  mention(
                      ne,
                      "kb:org:" + org.id(),
                      org.name(),
                      EntityType.ORGANIZATION,
                      m.actorCode(),
                      how))
          .orElse(null);
    }
    if (e instanceof OfficeTerm t) {
      String code = date == null ? t.code() : officeCode(t.person(), date, t.code());
      return mention(
          ne, "kb:person:" + SurfaceForm.key(t.person()), t.person(), EntityType.PERSON, code, how);
    }
    return null;
  }

  /** "Russian" alone is the country; "Russian diplomats" is the country in the noun's role. */
  private ActorMention demonym(AnnotatedArticle article, NamedEntity ne, Country c) {
    Token next = tokenAfter(article, ne);
    if (next != null) {
      String noun = next.lemma() != null ? next.lemma() : next.text();
      Optional<RoleCode> role = kb.roleOfNoun(noun.toLowerCase(Locale.ROOT));
      if (role.isPresent()) {
        String body = article.article().body();
        String actor =
            kb.actorCode(c.code(), role.get().code()).orElse(c.code() + role.get().code());
        return new ActorMention(
            ne.start(),
            next.end(),
            body.substring(ne.start(), next.end()),
            ne.sentence(),
            countryKey(c),
            c.name(),
            EntityType.COUNTRY,
            actor,
            ActorMention.How.DEMONYM);
      }
    }
    return mention(
        ne, countryKey(c), c.name(), EntityType.COUNTRY, c.code(), ActorMention.How.DEMONYM);
  }

  private String officeCode(String person, LocalDate date, String fallback) {
    return kb.officesHeld(person, date).stream().map(OfficeTerm::code).findFirst().orElse(fallback);
  }

  private static Token tokenAfter(AnnotatedArticle article, NamedEntity ne) {
    if (ne.sentence() >= article.sentences().size()) {
      return null;
    }
    Sentence s = article.sentences().get(ne.sentence());
    for (Token t : s.tokens()) {
      if (t.start() >= ne.end()) {
        return t;
      }
    }
    return null;
  }

  private static ActorMention mention(
      NamedEntity ne,
      String key,
      String name,
      EntityType type,
      String actor,
      ActorMention.How how) {
    return new ActorMention(
        ne.start(), ne.end(), ne.text(), ne.sentence(), key, name, type, actor, how);
  }

  private static String countryKey(Country c) {
    return "kb:country:" + c.alpha3();
  }

  private static String surnameKey(String name) {
    String[] parts = name.strip().split("\\s+");
    return SurfaceForm.key(parts[parts.length - 1]);
  }

  private static EntityType typeOf(String nerType) {
    return switch (nerType) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> EntityType.OTHER;
    };
  }
}
