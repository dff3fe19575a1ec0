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

  /**
   * @param bindHost the address the server listens on
   * @param token the token every request must carry, or null (loopback only)
   * @throws IllegalArgumentException when the address is not loopback and there is no token
   */
  Security(String bindHost, String token) {
    if (token == null && !isLoopback(bindHost)) {
      throw new IllegalArgumentException(
          "serving on "
              + bindHost
              + " (not loopback) needs a token: --token-file FILE or PARALLAX_SERVE_TOKEN");
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

  /** Runs before every route; throws {@link Params.Refused} to refuse. */
  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new Params.Refused(405, "serve only reads: GET and HEAD");
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
