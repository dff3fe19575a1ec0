package dev.parallax.actors;

import dev.parallax.model.PartialDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH (TABARI-style) actor dictionary and turns it into office-holder rows.
 *
 * <p>The format: an entry line names an actor with underscores between words ({@code
 * VLADIMIR_PUTIN_}), optionally followed by codes; lines starting with {@code +} are synonyms of
 * the current entry; lines starting with {@code [} add codes. A code is {@code [RUSGOV]} or carries
 * a date restriction: {@code [RUSGOV >120507]} (from that day), {@code [RUSGOV <080507]} (until
 * that day) or {@code [RUSGOV 000507-080507]} (both days included). Dates are YYMMDD (years 00-30
 * read as 2000-2030, the rest as 19xx) or YYYYMMDD. {@code #} starts a comment, as does an XML
 * comment; {@code [---]} means "no code".
 *
 * <p>Each code of each entry becomes one {@link OfficeTerm} with an empty office and function
 * OTHER; its holder is the country or organisation the code starts with, when the knowledge base
 * knows it. Malformed lines and codes are skipped and reported. Stateless; thread-safe.
 */
public final class PetrarchDictionary {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
  private static final int PIVOT = 30;

  /** What an import produced. */
  public record Result(List<OfficeTerm> terms, List<String> problems) {
    public Result {
      terms = List.copyOf(terms);
      problems = List.copyOf(problems);
    }
  }

  private final KnowledgeBase kb;

  public PetrarchDictionary(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Reads a dictionary; {@code source} names it in problems and notes. */
  public Result read(BufferedReader in, String source) throws IOException {
    List<OfficeTerm> terms = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Entry current = null;
    boolean inXmlComment = false;
    String raw;
    int n = 0;
    while ((raw = in.readLine()) != null) {
      n++;
      if (inXmlComment || raw.contains("<!--")) {
        inXmlComment = !raw.contains("-->");
        continue;
      }
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty() || line.startsWith("{") || line.startsWith("<")) {
        continue;
      }
      String where = source + ":" + n;
      if (line.startsWith("+") || line.startsWith("[")) {
        addToEntry(current, line, where, problems);
      } else {
        finish(current, terms, problems, source);
        current = startEntry(line, where, problems);
      }
    }
    finish(current, terms, problems, source);
    return new Result(terms, problems);
  }

  /** A synonym or code line of the current entry. */
  private static void addToEntry(Entry current, String line, String where, List<String> problems) {
    if (current == null) {
      problems.add(where + ": synonym or code before any entry");
    } else if (line.startsWith("+")) {
      current.synonyms.add(displayName(line.substring(1)));
    } else {
      current.addCodes(line, where, problems);
    }
  }

  /** An entry line: the name, and codes when they follow on the same line. */
  private static Entry startEntry(String line, String where, List<String> problems) {
    int bracket = line.indexOf('[');
    Entry e = new Entry(displayName(bracket < 0 ? line : line.substring(0, bracket)), where);
    if (bracket >= 0) {
      e.addCodes(line.substring(bracket), where, problems);
    }
    return e;
  }

  private void finish(Entry e, List<OfficeTerm> terms, List<String> problems, String source) {
    if (e == null) {
      return;
    }
    if (e.codes.isEmpty()) {
      problems.add(e.where + ": entry " + e.name + " has no code");
      return;
    }
    List<String> variants = e.synonyms.stream().filter(s -> !s.equals(e.name)).toList();
    for (DatedCode c : e.codes) {
      try {
        terms.add(
            new OfficeTerm(
                e.name,
                variants,
                "",
                holderOf(c.code),
                "",
                OfficeFunction.OTHER,
                c.code,
                c.start,
                c.end,
                "imported from " + source));
      } catch (IllegalArgumentException ex) {
        problems.add(e.where + ": " + ex.getMessage());
      }
    }
  }

  /** The country or organisation a code starts with: RUSGOV gives RUS, IGOUNOKID gives UN. */
  private String holderOf(String code) {
    if (code.length() >= 3) {
      Optional<Country> c = kb.country(code.substring(0, 3));
      if (c.isPresent() && c.get().code().equals(code.substring(0, 3))) {
        return c.get().code();
      }
    }
    return kb.organizations().stream()
        .filter(o -> o.country().isEmpty() && code.startsWith(o.code()))
        .max(Comparator.comparingInt(o -> o.code().length()))
        .map(Organization::id)
        .orElse("");
  }

  /** VLADIMIR_PUTIN_ becomes Vladimir Putin. */
  static String displayName(String token) {
    String words = token.replace('_', ' ').strip().replaceAll("\\s+", " ");
    StringBuilder b = new StringBuilder(words.length());
    boolean start = true;
    for (char ch : words.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '.';
    }
    return b.toString();
  }

  /** One code with its validity. */
  record DatedCode(String code, Optional<PartialDate> start, Optional<PartialDate> end) {}

  /** An entry being read. */
  private static final class Entry {
    final String name;
    final String where;
    final Set<String> synonyms = new LinkedHashSet<>();
    final List<DatedCode> codes = new ArrayList<>();

    Entry(String name, String where) {
      this.name = name;
      this.where = where;
    }

    void addCodes(String text, String where, List<String> problems) {
      Matcher m = CODE.matcher(text);
      while (m.find()) {
        try {
          parseCode(m.group(1).strip()).ifPresent(codes::add);
        } catch (IllegalArgumentException e) {
          problems.add(where + ": [" + m.group(1).strip() + "]: " + e.getMessage());
        }
      }
    }
  }

  /** Parses the inside of one bracket; empty for the "no code" marker. */
  static Optional<DatedCode> parseCode(String inside) {
    String[] parts = inside.split("\\s+", 2);
    String code = parts[0].toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.matches("-+")) {
      return Optional.empty();
    }
    if (!code.matches("[A-Z0-9]{3,}")) {
      throw new IllegalArgumentException("not a CAMEO code");
    }
    String when = parts.length > 1 ? parts[1].replace(" ", "") : "";
    if (when.isEmpty()) {
      return Optional.of(new DatedCode(code, Optional.empty(), Optional.empty()));
    }
    if (when.startsWith(">")) {
      return Optional.of(
          new DatedCode(code, Optional.of(date(when.substring(1))), Optional.empty()));
    }
    if (when.startsWith("<")) {
      return Optional.of(
          new DatedCode(code, Optional.empty(), Optional.of(date(when.substring(1)))));
    }
    String[] range = when.split("-", -1);
    if (range.length != 2) {
      throw new IllegalArgumentException("date restriction must be >D, <D or D-D");
    }
    PartialDate last = date(range[1]);
    PartialDate dayAfter = PartialDate.of(last.toLocalDate().orElseThrow().plusDays(1));
    return Optional.of(new DatedCode(code, Optional.of(date(range[0])), Optional.of(dayAfter)));
  }

  /** YYMMDD or YYYYMMDD. */
  static PartialDate date(String s) {
    if (!DATE.matcher(s).matches()) {
      throw new IllegalArgumentException("date must be YYMMDD or YYYYMMDD: " + s);
    }
    String iso;
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      iso = (yy <= PIVOT ? 2000 + yy : 1900 + yy) + "-" + s.substring(2, 4) + "-" + s.substring(4);
    } else {
      iso = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6);
    }
    return PartialDate.parse(iso);
  }

  /** Writes terms in the format of {@code offices.tsv}, with a header comment. */
  public static void write(List<OfficeTerm> terms, String source, Writer out) {
    PrintWriter w = new PrintWriter(out);
    w.println("# Actors imported from the PETRARCH dictionary " + clean(source) + ".");
    w.println("# Columns as in Parallax's offices.tsv; end is the day after the last day coded.");
    w.println(String.join("\t", KnowledgeBase.OFFICES.header()));
    for (OfficeTerm t : terms) {
      w.println(
          String.join(
              "\t",
              clean(t.person()),
              String.join("|", t.variants().stream().map(PetrarchDictionary::clean).toList()),
              "",
              t.holder(),
              clean(t.office()),
              t.function().name(),
              t.code(),
              t.start().map(Object::toString).orElse(""),
              t.end().map(Object::toString).orElse(""),
              clean(t.note())));
    }
    w.flush();
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('|', '/');
  }
}
