package dev.parallax.outlets;

import dev.parallax.actors.Country;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.Organization;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.Outlet;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The outlets of a corpus, one per publisher, and the outlet of each article.
 *
 * <p>An article names its outlet by a string (the manifest's, the page's, or the URL host) and may
 * have a URL as its source. Names and hosts are nodes joined into outlets when: one article gives
 * both; a name, written without spaces and punctuation, equals a host's name part ({@code Pahonia
 * Post} and {@code pahoniapost.eu}); a row of the outlet table or an entry of the knowledge base's
 * media list names both (by name, alias or domain). Each outlet then takes its name from the table,
 * else its most frequent spelling that is no host, else the media list's, else its host; its
 * country from the table, the media list, or the two-letter top-level domain of one of its domains.
 *
 * <p>Immutable and thread-safe. Articles without an outlet belong to none.
 */
public final class OutletDirectory {
  /** The outlet rule table: {@code id} is the key. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "outlets/outlets.tsv",
          "outlets: names, web domains, country and a group or side of your own, by outlet id",
          Column.text("id").asKey(),
          Column.optional("name"),
          Column.list("aliases"),
          Column.list("domains"),
          Column.optional("country"),
          Column.optional("group"));

  private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byArticle;
  private final Map<String, Outlet> byName;

  private OutletDirectory(List<Outlet> outlets, Map<String, Outlet> byArticle) {
    this.outlets = List.copyOf(outlets);
    this.byArticle = Map.copyOf(byArticle);
    Map<String, Outlet> names = new HashMap<>();
    outlets.forEach(o -> names.put(o.name(), o));
    this.byName = Map.copyOf(names);
  }

  /** The outlets of {@code articles}, read through {@code rules}' outlet table and {@code kb}. */
  public static OutletDirectory of(List<Article> articles, Rules rules, KnowledgeBase kb) {
    return new Resolver(OutletTable.of(rules), kb).resolve(articles);
  }

  /** Two directories are equal when they hold the same outlets for the same articles. */
  @Override
  public boolean equals(Object o) {
    return o instanceof OutletDirectory d
        && outlets.equals(d.outlets)
        && byArticle.equals(d.byArticle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outlets, byArticle);
  }

  @Override
  public String toString() {
    return "OutletDirectory" + outlets;
  }

  /** The outlets, ordered by name. */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The outlet of the article with this id, when it has one. */
  public Optional<Outlet> ofArticle(String articleId) {
    return Optional.ofNullable(byArticle.get(articleId));
  }

  /** The outlet whose canonical name is {@code name}. */
  public Optional<Outlet> named(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
  }

  /** {@code article} with its outlet's canonical name, or itself when it has none. */
  public Article canonical(Article article) {
    Outlet o = byArticle.get(article.id());
    return o == null || o.name().equals(article.outlet()) ? article : article.withOutlet(o.name());
  }

  /**
   * The outlet that {@code query} means: an outlet id, or a name, alias or domain of one (case
   * ignored).
   */
  public Optional<Outlet> find(String query) {
    return find(outlets, query);
  }

  /** The outlet of {@code outlets} that {@code query} means, as {@link #find(String)}. */
  public static Optional<Outlet> find(List<Outlet> outlets, String query) {
    String q = fold(query);
    return outlets.stream()
        .filter(
            o ->
                o.id().equalsIgnoreCase(query.strip())
                    || fold(o.name()).equals(q)
                    || o.aliases().stream().anyMatch(a -> fold(a).equals(q))
                    || o.domains().stream().anyMatch(d -> d.equals(host(query))))
        .findFirst();
  }

