package dev.parallax.ingest;

import dev.parallax.model.OutputFolder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the files a user means by an input path: a file, or every file under a folder, following
 * symbolic links to files and folders. What cannot be read as a file becomes a rejection naming it:
 * a missing path, a dangling link, a symlink loop, a FIFO, device or socket (never opened, so never
 * a hang or an endless read), an unreadable folder (only that folder: its readable siblings are
 * still read). A folder marked as Parallax output ({@link OutputFolder#MARKER}) is not read, and
 * says so once in the log, as a warning (the CLI shows warnings by default). Entries come sorted by
 * path, so runs are deterministic. Not thread-safe: one per call.
 */
final class InputWalker {
  private static final Logger LOG = LoggerFactory.getLogger(InputWalker.class);

  /**
   * Most links followed in one chain before it counts as a loop: Linux's own limit (MAXSYMLINKS,
   * 40), at which {@code open} fails with ELOOP.
   */
  private static final int MAX_LINK_HOPS = 40;

  /** The mask and values of the file-type bits of a Unix mode (sys/stat.h). */
  private static final int S_IFMT = 0170000;

  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  /**
   * One thing found: a regular file to read, or a rejection reason for the path; with its path as
   * the user reaches it and its real path (the absolute path where the real one is unknown), by
   * which a thing named twice is told.
   */
  record Found(Path path, Path real, String rejected) {
    boolean isFile() {
      return rejected == null;
    }
  }

  private final List<Found> found = new ArrayList<>();

  /** What {@code input} names, sorted by path. */
  static List<Found> walk(Path input) {
    InputWalker walker = new InputWalker();
    walker.visit(input, new ArrayDeque<>());
    walker.found.sort(Comparator.comparing(Found::path));
    return walker.found;
  }

  private void visit(Path path, Deque<Path> ancestors) {
    boolean link = Files.isSymbolicLink(path);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      reject(path, "no such file or folder");
      return;
    }
    Path real;
    BasicFileAttributes attrs;
    try {
      real = path.toRealPath();
      attrs = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      reject(path, link ? "dangling symlink: its target does not exist" : "no such file or folder");
      return;
    } catch (IOException e) {
      reject(path, link && isLinkLoop(path) ? "symlink loop" : "unreadable: " + reason(e));
      return;
    }
    if (attrs.isDirectory()) {
      folder(path, real, ancestors);
    } else if (!attrs.isRegularFile()) {
      found.add(new Found(path, real, "not a regular file: " + kindOf(real) + " is not read"));
    } else if (!Files.isReadable(real)) {
      found.add(new Found(path, real, "unreadable: permission denied"));
    } else {
      found.add(new Found(path, real, null));
    }
  }

  private void folder(Path path, Path real, Deque<Path> ancestors) {
    if (ancestors.contains(real)) {
      found.add(
          new Found(
              path, path.toAbsolutePath().normalize(), "symlink loop: it leads back to " + real));
      return;
    }
    if (Files.exists(real.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      // A warning, so it is on screen at the default verbosity: the user named this folder.
      LOG.warn(
          "not reading {}: it is a Parallax output folder ({} marks it)",
          path,
          OutputFolder.MARKER);
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      entries.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      reject(path, "unreadable folder: " + reason(e));
      return;
    }
    ancestors.push(real);
    for (Path child : children) {
      visit(child, ancestors);
    }
    ancestors.pop();
  }

  private void reject(Path path, String reason) {
    found.add(new Found(path, path.toAbsolutePath().normalize(), reason));
  }

  /** Whether following {@code link} comes back to a link already passed. */
  private static boolean isLinkLoop(Path link) {
    Set<Path> seen = new HashSet<>();
    Path current = link.toAbsolutePath().normalize();
    for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
      if (!seen.add(current)) {
        return true;
      }
      if (!Files.isSymbolicLink(current)) {
        return false;
      }
      try {
        Path target = Files.readSymbolicLink(current);
        current = current.resolveSibling(target).normalize();
      } catch (IOException e) {
        return false;
      }
    }
    return true; // as many hops as the kernel allows: the kernel too calls this a loop
  }

  /** What kind of special file {@code real} is, from its Unix mode where the platform tells it. */
  static String kindOf(Path real) {
    try {
      int type = (Integer) Files.getAttribute(real, "unix:mode") & S_IFMT;
      return switch (type) {
        case S_IFIFO -> "a FIFO (named pipe)";
        case S_IFCHR -> "a character device";
        case S_IFBLK -> "a block device";
        case S_IFSOCK -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return Rejections.detail(e);
  }
}
