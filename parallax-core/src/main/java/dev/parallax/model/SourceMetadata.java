package dev.parallax.model;

/**
 * What is known about an input before it is read: from a manifest, a JSON Lines record, a WARC
 * header or a feed item. Every field may be null.
 *
 * @param language ISO 639-1 code
 */
public record SourceMetadata(
    String url, String outlet, PartialDate published, String title, String language) {

  public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null);

  /** This metadata with each null field taken from {@code fallback}. */
  public SourceMetadata orElse(SourceMetadata fallback) {
    return new SourceMetadata(
        url != null ? url : fallback.url,
        outlet != null ? outlet : fallback.outlet,
        published != null ? published : fallback.published,
        title != null ? title : fallback.title,
        language != null ? language : fallback.language);
  }
}
