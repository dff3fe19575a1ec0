package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .jsonl.gz}): one record {@code {url, outlet, published,
 * title, language, html | text}} per line, each its own document with source {@code file#line}.
 *
 * <p>A bad line (not JSON, no {@code html} or {@code text}, a date that is not one, longer than the
 * document limit) becomes a rejection for that line and reading goes on to the end of the file,
 * whatever came before. A file in which no line is a record is not JSON Lines at all: it becomes
 * one rejection for the file rather than a flood of them. Past {@value #MAX_LISTED} bad lines, one
 * rejection sums up the rest. Blank lines are skipped. Streams: one line in memory at a time (and
 * at most {@value #MAX_LISTED} held-back rejections of 200 characters each).
 */
record JsonLinesReader(IngestOptions options) implements InputReader {
  /**
   * Bad lines listed one by one in a file that holds records; past this, one rejection sums up the
   * rest (the issue's bound: a file of a million bad lines must not bury the run's output).
   */
  static final int MAX_LISTED = 1000;

  @Override
  public boolean accepts(Path file) {
    return FileNames.endsWith(file, ".jsonl", ".jsonl.gz");
  }

  @Override
  public void read(Path file, String source, Consumer<IngestItem> sink) {
    boolean gzip = FileNames.endsWith(file, ".gz");
    Batch batch = new Batch(source, sink);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      BoundedLines lines = new BoundedLines(in, options.maxDocumentBytes());
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        read(line, source, batch);
      }
      batch.end(null);
    } catch (EOFException e) {
      batch.end("truncated gzip file: it ends before its data does");
    } catch (ZipException e) {
      batch.end("not a valid gzip file: " + e.getMessage());
    } catch (IOException e) {
      batch.end("unreadable: " + e.getMessage());
    }
  }

  private void read(BoundedLines.Line line, String file, Batch batch) {
    String source = file + "#" + line.number();
    if (line.oversized()) {
      batch.oversized(Rejections.tooLargeDecompressed(source, options), line.number());
      return;
    }
    if (isBlank(line.bytes())) {
      return;
    }
    try {
      batch.good(document(source, Jsonl.mapper().readTree(line.bytes())));
    } catch (JsonProcessingException e) {
      batch.bad(
          Rejections.of(source, "not a JSON record: " + e.getOriginalMessage()), line.number());
    } catch (IOException e) {
      batch.bad(Rejections.of(source, "not a JSON record: " + e.getMessage()), line.number());
    } catch (IllegalArgumentException e) {
      batch.bad(Rejections.of(source, e.getMessage()), line.number());
    }
  }

  /** The document a record describes; IllegalArgumentException with the reason when it cannot. */
  static RawDocument document(String source, JsonNode record) {
    if (record == null || !record.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String html = text(record, "html");
    String text = text(record, "text");
    if (html == null && text == null) {
      throw new IllegalArgumentException("record has no \"html\" or \"text\" field");
    }
    String language = text(record, "language");
    PartialDate published;
    try {
      published = PublishedDate.parse(text(record, "published"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"published\" is " + e.getMessage(), e);
    }
    SourceMetadata meta =
        new SourceMetadata(
            Manifest.blankToNull(text(record, "url")),
            Manifest.blankToNull(text(record, "outlet")),
            published,
            Manifest.blankToNull(text(record, "title")),
            language == null || language.isBlank()
                ? null
                : language.strip().toLowerCase(Locale.ROOT));
    byte[] content = (html != null ? html : text).getBytes(StandardCharsets.UTF_8);
    MediaType type = html != null ? MediaType.HTML : MediaType.TEXT;
    return RawDocument.of(source, content, type, StandardCharsets.UTF_8, meta);
  }

  private static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return value.asText();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Holds back the rejections before the first good record, so a file that is not JSON Lines at all
   * ends as one rejection; once a record was read, lists each bad line, up to {@value #MAX_LISTED},
   * and sums up the rest in one rejection.
   */
  private static final class Batch {
    private final String source;
    private final Consumer<IngestItem> sink;
    private final List<Rejection> pending = new ArrayList<>();
    private Rejection firstBad;
    private boolean sawGood;
    private int bad;
    private int oversized;
    private int listed;
    private int firstUnlisted;
    private int lastUnlisted;

    Batch(String source, Consumer<IngestItem> sink) {
      this.source = source;
      this.sink = sink;
    }

    void good(RawDocument doc) {
      sawGood = true;
      pending.forEach(sink);
      pending.clear();
      sink.accept(doc);
    }

    /** A line over the size limit: it says nothing of whether the file is JSON Lines. */
    void oversized(Rejection rejection, int line) {
      oversized++;
      list(rejection, line, true);
    }

    void bad(Rejection rejection, int line) {
      bad++;
      if (firstBad == null) {
        firstBad = rejection;
      }
      list(rejection, line, sawGood);
    }

    private void list(Rejection rejection, int line, boolean now) {
      if (listed < MAX_LISTED) {
        listed++;
        if (now) {
          sink.accept(rejection);
        } else {
          pending.add(rejection);
        }
      } else {
        firstUnlisted = firstUnlisted == 0 ? line : firstUnlisted;
        lastUnlisted = line;
      }
    }

    /** Ends the file, with the reason it could not be read to its end, or null. */
    void end(String failure) {
      pending.clear();
      if (!sawGood && (bad > 0 || oversized == 0 || failure != null)) {
        sink.accept(
            Rejections.of(
                source,
                failure != null
                    ? failure
                    : bad == 0
                        ? "empty input: no JSON Lines records"
                        : "not JSON Lines: none of its "
                            + bad
                            + " lines is a record (first: "
                            + firstBad.rejected()
                            + ")"));
        return;
      }
      if (!sawGood) {
        return; // only oversized lines, each listed
      }
      String unlisted =
          bad + oversized == listed
              ? null
              : String.format(
                  "%d more bad lines (lines %d to %d) are not listed one by one: the first %d are",
                  bad + oversized - listed, firstUnlisted, lastUnlisted, listed);
      if (failure != null || unlisted != null) {
        // One rejection of the file for both, so the file is listed once.
        sink.accept(
            Rejections.of(
                source,
                failure == null
                    ? unlisted
                    : unlisted == null ? failure : failure + "; " + unlisted));
      }
    }
  }
}
