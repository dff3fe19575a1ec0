package dev.parallax.cli;

import dev.parallax.store.StoreLocation;
import picocli.CommandLine;

/**
 * Reads {@code --store}: an SQLite file path or a PostgreSQL address ({@link StoreLocation}); any
 * other address is a usage error, never a file name.
 */
final class StoreLocations implements CommandLine.ITypeConverter<StoreLocation> {
  /** The help text of {@code --store} that every command shares. */
  static final String HELP =
      " An SQLite file path, or a PostgreSQL database: postgresql://host:port/db (also postgres://"
          + " and jdbc:postgresql://), with parts left out taken from PGHOST, PGPORT, PGDATABASE"
          + " and PGUSER, and the password from PGPASSWORD or a password file (PGPASSFILE,"
          + " ~/.pgpass), never from the command line.";

  @Override
  public StoreLocation convert(String value) {
    try {
      return StoreLocation.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
