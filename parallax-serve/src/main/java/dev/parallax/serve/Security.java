package dev.parallax.serve;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every request passes before a route sees it: the Host header names this server (DNS
 * rebinding), no cross-site request, the token when serving beyond loopback, only GET and HEAD, a
 * bounded URL; and the headers every answer carries (a Content-Security-Policy without inline
 * script among them).
 */
final class Security {
  static final String COOKIE = "parallax_token";

  /** The policy: scripts, styles and images from this server only; nothing inline, no framing. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final int MAX_URL = 2048;

  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("[A-Za-z0-9._~+/=-]{16,512}");

  private final Set<String> hosts;
  private final byte[] token;
  private final boolean loopback;
  private final boolean publicRead;

  /** As {@link #Security(String, String, boolean)} with reads guarded like writes. */
  Security(String bindHost, String token) {
    this(bindHost, token, false);
  }

  /**
   * @param bindHost the address the server listens on
   * @param token the token every request must carry, or null (loopback only)
   * @param publicRead whether reads (GET, HEAD) are open to all without the token; writes still
   *     need it beyond loopback
   * @throws IllegalArgumentException when the address is not loopback and there is no token, and
   *     reads are not public
   */
  Security(String bindHost, String token, boolean publicRead) {
    this.loopback = isLoopback(bindHost);
    this.publicRead = publicRead;
    if (token == null && !loopback && !publicRead) {
      throw new IllegalArgumentException(
          "serving on "
              + bindHost
              + " (not loopback) needs a token: --token-file FILE or PARALLAX_SERVE_TOKEN"
              + " (or --public-read for a server that only reads)");
    }
    if (token != null && !TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "the token must have at least 16 characters: letters, digits and . _ ~ + / = -");
    }
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    String bind = bindHost.toLowerCase(Locale.ROOT);
    Set<String> names = new java.util.HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    names.add(bind.contains(":") ? "[" + bind + "]" : bind);
    this.hosts = Set.copyOf(names);
  }

  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The paths a POST may go to, on a server with ingestion. */
  static final java.util.regex.Pattern WRITES =
      java.util.regex.Pattern.compile("/api/(articles|searches|searches/[A-Za-z0-9_-]{1,64}/seen)");

  /** The largest post of articles (its body), in bytes. */
  static final long MAX_POST_BYTES = 32L << 20;

  /** {@link #check(Context, boolean)} for a server without ingestion. */
  void check(Context ctx) {
    check(ctx, false);
  }

  /**
   * Runs before every route; throws {@link Params.Refused} to refuse. The token, when the server
   * has one (it must when not on loopback), is needed for reads and writes alike, unless reads are
   * public.
   *
   * @param ingesting whether the server takes posts of articles
   */
  void check(Context ctx, boolean ingesting) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    String method = ctx.method().name();
    if (method.equals("POST") && ingesting && WRITES.matcher(ctx.path()).matches()) {
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      // a form cannot send these without the browser asking first (CORS), which is refused
      if (!(type.startsWith("application/json")
          || type.startsWith("application/x-ndjson")
          || type.startsWith("application/jsonl"))) {
        throw new Params.Refused(
            415, "post articles as application/json (an object or array) or application/x-ndjson");
      }
    } else if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new Params.Refused(
          405,
          ingesting
              ? "serve reads with GET and HEAD, and takes articles with POST /api/articles"
              : "serve only reads: GET and HEAD (serve the store with --ingest to post articles)");
    } else if (ctx.contentLength() > ServeApp.MAX_REQUEST_BYTES) {
      throw new Params.Refused(413, "a request that reads carries no body");
    }
    String query = ctx.queryString();
    if (ctx.path().length() + (query == null ? 0 : query.length()) > MAX_URL) {
      throw new Params.Refused(414, "the URL is longer than " + MAX_URL + " characters");
    }
    String host = ctx.header("Host");
    if (host == null || !hosts.contains(hostName(host))) {
      throw new Params.Refused(
          421, "the Host header does not name this server (DNS rebinding is refused)");
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && site.equals("cross-site")) {
      throw new Params.Refused(403, "cross-site requests are refused");
    }
    String origin = ctx.header("Origin");
    if (origin != null
        && !origin.equalsIgnoreCase("http://" + host)
        && !origin.equalsIgnoreCase("https://" + host)) {
      throw new Params.Refused(403, "requests from another origin are refused");
    }
    String offered = ctx.queryParam("token");
    if (token != null && offered != null && method.equals("GET")) {
      // a browser's way in: the token once in the URL, then a cookie only this site sends
      if (!same(offered)) {
        throw new Params.Refused(401, "wrong token");
      }
      ctx.header("Set-Cookie", COOKIE + "=" + offered + "; Path=/; HttpOnly; SameSite=Strict");
      ctx.redirect(ctx.path(), io.javalin.http.HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    boolean read = method.equals("GET") || method.equals("HEAD");
    if (publicRead && read) {
      return;
    }
    if (token == null && !loopback) {
      // only a server with public reads gets here: it has no token to guard writes with
      throw new Params.Refused(401, "this server takes no writes beyond loopback without a token");
    }
    if (token != null && !tokenGiven(ctx)) {
      throw new Params.Refused(
          401,
          "this server needs its token: header Authorization: Bearer TOKEN, or open"
              + " /?token=TOKEN once in the browser");
    }
  }

  private boolean tokenGiven(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && same(auth.substring(7))) {
      return true;
    }
    String cookie = ctx.cookie(COOKIE);
    return cookie != null && same(cookie);
  }

  private boolean same(String given) {
    return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  /** The host name of a Host header, lower case, without the port. */
  static String hostName(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
