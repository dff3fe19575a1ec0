package dev.parallax.spark;

import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import java.io.Serializable;
import java.nio.charset.Charset;

/**
 * One input as an executor read it, shipped to the executor that analyses it: a document or an
 * input rejected while reading, with its position among the run's inputs. The ingest records are
 * not {@link Serializable}, so their fields travel here and are put together again on the executor.
 */
final class Shipped implements Serializable {
  private static final long serialVersionUID = 1L;

  final long index;
  final String source;
  private final String id;
  private final byte[] content;
  private final String type;
  private final String charset;
  private final String metadata;
  private final String rejected;
  private final String stage;

  private Shipped(
      long index,
      String id,
      String source,
      byte[] content,
      String type,
      String charset,
      String metadata,
      String rejected,
      String stage) {
    this.index = index;
    this.id = id;
    this.source = source;
    this.content = content;
    this.type = type;
    this.charset = charset;
    this.metadata = metadata;
    this.rejected = rejected;
    this.stage = stage;
  }

  static Shipped of(long index, IngestItem item) {
    if (item instanceof Rejection r) {
      return new Shipped(
          index, r.id(), r.source(), null, null, null, null, r.rejected(), r.stage());
    }
    RawDocument d = (RawDocument) item;
    return new Shipped(
        index,
        d.id(),
        d.source(),
        d.content(),
        d.type().name(),
        d.declaredCharset() == null ? null : d.declaredCharset().name(),
        Jsonl.line(d.metadata()),
        null,
        null);
  }

  /** This input numbered {@code index} among the run's inputs. */
  Shipped numbered(long index) {
    return new Shipped(index, id, source, content, type, charset, metadata, rejected, stage);
  }

  /** The input again: a {@link RawDocument} or a {@link Rejection}. */
  IngestItem item() {
    if (rejected != null) {
      return new Rejection(id, source, rejected, stage);
    }
    return new RawDocument(
        id,
        source,
        content,
        MediaType.valueOf(type),
        charset == null ? null : Charset.forName(charset),
        Jsonl.read(metadata, SourceMetadata.class));
  }
}
