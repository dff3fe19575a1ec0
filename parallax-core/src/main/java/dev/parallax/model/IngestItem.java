package dev.parallax.model;

/** What a reader yields for each input it finds: a document to clean, or a rejection. */
public sealed interface IngestItem permits RawDocument, Rejection {
  String id();

  String source();
}
