package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
 * header cannot be parsed ends the file with a rejection, since the next record boundary is then
 * unknown; the records before it are kept.
 */
record WarcFileReader(IngestOptions options) implements InputReader {

  @Override
  public boolean accepts(Path file) {
    return FileNames.endsWith(file, ".warc", ".warc.gz");
  }

  @Override
  public void read(Path file, String source, Consumer<IngestItem> sink) {
    int records = 0;
    int responses = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.accept(corrupt(source, records, e));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        if (next.get() instanceof WarcResponse response) {
          responses++;
          sink.accept(read(response, source + "#" + records));
        } else if (next.get() instanceof WarcResource resource) {
          responses++;
          sink.accept(read(resource, source + "#" + records));
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(corrupt(source, records, e));
      return;
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

  private static IngestItem corrupt(String file, int recordsRead, Exception e) {
    String where = recordsRead == 0 ? file : file + "#" + (recordsRead + 1);
    String what =
        recordsRead == 0 ? "not a readable WARC file: " : "corrupt or truncated WARC record: ";
    return Rejections.of(where, what + Rejections.detail(e));
  }
}
