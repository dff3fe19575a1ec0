/**
 * Ingest: turns the files and folders a user names into {@link dev.parallax.model.RawDocument}s and
 * {@link dev.parallax.model.Rejection}s, so every input is accounted for.
 *
 * <p>Consumes paths and an optional {@link dev.parallax.ingest.Manifest}; produces a stream of
 * {@link dev.parallax.model.IngestItem}s. One {@link dev.parallax.ingest.InputReader} per format.
 */
package dev.parallax.ingest;
