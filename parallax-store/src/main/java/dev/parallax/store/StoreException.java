package dev.parallax.store;

/**
 * A store that cannot be opened, read or written: the message names the file and says why (not an
 * SQLite file, written by a newer Parallax, a row that no longer reads, a disk error).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
