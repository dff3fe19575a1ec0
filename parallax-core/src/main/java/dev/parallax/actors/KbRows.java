package dev.parallax.actors;

import dev.parallax.model.PartialDate;
import dev.parallax.resources.TableRow;
import java.util.Locale;
import java.util.Optional;

/** Turns rows into records; each method throws IllegalArgumentException on a bad row. */
final class KbRows {
  private KbRows() {}

  static Country country(TableRow r) {
    String alpha3 = upper(r, "alpha3");
    String cameo = upper(r, "cameo");
    return new Country(
        upper(r, "alpha2"),
        alpha3,
        cameo.isEmpty() ? alpha3 : cameo,
        r.text("name"),
        r.text("official_name"),
        r.list("aliases"),
        r.list("demonyms"),
        r.list("capital"));
  }

  static Organization organization(TableRow r) {
    return new Organization(
        r.text("id"),
        upper(r, "code"),
        r.text("name"),
        r.list("aliases"),
        upper(r, "type"),
        r.text("parent"),
        upper(r, "country"),
        r.text("source"),
        r.text("note"));
  }

  static Metonym metonym(TableRow r) {
    return new Metonym(
        r.text("surface"),
        r.text("target"),
        upper(r, "role"),
        Metonym.Kind.parse(r.text("kind")),
        "",
        r.text("note"));
  }

  static RoleCode role(TableRow r) {
    return new RoleCode(upper(r, "code"), r.text("description"), r.list("nouns"));
  }

  static OfficeTerm term(TableRow r) {
    return new OfficeTerm(
        r.text("person"),
        r.list("variants"),
        r.text("surname"),
        r.text("holder"),
        r.text("office"),
        r.kind("function", OfficeFunction.class),
        upper(r, "code"),
        date(r.text("start")),
        date(r.text("end")),
        r.text("note"));
  }

  private static String upper(TableRow r, String column) {
    return r.text(column).toUpperCase(Locale.ROOT);
  }

  private static Optional<PartialDate> date(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(s));
  }
}
