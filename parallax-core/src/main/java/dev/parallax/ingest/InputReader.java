package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of input file into documents.
 *
 * <p>Contract: {@link #read} never throws for bad content. Whatever cannot be read (a corrupt
 * archive, an empty feed, an oversized record) is passed to {@code sink} as a {@link
 * dev.parallax.model.Rejection} with a reason a person understands, and reading goes on with the
 * next record where the format allows. Implementations are stateless and thread-safe; they stream,
 * holding at most one record in memory at a time.
 */
public interface InputReader {

  /** Whether this reader handles {@code file}, judged by its name. */
  boolean accepts(Path file);

  /**
   * Reads {@code file}, passing each document or rejection to {@code sink} in file order.
   *
   * @param source how the file was named by the user, for {@code source} fields
   */
  void read(Path file, String source, Consumer<IngestItem> sink);
}
