package dev.parallax.pipeline;

import dev.parallax.model.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of a run, whole or clearly absent. The folder is marked as Parallax's ({@link
 * OutputFolder#MARKER}); a folder that holds anything else and no mark is refused. A run writes its
 * files into {@value #PARTIAL} inside the folder and, when all are written, {@link #commit} moves
 * them into place: the previous run's files not written again are removed, {@code run.json} is
 * removed first and moved in last. So the folder holds the files of one run, and a set is complete
 * exactly when it has {@code run.json}; a run killed before its commit leaves the previous set
 * untouched and its {@value #PARTIAL} folder beside it, which the next run into the folder removes.
 */
public final class OutputSet {
  private static final Logger LOG = LoggerFactory.getLogger(OutputSet.class);

  /** The folder a run writes into before its files are complete. */
  public static final String PARTIAL = ".parallax-partial";

  /** The file whose presence says the set is complete: moved in last, removed first. */
  static final String RUN = "run.json";

  /** Every file a run may write: a later run removes those it does not write again. */
  static final List<String> FILES = files();

  private static List<String> files() {
    List<String> files = new ArrayList<>();
    files.add("articles.jsonl");
    files.addAll(RecordFiles.CORPUS_FILES);
    files.addAll(List.of("report.html", "diagnostics.jsonl", RUN));
    return List.copyOf(files);
  }

  private static final String MARK_TEXT =
      "This folder holds the output of a Parallax analysis (parallax analyze --out)."
          + " A run into it replaces its files; Parallax never reads it as input.\n";

  private final Path out;
  private final Path partial;
  private boolean committing;

  private OutputSet(Path out) {
    this.out = out;
    this.partial = out.resolve(PARTIAL);
  }

  /**
   * Checks that {@code out} can take a run's output: a folder that is missing, empty or marked as
   * Parallax's, and writable. Creates and marks it. Nothing else is written.
   *
   * @throws IllegalArgumentException when {@code out} holds files Parallax did not write
   * @throws IOException when it is not a folder, or cannot be created or written
   */
  public static void check(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new java.nio.file.FileSystemException(
          out.toString(), null, "exists and is not a folder");
    }
    if (Files.isDirectory(out)
        && !Files.exists(out.resolve(OutputFolder.MARKER))
        && !isEmpty(out)) {
      throw new IllegalArgumentException(
          out
              + " holds files Parallax did not write (it has no "
              + OutputFolder.MARKER
              + " mark); name an empty or new folder, or an earlier run's output folder");
    }
    Files.createDirectories(out);
    Path mark = out.resolve(OutputFolder.MARKER);
    // writes the mark even when present: the check that the folder is writable
    Files.writeString(mark, MARK_TEXT);
  }

  /**
   * Checks {@code out} ({@link #check}) and starts a set in it, with an empty {@value #PARTIAL}
   * folder (an unfinished run's is removed, said on screen).
   */
  static OutputSet open(Path out) throws IOException {
    check(out);
    OutputSet set = new OutputSet(out);
    if (Files.exists(set.partial)) {
      LOG.warn(
          "an earlier run into {} did not finish; its partial files ({}) are removed",
          out,
          PARTIAL);
      delete(set.partial);
    }
    Files.createDirectory(set.partial);
    return set;
  }

  /** Where the run writes the file {@code name} until the commit. */
  Path file(String name) {
    if (!FILES.contains(name)) {
      throw new IllegalArgumentException(name + " is not an output file");
    }
    return partial.resolve(name);
  }

  /**
   * Moves the files written into place: removes {@code run.json}, then the previous run's files
   * this run did not write, moves the new files in, {@code run.json} last, and removes the partial
   * folder.
   */
  void commit() throws IOException {
    committing = true;
    Files.deleteIfExists(out.resolve(RUN));
    List<String> written = new ArrayList<>();
    for (String name : FILES) {
      if (Files.exists(partial.resolve(name))) {
        written.add(name);
      } else {
        Files.deleteIfExists(out.resolve(name));
      }
    }
    written.remove(RUN);
    written.add(RUN);
    for (String name : written) {
      Path from = partial.resolve(name);
      if (Files.exists(from)) {
        move(from, out.resolve(name));
      }
    }
    delete(partial);
  }

  /** Whether the commit began: the previous set is no longer whole (and has no run.json). */
  boolean committing() {
    return committing;
  }

  /** Removes what the run wrote; the previous set stays as it was unless the commit began. */
  void abandon() {
    try {
      delete(partial);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot remove the partial output {}: {}", partial, e.toString());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      // a folder of that name (a file cannot replace it): say which
      throw new FileAlreadyExistsException(to.toString(), null, "is in the way of an output file");
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (NoSuchFileException e) {
          // already gone
        }
      }
    }
  }
}
