package dev.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a store is, as a user writes it after {@code --store}: an SQLite file path, or a PostgreSQL
 * database as {@code postgresql://host:port/db}, {@code postgres://...} or {@code
 * jdbc:postgresql://...}. Host, port, database and user left out of the address come from the
 * standard PostgreSQL environment variables ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
 * {@code PGUSER}, else the operating-system user); the password from {@code PGPASSWORD}, else from
 * the password file ({@code PGPASSFILE} or {@code ~/.pgpass}, read by the driver), never from the
 * address: an address holding a password is refused, as is anything else that looks like an address
 * ({@code mysql://...}, {@code jdbc:sqlite:...}).
 */
public sealed interface StoreLocation {

  /** The store as messages name it (a PostgreSQL address without credentials). */
  String display();

  /** An SQLite store in one file. */
  record SqliteFile(Path file) implements StoreLocation {
    @Override
    public String display() {
      return file.toString();
    }
  }

  /**
   * A PostgreSQL database.
   *
   * @param url the JDBC address, without user or password
   * @param user the user name, or null for the driver's default
   * @param password the password from {@code PGPASSWORD}, or null (the driver then reads the
   *     password file)
   */
  record Postgres(String url, String user, String password) implements StoreLocation {
    @Override
    public String display() {
      return url.substring("jdbc:".length()) + (user == null ? "" : " as " + user);
    }

    /** The connection properties for the driver: the user and password, when known. */
    public Properties properties() {
      Properties p = new Properties();
      if (user != null) {
        p.setProperty("user", user);
      }
      if (password != null) {
        p.setProperty("password", password);
      }
      return p;
    }

    @Override
    public String toString() {
      return "Postgres[" + display() + "]";
    }
  }

  /** A scheme ({@code word://} or {@code jdbc:}) that makes a value an address, not a path. */
  Pattern ADDRESS = Pattern.compile("(?i)^(jdbc:|[a-z][a-z0-9+.-]*://)");

  /** Reads a location with the process's environment. */
  static StoreLocation parse(String value) {
    return parse(value, System.getenv());
  }

  /**
   * Reads a location.
   *
   * @param env the environment the PostgreSQL defaults come from
   * @throws IllegalArgumentException with a message for the user when the value is empty, an
   *     address of another kind, holds a password, or is not a well-formed address
   */
  static StoreLocation parse(String value, Map<String, String> env) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a store is an SQLite file path or a PostgreSQL address");
    }
    if (!ADDRESS.matcher(value).find()) {
      return new SqliteFile(Path.of(value));
    }
    String lower = value.toLowerCase(Locale.ROOT);
    String rest;
    if (lower.startsWith("jdbc:postgresql://")) {
      rest = value.substring("jdbc:postgresql://".length());
    } else if (lower.startsWith("postgresql://")) {
      rest = value.substring("postgresql://".length());
    } else if (lower.startsWith("postgres://")) {
      rest = value.substring("postgres://".length());
    } else {
      throw new IllegalArgumentException(
          value
              + " is neither a file path nor a PostgreSQL address (postgresql://host:port/db,"
              + " postgres://... or jdbc:postgresql://...)");
    }
    return postgres(value, rest, env);
  }

  private static StoreLocation postgres(String value, String rest, Map<String, String> env) {
    URI uri;
    if (rest.isEmpty()) {
      rest = "/";
    }
    try {
      uri = new URI("postgresql://" + rest);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          value + " is not a well-formed PostgreSQL address: " + e.getReason(), e);
    }
    String user = null;
    if (uri.getRawUserInfo() != null) {
      if (uri.getRawUserInfo().contains(":")) {
        throw new IllegalArgumentException(
            "a password does not belong on the command line: leave it out of --store and set"
                + " PGPASSWORD or a password file (PGPASSFILE or ~/.pgpass)");
      }
      user = uri.getUserInfo();
    }
    if (uri.getRawQuery() != null
        && uri.getRawQuery().toLowerCase(Locale.ROOT).contains("password")) {
      throw new IllegalArgumentException(
          "a password does not belong on the command line: leave it out of --store and set"
              + " PGPASSWORD or a password file (PGPASSFILE or ~/.pgpass)");
    }
    String host = uri.getHost() != null ? uri.getHost() : env.getOrDefault("PGHOST", "localhost");
    if (host.startsWith("/")) {
      throw new IllegalArgumentException(
          "PGHOST "
              + host
              + " is a Unix socket folder, which the JDBC driver cannot use: set PGHOST to a host"
              + " name, or name the host in --store");
    }
    int port =
        port(
            uri.getPort() >= 0
                ? Integer.toString(uri.getPort())
                : env.getOrDefault("PGPORT", "5432"));
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    String database = path.isEmpty() ? env.get("PGDATABASE") : path;
    if (user == null) {
      // as libpq: the operating-system user when PGUSER is unset
      user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
    }
    if (database == null || database.isEmpty()) {
      database = user;
    }
    if (database == null || database.isEmpty() || database.contains("/")) {
      throw new IllegalArgumentException(
          value + " names no database: write postgresql://host:port/DATABASE (or set PGDATABASE)");
    }
    String url =
        "jdbc:postgresql://"
            + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
            + ":"
            + port
            + "/"
            + database
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String password = env.get("PGPASSWORD");
    return new Postgres(url, user, password == null || password.isEmpty() ? null : password);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new IllegalArgumentException("port " + value + " is not a port number");
  }
}
