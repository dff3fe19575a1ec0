package dev.parallax.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * office holders, loaded from the built-in files and optionally from user files of the same
 * formats, and looked up by any surface form (ignoring case, diacritics, periods and a leading
 * "the"; see {@link SurfaceForm}).
 *
 * <p>Immutable and thread-safe once built. Bad rows in any file are skipped and listed in {@link
 * #problems()}; a user file without a known header row fails the load.
 */
public final class KnowledgeBase {
  private static final String RESOURCES = "kb/";

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

  private KnowledgeBase(KbData data) {
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

  private static final class BuiltIn {
    static final KnowledgeBase KB = load(List.of());
  }

  /** The built-in knowledge base, loaded once. */
  public static KnowledgeBase builtIn() {
    return BuiltIn.KB;
  }

  /**
   * The built-in knowledge base with {@code extraFiles} merged over it, in order: a row with the
   * key of an existing one replaces it (see the file headers), other rows are added.
   *
   * @throws UncheckedIOException when a file cannot be read
   * @throws IllegalArgumentException when a file's first row is not a known header
   */
  public static KnowledgeBase load(List<Path> extraFiles) {
    KbData data = new KbData();
    try {
      for (String name : KbTable.BUILT_IN) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new IllegalStateException("missing built-in knowledge-base file " + name);
          }
          data.add(KbTsv.read(name, reader(in)), false);
        }
      }
      for (Path p : extraFiles) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          data.add(KbTsv.read(p.toString(), r), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge-base file: " + e.getMessage(), e);
    }
    return new KnowledgeBase(data);
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

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
