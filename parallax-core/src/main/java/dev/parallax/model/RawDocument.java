package dev.parallax.model;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * An input document as read, before cleaning.
 *
 * @param id stable id derived from the content ({@link ContentId})
 * @param source the input's path or URL as given; {@code file#n} for the n-th record of an archive
 * @param content the raw bytes
 * @param type what the bytes hold
 * @param declaredCharset charset declared outside the bytes (HTTP header, JSON Lines = UTF-8), or
 *     null to detect it from the bytes
 * @param metadata what is known about the document before reading it
 */
public record RawDocument(
    String id,
    String source,
    byte[] content,
    MediaType type,
    Charset declaredCharset,
    SourceMetadata metadata)
    implements IngestItem {
  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metadata, "metadata");
  }

  /** A document with an id derived from its content and its media type. */
  public static RawDocument of(
      String source, byte[] content, MediaType type, Charset declared, SourceMetadata metadata) {
    String id =
        ContentId.of(
            'a', content, type.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return new RawDocument(id, source, content, type, declared, metadata);
  }

  public RawDocument withMetadata(SourceMetadata more) {
    return new RawDocument(id, source, content, type, declaredCharset, more);
  }
}
