package dev.parallax.cli;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Events in the layout of the GDELT 2.0 event table ({@code events.gdelt.tsv}): tab-separated, no
 * header row, the 61 columns in GDELT's order, the fields Parallax knows filled and the others
 * empty. docs/export.md gives each column's mapping.
 */
final class GdeltExport {
  static final String FILE = "events.gdelt.tsv";

  /** GDELT 2.0's event-table columns, in order. */
  static final List<String> COLUMNS = columns();

  /** CAMEO actor type codes (the roles a code's later three-letter parts name). */
  static final Set<String> TYPES =
      Set.of(
          "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
          "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
          "AMN", "IRC", "GRP", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET", "REL", "PTY");

  private static final int ID = 0;
  private static final int ACTOR1 = 5;
  private static final int ACTOR2 = 15;

  private final Map<String, Entity> entities;
  private final Map<String, Lead> leads;
  private final Set<String> countries;

  /**
   * What a row needs of an article events are read in: its source, and where its first paragraph
   * (GDELT's lead) ends.
   *
   * @param source the article's URL when it has one, else its path
   * @param end the offset of the body's first paragraph break, or -1 when it has none (the whole
   *     body is the lead)
   */
  record Lead(String source, int end) {
    static Lead of(Article a) {
      return new Lead(a.source(), a.body().indexOf("\n\n"));
    }

    /** Whether a mention starting at {@code start} lies in the lead. */
    boolean holds(int start) {
      return end < 0 || start < end;
    }
  }

  /**
   * @param entities the entities events name, by id (their mentions are not read)
   * @param leads the source and lead of each article events are read in, by id
   * @param countryCodes the CAMEO country codes
   */
  GdeltExport(Map<String, Entity> entities, Map<String, Lead> leads, Set<String> countryCodes) {
    this.entities = entities;
    this.leads = leads;
    this.countries = countryCodes;
  }

  private static List<String> columns() {
    List<String> actor =
        List.of(
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code");
    List<String> geo =
        List.of(
            "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID");
    List<String> out =
        new java.util.ArrayList<>(
            List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    actor.forEach(c -> out.add("Actor1" + c));
    actor.forEach(c -> out.add("Actor2" + c));
    out.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    geo.forEach(c -> out.add("Actor1Geo_" + c));
    geo.forEach(c -> out.add("Actor2Geo_" + c));
    geo.forEach(c -> out.add("ActionGeo_" + c));
    out.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(out);
  }

  /** A stable non-negative integer id from Parallax's event id ({@code v} and 16 hex digits). */
  static long globalEventId(String id) {
    return Long.parseUnsignedLong(id.substring(id.length() - 16), 16) >>> 1;
  }

  void write(Path file, Iterable<Event> events) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Event e : events) {
        out.write(String.join("\t", row(e)));
        out.write('\n');
      }
    }
  }

  /** The 61 cells of one event. */
  String[] row(Event e) {
    String[] c = new String[COLUMNS.size()];
    Arrays.fill(c, "");
    c[ID] = Long.toString(globalEventId(e.id()));
    PartialDate d = e.date();
    if (d != null) {
      if (d.day() != 0) {
        c[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.year(), d.month(), d.day());
        c[4] = String.format(Locale.ROOT, "%.4f", d.year() + (d.month() * 30 + d.day()) / 365.0);
      }
      if (d.month() != 0) {
        c[2] = String.format(Locale.ROOT, "%04d%02d", d.year(), d.month());
      }
      c[3] = Integer.toString(d.year());
    }
    actor(c, ACTOR1, e.source());
    actor(c, ACTOR2, e.target());
    c[25] = isRoot(e) ? "1" : "0";
    String cameo = e.cameo() == null ? "" : e.cameo();
    c[26] = cameo;
    c[27] = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
    c[28] = cameo.length() > 2 ? cameo.substring(0, 2) : cameo;
    c[29] = Integer.toString(e.quadClass());
    c[30] = Double.toString(e.goldstein());
    c[31] = Integer.toString(e.mentions().size());
    c[32] = Integer.toString(e.outlets());
    c[33] = Integer.toString(e.articles());
    c[60] = sourceUrl(e);
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].replaceAll("[\\t\\r\\n]+", " ");
    }
    return c;
  }

  /** Code, name, country, known group and type codes of an actor, from its CAMEO code. */
  private void actor(String[] c, int at, ActorRef ref) {
    if (ref == null) {
      return;
    }
    Entity entity = ref.entity() == null ? null : entities.get(ref.entity());
    if (entity != null) {
      c[at + 1] = entity.name().toUpperCase(Locale.ROOT);
    }
    String code = ref.actor();
    if (code == null || code.isEmpty()) {
      return;
    }
    c[at] = code;
    int type = 7;
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (i == 0 && countries.contains(part)) {
        c[at + 2] = part;
      } else if (TYPES.contains(part) && type < 10) {
        c[at + type++] = part;
      } else if (c[at + 3].isEmpty()) {
        c[at + 3] = part;
      }
    }
  }

  /** Whether a report of the event is in an article's first paragraph (GDELT's lead). */
  private boolean isRoot(Event e) {
    for (EventMention m : e.mentions()) {
      Lead lead = leads.get(m.article());
      if (lead != null && lead.holds(m.start())) {
        return true;
      }
    }
    return false;
  }

  /** The first report's article URL, or its source when it has no URL. */
  private String sourceUrl(Event e) {
    return e.mentions().stream()
        .map(m -> leads.get(m.article()))
        .filter(a -> a != null)
        .map(Lead::source)
        .findFirst()
        .orElse("");
  }
}
