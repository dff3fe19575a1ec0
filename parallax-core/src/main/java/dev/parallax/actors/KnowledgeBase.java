package dev.parallax.actors;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Parallax knows about actors: countries, metonyms, organisations and media, CAMEO roles and
 * office holders, read from the knowledge-base tables of a {@link Rules} (the bundled files with a
 * user's files layered over them), and looked up by any surface form (ignoring case, diacritics,
 * periods and a leading "the"; see {@link SurfaceForm}).
 *
 * <p>Immutable and thread-safe once built. Rows the loader accepts but the records refuse (a bad
 * CAMEO code, an unknown metonym target) are skipped and listed in {@link #problems()}.
 */
public final class KnowledgeBase {
  public static final TableSpec COUNTRIES =
      TableSpec.of(
          "actors/kb/countries.tsv",
          "countries: ISO and CAMEO codes, names, aliases, demonyms and capitals",
          Column.text("alpha2"),
          Column.text("alpha3").asKey(),
          Column.optional("cameo"),
          Column.text("name"),
          Column.optional("official_name"),
          Column.list("aliases"),
          Column.list("demonyms"),
          Column.list("capital"));

  public static final TableSpec ORGANIZATIONS =
      organizations(
          "actors/kb/organizations.tsv", "organisations with their CAMEO codes, names and aliases");

  /** Outlets: the format of {@link #ORGANIZATIONS}; a user's file with that header layers there. */
  public static final TableSpec MEDIA =
      organizations("actors/kb/media.tsv", "news outlets with their CAMEO codes");

  public static final TableSpec ROLES =
      TableSpec.of(
          "actors/kb/roles.tsv",
          "CAMEO role codes and the nouns that name them",
          Column.text("code").asKey(),
          Column.optional("description"),
          Column.list("nouns"));

  public static final TableSpec METONYMS =
      TableSpec.of(
          "actors/kb/metonyms.tsv",
          "places and buildings that stand for a government or organisation (\"the Kremlin\")",
          Column.text("surface").asKey(),
          Column.text("target"),
          Column.optional("role"),
          Column.kind("kind", "capital", "seat", "city"),
          Column.optional("note"));

  public static final TableSpec OFFICES =
      TableSpec.of(
          "actors/kb/offices.tsv",
          "who held which office, for whom, from when to when",
          Column.text("person").asKey(),
          Column.list("variants"),
          Column.optional("surname"),
          Column.optional("holder").asKey(),
          Column.optional("office").asKey(),
          Column.kind("function", OfficeFunction.class),
          Column.text("code"),
          Column.optional("start").asKey(),
          Column.optional("end"),
          Column.optional("note"));

  /** The knowledge-base tables, in the order they are read. */
  public static final List<TableSpec> TABLES =
      List.of(COUNTRIES, ORGANIZATIONS, MEDIA, ROLES, METONYMS, OFFICES);

  private final Rules rules;

  private final List<Country> countries;
  private final List<Organization> organizations;
  private final List<Metonym> metonyms;
  private final List<RoleCode> roles;
  private final List<OfficeTerm> terms;
  private final List<String> problems;
  private final Map<String, Country> countryByCode;
  private final Map<String, Organization> orgById;
  private final Map<String, RoleCode> roleByCode;
  private final KbIndex index = new KbIndex();

  private KnowledgeBase(Rules rules, KbData data) {
    this.rules = rules;
    countries = List.copyOf(data.countries.values());
    organizations = List.copyOf(data.organizations.values());
    roles = List.copyOf(data.roles.values());
    countryByCode = new HashMap<>();
    for (Country c : countries) {
      countryByCode.putIfAbsent(c.alpha2(), c);
      countryByCode.putIfAbsent(c.alpha3(), c);
      countryByCode.put(c.code(), c);
    }
    orgById = byKey(organizations, o -> o.id().toUpperCase(Locale.ROOT));
    roleByCode = byKey(roles, RoleCode::code);
    metonyms = resolveMetonyms(data);
    terms = data.terms.values().stream().map(this::withCanonicalHolder).toList();
    problems = List.copyOf(data.problems);
    index.addEntries(countries, organizations, metonyms, roles, terms);
  }

  private static TableSpec organizations(String path, String about) {
    return TableSpec.of(
        path,
        about,
        Column.text("id").asKey(),
        Column.text("code"),
        Column.text("name"),
        Column.list("aliases"),
        Column.optional("type"),
        Column.optional("parent"),
        Column.optional("country"),
        Column.optional("source"),
        Column.optional("note"));
  }

  /** The knowledge base of {@code rules}, built once per rules. */
  public static KnowledgeBase of(Rules rules) {
    return rules.lexicon(KnowledgeBase.class, KnowledgeBase::load);
  }

  /** The bundled knowledge base. */
  public static KnowledgeBase builtIn() {
    return of(Rules.bundled());
  }

  private static KnowledgeBase load(Rules rules) {
    KbData data = new KbData();
    data.countries(rules.table(COUNTRIES));
    data.organizations(rules.table(ORGANIZATIONS));
    data.media(rules.table(MEDIA));
    data.roles(rules.table(ROLES));
    data.metonyms(rules.table(METONYMS));
    data.terms(rules.table(OFFICES));
    return new KnowledgeBase(rules, data);
  }

  /** The rules this knowledge base was read from; the actor stage reads its word lists there. */
  public Rules rules() {
    return rules;
  }

  /** Everything known under {@code surface}, best kind of match first, each entry once. */
  public List<KbHit> lookup(String surface) {
    Set<KbEntry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return index.find(surface).stream().filter(h -> seen.add(h.entry())).toList();
  }

  /** The country with this ISO alpha-2, alpha-3 or CAMEO code. */
  public Optional<Country> country(String code) {
    return Optional.ofNullable(countryByCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The country called {@code surface} (name, official name or alias, not demonym). */
  public Optional<Country> countryNamed(String surface) {
    return first(surface, Country.class, KbHit.How.NAME, KbHit.How.ALIAS);
  }

  /** The country of a demonym or adjective ("Russian", "Russians", "Kosovar"). */
  public Optional<Country> countryOfDemonym(String surface) {
    return first(surface, Country.class, KbHit.How.DEMONYM);
  }

  /** The actors a place name stands for, the usual reading first ("Brussels": EU, Belgium). */
  public List<Metonym> metonyms(String surface) {
    return all(surface, Metonym.class, KbHit.How.METONYM);
  }

  /** The organisation or outlet with this name or alias, or with this id written in capitals. */
  public Optional<Organization> organization(String surface) {
    Optional<Organization> named =
        first(surface, Organization.class, KbHit.How.NAME, KbHit.How.ALIAS);
    return named.isPresent() || !SurfaceForm.isCapitalized(surface)
        ? named
        : organizationById(surface);
  }

  public Optional<Organization> organizationById(String id) {
    return Optional.ofNullable(orgById.get(id.strip().toUpperCase(Locale.ROOT)));
  }

  public Optional<RoleCode> role(String code) {
    return Optional.ofNullable(roleByCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The role a noun signals ("diplomats": GOV, "troops": MIL). */
  public Optional<RoleCode> roleOfNoun(String noun) {
    return first(noun, RoleCode.class, KbHit.How.ROLE_NOUN);
  }

  /**
   * Every term of the person with this full name or variant, else of everyone with this surname.
   */
  public List<OfficeTerm> termsOf(String person) {
    List<OfficeTerm> full = all(person, OfficeTerm.class, KbHit.How.NAME, KbHit.How.ALIAS);
    return full.isEmpty() ? all(person, OfficeTerm.class, KbHit.How.SURNAME) : full;
  }

  /** The offices {@code person} (full name, variant or surname) held on {@code date}. */
  public List<OfficeTerm> officesHeld(String person, LocalDate date) {
    return termsOf(person).stream().filter(t -> t.heldOn(date)).toList();
  }

  /**
   * Who held an office of {@code function} for {@code holder} (country code or name, organisation
   * id or name) on {@code date}; more than one in a hand-over month known only to the month.
   */
  public List<OfficeTerm> holders(String holder, OfficeFunction function, LocalDate date) {
    String h = canonicalHolder(holder);
    return terms.stream()
        .filter(t -> t.holder().equals(h) && t.function().covers(function) && t.heldOn(date))
        .toList();
  }

  /** Who held the office titled {@code office} ("Foreign Minister") for {@code holder} on date. */
  public List<OfficeTerm> holders(String holder, String office, LocalDate date) {
    String h = canonicalHolder(holder);
    String title = SurfaceForm.key(office);
    return terms.stream()
        .filter(t -> t.holder().equals(h) && SurfaceForm.key(t.office()).equals(title))
        .filter(t -> t.heldOn(date))
        .toList();
  }

  /**
   * The CAMEO code of a country or organisation with a role: ("KSV", "GOV") gives KSVGOV, ("EU",
   * "") gives IGOEUREEC. Empty when the target is unknown.
   */
  public Optional<String> actorCode(String target, String role) {
    String r = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
    Optional<Country> c = country(target);
    if (c.isPresent()) {
      return Optional.of(c.get().code() + r);
    }
    return organizationById(target).map(o -> o.code().endsWith(r) ? o.code() : o.code() + r);
  }

  public List<Country> countries() {
    return countries;
  }

  public List<Organization> organizations() {
    return organizations;
  }

  public List<Metonym> metonymList() {
    return metonyms;
  }

  public List<RoleCode> roles() {
    return roles;
  }

  public List<OfficeTerm> terms() {
    return terms;
  }

  /** Rows that were skipped, each as "file:line: reason". */
  public List<String> problems() {
    return problems;
  }

  private List<Metonym> resolveMetonyms(KbData data) {
    List<Metonym> out = new ArrayList<>();
    for (List<Metonym> forSurface : data.metonyms.values()) {
      for (Metonym m : forSurface) {
        Optional<String> code = actorCode(m.target(), m.role());
        if (code.isEmpty()) {
          data.problem("metonym '" + m.surface() + "': unknown target " + m.target());
        } else {
          out.add(m.withActorCode(code.get()));
        }
      }
    }
    return List.copyOf(out);
  }

  private OfficeTerm withCanonicalHolder(OfficeTerm t) {
    String h = holderCode(t.holder()).orElse(t.holder());
    return h.equals(t.holder())
        ? t
        : new OfficeTerm(
            t.person(),
            t.variants(),
            t.surname(),
            h,
            t.office(),
            t.function(),
            t.code(),
            t.start(),
            t.end(),
            t.note());
  }

  /** A country's CAMEO code or an organisation's id for a code, id or name; else as given. */
  private String canonicalHolder(String holder) {
    return holderCode(holder)
        .or(() -> countryNamed(holder).map(Country::code))
        .or(() -> organization(holder).map(Organization::id))
        .orElse(holder.strip());
  }

  /** A country's CAMEO code or an organisation's id for a country code or organisation id. */
  private Optional<String> holderCode(String holder) {
    return country(holder)
        .map(Country::code)
        .or(() -> organizationById(holder).map(Organization::id));
  }

  private <T extends KbEntry> Optional<T> first(String s, Class<T> type, KbHit.How... hows) {
    return all(s, type, hows).stream().findFirst();
  }

  private <T extends KbEntry> List<T> all(String s, Class<T> type, KbHit.How... hows) {
    List<KbHit.How> wanted = List.of(hows);
    return index.find(s).stream()
        .filter(h -> wanted.contains(h.how()) && type.isInstance(h.entry()))
        .map(h -> type.cast(h.entry()))
        .distinct()
        .toList();
  }

  private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
    return list.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> b));
  }
}