  /** A host or domain as compared: lower case, without a leading {@code www.}. */
  static String host(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /** The host of {@code source} when it is an http(s) URL, else null. */
  static String hostOf(String source) {
    if (source == null || !source.regionMatches(true, 0, "http", 0, 4)) {
      return null;
    }
    try {
      String h = URI.create(source.strip()).getHost();
      return h == null ? null : host(h);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether an outlet name is a web host ({@code pahoniapost.eu}), as the cleaner's fallback. */
  static boolean isHost(String name) {
    return HOST.matcher(name.strip()).matches();
  }

  static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Letters and digits only, lower case: how a name is compared with a host's name part. */
  static String squash(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * The name part of a host: without its top-level domain ({@code pahoniapost.eu}: pahoniapost).
   */
  static String namePart(String host) {
    int dot = host.lastIndexOf('.');
    return squash(dot < 0 ? host : host.substring(0, dot));
  }

  /** The CAMEO code of the country whose two-letter top-level domain {@code host} ends with. */
  static String countryOfDomain(String host, KnowledgeBase kb) {
    String tld = host.substring(host.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    if (tld.length() != 2) {
      return null;
    }
    String alpha2 = tld.equals("UK") ? "GB" : tld;
    return kb.countries().stream()
        .filter(c -> c.alpha2().equals(alpha2))
        .map(Country::code)
        .findFirst()
        .orElse(null);
  }

  /** Joins names and hosts into outlets (union-find over string nodes). */
  private static final class Resolver {
    private final List<OutletTable> table;
    private final KnowledgeBase kb;
    private final Map<String, String> parent = new HashMap<>();

    Resolver(List<OutletTable> table, KnowledgeBase kb) {
      this.table = table;
      this.kb = kb;
    }

    OutletDirectory resolve(List<Article> articles) {
      Map<String, String> nodeOf = new LinkedHashMap<>();
      Map<String, String> hostOf = new HashMap<>();
      // a corpus names few outlets in many articles: each spelling's node and host made once
      Map<String, String> nameNode = new HashMap<>();
      Map<String, String> nameHost = new HashMap<>();
      for (Article a : articles) {
        if (a.outlet() == null || a.outlet().isBlank()) {
          continue;
        }
        String name = nameNode.computeIfAbsent(a.outlet(), o -> "n:" + fold(o));
        find(name);
        nodeOf.put(a.id(), name);
        String host = hostOf(a.source());
        String named = nameHost.computeIfAbsent(a.outlet(), o -> isHost(o) ? "h:" + host(o) : "");
        if (!named.isEmpty()) {
          union(name, named);
        }
        if (host != null) {
          hostOf.put(a.id(), host);
          union(name, "h:" + host);
        }
      }
      joinNamesWithHosts();
      joinKnown();
      return build(articles, nodeOf, hostOf);
    }

    private void joinNamesWithHosts() {
      Map<String, String> hostsByPart = new HashMap<>();
      parent.keySet().stream()
          .filter(n -> n.startsWith("h:"))
          .sorted()
          .forEach(h -> hostsByPart.putIfAbsent(namePart(h.substring(2)), h));
      for (String n : List.copyOf(parent.keySet())) {
        if (n.startsWith("n:") && !isHost(n.substring(2))) {
          String h = hostsByPart.get(squash(n.substring(2)));
          if (h != null) {
            union(n, h);
          }
        }
      }
    }

    /** Joins the nodes that one table row or media-list entry names; the entry joins as a node. */
    private void joinKnown() {
      List<String> nodes = List.copyOf(parent.keySet());
      for (OutletTable row : table) {
        Optional<Organization> media = kb.organizationById(row.id()).filter(Resolver::isMedia);
        List<String> names = new ArrayList<>(row.aliases());
        if (!row.name().isEmpty()) {
          names.add(row.name());
        }
        media.ifPresent(m -> names.addAll(spellings(m)));
        joinNamed("t:" + row.id(), names, row.domains(), nodes);
      }
      for (Organization m : kb.organizations()) {
        if (isMedia(m)) {
          joinNamed("m:" + m.id(), spellings(m), List.of(), nodes);
        }
      }
    }

    private void joinNamed(
        String entry, List<String> names, List<String> domains, List<String> in) {
      List<String> folded = names.stream().map(OutletDirectory::fold).toList();
      for (String n : in) {
        boolean named = n.startsWith("n:") && folded.contains(n.substring(2));
        boolean hosted =
            n.startsWith("h:")
                && domains.stream()
                    .anyMatch(d -> n.substring(2).equals(d) || n.substring(2).endsWith("." + d));
        if (named || hosted) {
          union(entry, n);
        }
      }
    }

    private static boolean isMedia(Organization o) {
      return "MED".equals(o.type()) || o.code().endsWith("MED");
    }

    private static List<String> spellings(Organization m) {
      List<String> out = new ArrayList<>(m.aliases());
      out.add(m.name());
      out.add(m.id());
      return out;
    }

    private OutletDirectory build(
        List<Article> articles, Map<String, String> nodeOf, Map<String, String> hostOf) {
      Map<String, List<Article>> byRoot = new LinkedHashMap<>();
      for (Article a : articles) {
        String node = nodeOf.get(a.id());
        if (node != null) {
          byRoot.computeIfAbsent(find(node), k -> new ArrayList<>()).add(a);
        }
      }
      Map<String, List<String>> members = new HashMap<>();
      parent.keySet().forEach(n -> members.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n));
      List<Outlet> outlets = new ArrayList<>();
      Map<String, Outlet> byArticle = new HashMap<>();
      for (Map.Entry<String, List<Article>> e : byRoot.entrySet()) {
        Outlet o = outlet(members.get(e.getKey()), e.getValue(), hostOf);
        outlets.add(o);
        e.getValue().forEach(a -> byArticle.put(a.id(), o));
      }
      outlets.sort(java.util.Comparator.comparing(Outlet::name).thenComparing(Outlet::id));
      return new OutletDirectory(outlets, byArticle);
    }

    private Outlet outlet(List<String> nodes, List<Article> articles, Map<String, String> hostOf) {
      OutletTable row =
          table.stream().filter(r -> nodes.contains("t:" + r.id())).findFirst().orElse(null);
      Organization media =
          nodes.stream()
              .filter(n -> n.startsWith("m:"))
              .sorted()
              .findFirst()
              .flatMap(n -> kb.organizationById(n.substring(2)))
              .or(
                  () ->
                      row == null
                          ? Optional.empty()
                          : kb.organizationById(row.id()).filter(Resolver::isMedia))
              .orElse(null);
      TreeSet<String> domains = new TreeSet<>();
      nodes.stream().filter(n -> n.startsWith("h:")).forEach(n -> domains.add(n.substring(2)));
      if (row != null) {
        domains.addAll(row.domains());
      }
      Map<String, Integer> spellings = new LinkedHashMap<>();
      articles.forEach(a -> spellings.merge(a.outlet().strip(), 1, Integer::sum));
      String name = name(row, media, spellings, domains);
      TreeSet<String> aliases = new TreeSet<>(spellings.keySet());
      aliases.remove(name);
      String key =
          row != null
              ? "table:" + row.id()
              : media != null
                  ? "media:" + media.id()
                  : !domains.isEmpty() ? "domain:" + domains.first() : "name:" + fold(name);
      String country = country(row, media, domains);
      String group = row == null || row.group().isEmpty() ? null : row.group();
      return new Outlet(
          ContentId.of('o', "outlet", key),
          name,
          List.copyOf(aliases),
          List.copyOf(domains),
          country,
          group,
          articles.size());
    }

    private static String name(
        OutletTable row,
        Organization media,
        Map<String, Integer> spellings,
        TreeSet<String> domains) {
      if (row != null && !row.name().isEmpty()) {
        return row.name();
      }
      // the corpus's own spelling before the media list's full name: a known outlet is not renamed
      // ("RFE/RL" stays), only spellings of one publisher become one
      return spellings.entrySet().stream()
          .filter(e -> !isHost(e.getKey()))
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
          .map(Map.Entry::getKey)
          .orElse(
              media != null
                  ? media.name()
                  : domains.isEmpty() ? spellings.keySet().iterator().next() : domains.first());
    }

    private String country(OutletTable row, Organization media, TreeSet<String> domains) {
      if (row != null && !row.country().isEmpty()) {
        return row.country();
      }
      if (media != null && !media.country().isEmpty()) {
        return media.country();
      }
      return domains.stream()
          .map(d -> countryOfDomain(d, kb))
          .filter(java.util.Objects::nonNull)
          .findFirst()
          .orElse(null);
    }

    private String find(String node) {
      String p = parent.putIfAbsent(node, node);
      if (p == null || p.equals(node)) {
        return node;
      }
      String root = find(p);
      parent.put(node, root);
      return root;
    }

    private void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // the smaller root wins, so the result does not depend on the order of the joins
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }
}
