package dev.parallax.cli;

import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Quote;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CSV form of an export (RFC 4180, UTF-8, a header row): {@code events.csv}, one row per fused
 * event; {@code event_mentions.csv}, one row per report of an event, with the sentence it was read
 * in and the article's URL; {@code quotes.csv}, one row per quote. A text cell that begins with
 * {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, so that a
 * spreadsheet shows hostile article text instead of running it as a formula; numbers Parallax
 * computes are written as they are.
 */
public final class CsvExport {
  static final List<String> FILES = List.of("events.csv", "event_mentions.csv", "quotes.csv");

  private CsvExport() {}

  /**
   * Writes the three files.
   *
   * @param events the events, iterated twice (a stream from the store is read again)
   * @param articles the articles that events and quotes are read in, by id (bodies not read)
   * @param outletIdOf each article's outlet id, by article id (null for none)
   */
  static void write(
      Path dir,
      Iterable<Event> events,
      Iterable<Quote> quotes,
      Map<String, Article> articles,
      Function<String, String> outletIdOf)
      throws IOException {
    try (Csv out = new Csv(dir.resolve("events.csv"))) {
      out.row(
          "id",
          "story",
          "date",
          "source_entity",
          "source_actor",
          "target_entity",
          "target_actor",
          "cameo",
          "goldstein",
          "quad_class",
          "plover",
          "mentions",
          "articles",
          "outlets");
      for (Event e : events) {
        out.row(
            e.id(),
            e.story(),
            e.date(),
            e.source() == null ? null : e.source().entity(),
            e.source() == null ? null : e.source().actor(),
            e.target() == null ? null : e.target().entity(),
            e.target() == null ? null : e.target().actor(),
            e.cameo(),
            e.goldstein(),
            e.quadClass(),
            e.plover(),
            e.mentions().size(),
            e.articles(),
            e.outlets());
      }
    }
    try (Csv out = new Csv(dir.resolve("event_mentions.csv"))) {
      out.row(
          "event",
          "article",
          "url",
          "outlet",
          "outlet_id",
          "published",
          "start",
          "end",
          "trigger",
          "sentence");
      for (Event e : events) {
        for (EventMention m : e.mentions()) {
          Article a = articles.get(m.article());
          out.row(
              e.id(),
              m.article(),
              url(a),
              a == null ? null : a.outlet(),
              outletIdOf.apply(m.article()),
              a == null ? null : a.published(),
              m.start(),
              m.end(),
              m.trigger(),
              m.text());
        }
      }
    }
    try (Csv out = new Csv(dir.resolve("quotes.csv"))) {
      out.row(
          "id",
          "article",
          "url",
          "outlet",
          "outlet_id",
          "published",
          "speaker_entity",
          "speaker_name",
          "kind",
          "cue",
          "start",
          "end",
          "text");
      for (Quote q : quotes) {
        Article a = articles.get(q.article());
        out.row(
            q.id(),
            q.article(),
            url(a),
            a == null ? null : a.outlet(),
            outletIdOf.apply(q.article()),
            a == null ? null : a.published(),
            q.speaker() == null ? null : q.speaker().entity(),
            q.speaker() == null ? null : q.speaker().name(),
            q.kind(),
            q.cue(),
            q.start(),
            q.end(),
            q.text());
      }
    }
  }

  /** The article's URL: its source when that is an http(s) address, else null. */
  static String url(Article a) {
    return a != null && a.source().regionMatches(true, 0, "http", 0, 4) ? a.source() : null;
  }

  /** One CSV cell: quoted when needed, a leading apostrophe before a formula-like text. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** A CSV file written a row at a time. */
  private static final class Csv implements AutoCloseable {
    private final BufferedWriter out;

    Csv(Path file) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void row(Object... cells) throws IOException {
      List<String> line = new ArrayList<>(cells.length);
      Arrays.stream(cells).forEach(c -> line.add(cell(c)));
      out.write(String.join(",", line));
      out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
