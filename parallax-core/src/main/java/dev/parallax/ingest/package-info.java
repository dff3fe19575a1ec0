/**
 * Ingest: turns the files and folders a user names into {@link dev.parallax.model.RawDocument}s and
 * {@link dev.parallax.model.Rejection}s, so every input is accounted for.
 *
 * <p>Consumes paths and an optional {@link dev.parallax.ingest.Manifest}; produces a stream of
 * {@link dev.parallax.model.IngestItem}s. One {@link dev.parallax.ingest.InputReader} per format:
 * plain pages ({@code .txt}, {@code .html}, {@code .htm}), gzip-compressed pages, JSON Lines, web
 * archives (WARC, via jwarc) and RSS/Atom feeds (via Rome). A record inside a file has the source
 * {@code file#n}. Every reader is bounded by {@link dev.parallax.ingest.IngestOptions}: no document
 * larger than the limit is ever held in memory, however large or compressed the input.
 */
package dev.parallax.ingest;
