package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}) with jwarc: each HTTP response record with a
 * 2xx status and an HTML or plain-text payload, and each resource record of such a type, becomes a
 * document with source {@code file#n} (the n-th record of the file), the charset of its {@code
 * Content-Type} as declared charset, and the {@code WARC-Target-URI} as URL. The capture date is
 * when the page was fetched, not when it was published, so it is not used as a publication date.
 *
 * <p>Other responses (errors, redirects, images, records the crawler truncated, payloads over the
 * limit, a broken HTTP block) become rejections with their reason, and reading goes on. Request,
 * revisit, metadata and warcinfo records are not documents and are passed over. A record whose WARC
 * header cannot be parsed becomes one rejection, and reading resumes at the next record boundary
 * found in the bytes after it (a gzip member in a {@code .warc.gz}, a {@code WARC/1.} line in a
 * {@code .warc}), so the intact records after a broken one are kept.
 */
record WarcFileReader(IngestOptions options) implements InputReader {
  /** The first bytes of a gzip member (RFC 1952: ID1, ID2, CM = deflate). */
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  /** The start of a WARC record's version line ({@code WARC/1.0}, {@code WARC/1.1}). */
  private static final byte[] WARC_VERSION = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private static final int SCAN_CHUNK = 64 * 1024;

  @Override
  public boolean accepts(Path file) {
    return FileNames.endsWith(file, ".warc", ".warc.gz");
  }

  @Override
  public void read(Path file, String source, Consumer<IngestItem> sink) {
    int records = 0;
    int responses = 0;
    boolean gzip = FileNames.endsWith(file, ".gz");
    long start = 0;
    boolean resynced = false;
    boolean inBrokenRun = false;
    while (start >= 0) {
      long lastRecord = -1;
      try (FileChannel channel = FileChannel.open(file).position(start);
          WarcReader reader = new WarcReader(channel)) {
        Optional<WarcRecord> next;
        while ((next = reader.next()).isPresent()) {
          lastRecord = reader.position();
          inBrokenRun = false;
          records++;
          if (next.get() instanceof WarcResponse response) {
            responses++;
            sink.accept(read(response, source + "#" + records));
          } else if (next.get() instanceof WarcResource resource) {
            responses++;
            sink.accept(read(resource, source + "#" + records));
          }
        }
        start = -1;
      } catch (IOException | RuntimeException e) {
        if (records == 0 && !resynced) {
          sink.accept(Rejections.of(source, "not a readable WARC file: " + Rejections.detail(e)));
          return;
        }
        // The broken record starts after the last good one: go on at the next record boundary.
        long from = Math.max(start, lastRecord) + 1;
        long resume = nextBoundary(file, from, gzip);
        if (!inBrokenRun) {
          records++;
          sink.accept(corrupt(source + "#" + records, e, resume >= 0));
        }
        inBrokenRun = true;
        resynced = true;
        start = resume;
      }
    }
    if (responses == 0) {
      sink.accept(
          Rejections.of(
              source,
              records == 0
                  ? "empty input: no WARC records"
                  : "no response or resource records among its " + records + " WARC records"));
    }
  }

  private IngestItem read(WarcResponse response, String source) {
    try {
      if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
        return truncated(response, source);
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return Rejections.of(source, "HTTP status " + http.status() + ", not a page");
      }
      return document(source, response.target(), http.contentType(), http.bodyDecoded());
    } catch (IOException | RuntimeException e) {
      return Rejections.of(source, "corrupt or truncated record: " + Rejections.detail(e));
    }
  }

  /** A resource record holds the page itself, without an HTTP exchange around it. */
  private IngestItem read(WarcResource resource, String source) {
    try {
      if (resource.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
        return truncated(resource, source);
      }
      return document(source, resource.target(), resource.contentType(), resource.body());
    } catch (IOException | RuntimeException e) {
      return Rejections.of(source, "corrupt or truncated record: " + Rejections.detail(e));
    }
  }

  private IngestItem document(String source, String url, MediaType contentType, MessageBody body)
      throws IOException {
    dev.parallax.model.MediaType type = mediaType(contentType);
    if (type == null) {
      return Rejections.of(source, "not an HTML or text page (Content-Type " + contentType + ")");
    }
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = BoundedBytes.read(in, options.maxDocumentBytes());
    }
    if (bytes == null) {
      return Rejections.tooLargeDecompressed(source, options);
    }
    SourceMetadata meta = new SourceMetadata(url, null, null, null, null);
    return RawDocument.of(source, bytes, type, charset(contentType), meta);
  }

  private static IngestItem truncated(WarcRecord record, String source) {
    return Rejections.of(
        source,
        "record truncated by the crawler ("
            + record.truncated().name().toLowerCase(Locale.ROOT)
            + ")");
  }

  private static dev.parallax.model.MediaType mediaType(MediaType contentType) {
    String base = contentType.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> dev.parallax.model.MediaType.HTML;
      case "text/plain" -> dev.parallax.model.MediaType.TEXT;
      default -> null;
    };
  }

  private static Charset charset(MediaType contentType) {
    String name = contentType.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null; // an unknown charset name: let the decoder detect it from the bytes
    }
  }

  private static IngestItem corrupt(String where, Exception e, boolean resumed) {
    String detail = Rejections.detail(e);
    if (detail.startsWith("invalid WARC record at position")) {
      // jwarc quotes the bad bytes after it, and counts the position from where reading resumed.
      detail = "invalid WARC record header";
    }
    return Rejections.of(
        where,
        "corrupt or truncated WARC record"
            + (resumed ? " (reading resumed at the next intact record): " : ": ")
            + detail);
  }

  /**
   * Where the next record may start at or after {@code from}: a gzip member's magic bytes in a
   * compressed archive (each record is its own member), else a {@code WARC/1.} version line at the
   * start of a line; -1 when there is none.
   */
  static long nextBoundary(Path file, long from, boolean gzip) {
    byte[] mark = gzip ? GZIP_MAGIC : WARC_VERSION;
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocate(SCAN_CHUNK);
      long base = from;
      while (base < channel.size()) {
        buffer.clear();
        int n = channel.read(buffer, base);
        if (n <= 0) {
          return -1;
        }
        for (int i = 0; i + mark.length <= n; i++) {
          if (matches(buffer.array(), i, mark) && (gzip || atLineStart(channel, base + i))) {
            return base + i;
          }
        }
        if (base + n >= channel.size()) {
          return -1;
        }
        base += n - mark.length + 1; // overlap so a mark across two chunks is found
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean matches(byte[] bytes, int at, byte[] mark) {
    for (int j = 0; j < mark.length; j++) {
      if (bytes[at + j] != mark[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean atLineStart(FileChannel channel, long position) throws IOException {
    if (position == 0) {
      return true;
    }
    ByteBuffer before = ByteBuffer.allocate(1);
    channel.read(before, position - 1);
    return before.get(0) == '\n';
  }
}
