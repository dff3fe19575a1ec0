package dev.parallax.serve;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Every request parameter read through one check: a bad one is a 400 that says what is wrong. */
final class Params {
  private Params() {}

  /** A request refused with a 4xx status and a message for the user. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  static Refused bad(String message) {
    return new Refused(400, message);
  }

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,32}");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  /** Refuses parameters the route does not take, and any parameter given twice. */
  static void only(Context ctx, Set<String> allowed) {
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(p.getKey())) {
        throw bad("unknown parameter " + p.getKey() + "; this route takes " + sorted(allowed));
      }
      if (p.getValue().size() > 1) {
        throw bad("parameter " + p.getKey() + " given more than once");
      }
    }
  }

  private static String sorted(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(names));
  }

  /** A record id in the path (a kind letter and hex digits, as OUTPUT.md makes them). */
  static String id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (!ID.matcher(v).matches()) {
      throw bad(name + " must be a record id (letters, digits, - and _; at most 64)");
    }
    return v;
  }

  /** An actor code (CAMEO: capital letters and digits), from the path. */
  static String code(String name, String v) {
    if (v == null || !CODE.matcher(v).matches()) {
      throw bad(name + " must be an actor code such as RUS or RUSGOV (2 to 32 capitals or digits)");
    }
    return v;
  }

  /** An ISO date (2021, 2021-10, 2021-10-23) or null when absent or empty. */
  static String date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!DATE.matcher(v).matches()) {
      throw bad(name + " must be an ISO date: 2021, 2021-10 or 2021-10-23");
    }
    return v;
  }

  /** A text parameter of at most 200 characters without control characters, or null. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.length() > 200 || v.chars().anyMatch(Character::isISOControl)) {
      throw bad(name + " must be at most 200 characters without control characters");
    }
    return v;
  }

  /** An optional actor code parameter. */
  static String codeParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isEmpty() ? null : code(name, v);
  }

  /** An optional record id parameter (a cursor). */
  static String idParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!ID.matcher(v).matches()) {
      throw bad(name + " must be a cursor from a previous page");
    }
    return v;
  }

  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  /** A month (2021-10), from the path. */
  static String month(String name, String v) {
    if (v == null || !MONTH.matcher(v).matches()) {
      throw bad(name + " must be a month such as 2021-10");
    }
    return v;
  }

  /** An optional month parameter (2021-10), or null. */
  static String month(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isEmpty() ? null : month(name, v);
  }

  private static final Pattern CAMEO_ROOT = Pattern.compile("[01]\\d|20");

  /** A CAMEO root code (two digits, 01 to 20), or null. */
  static String cameoRoot(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!CAMEO_ROOT.matcher(v).matches() || v.equals("00")) {
      throw bad(name + " must be a CAMEO root code from 01 to 20");
    }
    return v;
  }

  /**
   * A quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
   * conflict), or null.
   */
  static Integer quadClass(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!v.matches("[1-4]")) {
      throw bad(name + " must be a quad class from 1 to 4");
    }
    return Integer.valueOf(v);
  }

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /** A language code (ISO 639: en, ru, sr), or null. */
  static String language(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!LANGUAGE.matcher(v).matches()) {
      throw bad(name + " must be a language code such as en or ru");
    }
    return v;
  }

  /** A yes/no parameter: true, false, or absent (false). */
  static boolean flag(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty() || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw bad(name + " must be true or false");
  }

  /** A page size in [1, max]; {@code dflt} when absent. */
  static int limit(Context ctx, String name, int dflt, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw bad(name + " must be a whole number from 1 to " + max);
  }

  /** A text parameter of at most {@code max} characters without control characters, or null. */
  static String text(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw bad(name + " must be at most " + max + " characters without control characters");
    }
    return v;
  }

  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,600}");

  /** An opaque cursor a previous answer gave (base64url), or null. */
  static String cursor(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!CURSOR.matcher(v).matches()) {
      throw bad(name + " must be a cursor from a previous page");
    }
    return v;
  }
}
