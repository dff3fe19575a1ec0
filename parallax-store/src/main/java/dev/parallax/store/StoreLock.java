package dev.parallax.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one writer of a store: an operating-system lock on a file beside it ({@code corpus.db.lock}),
 * which dies with its process, so a killed writer leaves no stale lock. The file holds the holder's
 * pid, host and start time, for the message a second writer gets. Within one JVM the stores held
 * are also kept in a table: a second channel on the lock file would release the lock when closed
 * (POSIX locks belong to the process), so the file is never opened twice in a process.
 */
final class StoreLock implements AutoCloseable {
  private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of the store in {@code store}. */
  static Path fileOf(Path store) {
    Path absolute = store.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".lock");
  }

  /**
   * Takes the lock of the store in {@code store}, at once or not at all.
   *
   * @throws StoreException when another process (or this one) holds it, naming the holder, or the
   *     lock file cannot be written
   */
  static StoreLock acquire(Path store) {
    Path file = fileOf(store);
    String me = holder();
    String other = HELD.putIfAbsent(file, me);
    if (other != null) {
      throw inUse(store, file, other);
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String details = read(channel);
        channel.close();
        throw inUse(store, file, details.isBlank() ? "another process" : details);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new StoreLock(file, channel, lock);
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      closeQuietly(channel, e);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(
          "cannot lock store " + store + " (lock file " + file + "): " + e.getMessage(), e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1024);
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
  }

  /** How the description of a server with ingestion holding a store begins. */
  static final String SERVER = "a Parallax server with ingestion at";

  /** The message for a store a server with ingestion writes. */
  static String heldByServer(String store, String holder) {
    return "store "
        + store
        + " is in use by "
        + holder
        + ": while that server runs it is the store's one writer; post the articles to its"
        + " POST /api/articles, or stop it first";
  }

  /** Rewrites what the lock file says of its holder. */
  void describe(String text) {
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
    } catch (IOException e) {
      throw new StoreException("cannot write the lock file " + file + ": " + e.getMessage(), e);
    }
    HELD.put(file, text);
  }

  private static StoreException inUse(Path store, Path lockFile, String holder) {
    if (holder.startsWith(SERVER)) {
      return new StoreException(heldByServer(store.toString(), holder));
    }
    return new StoreException(
        "store "
            + store
            + " is in use by another analysis ("
            + holder
            + "); one analysis at a time writes a store: wait for it to finish (the lock is "
            + lockFile
            + ", held while that process lives)");
  }

  /** Who takes the lock: this process's pid, host and start time. */
  static String holder() {
    ProcessHandle self = ProcessHandle.current();
    String started =
        self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString();
    return "pid " + self.pid() + " on host " + host() + ", started " + started;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void closeQuietly(FileChannel channel, Exception failure) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Releases the lock; the file stays, its details stale but harmless. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new StoreException("cannot release the lock " + file + ": " + e.getMessage(), e);
    } finally {
      HELD.remove(file);
    }
  }
}
