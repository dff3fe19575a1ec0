package dev.parallax.actors;

import dev.parallax.model.PartialDate;
import java.util.Locale;
import java.util.Optional;

/** Turns rows into records; each method throws IllegalArgumentException on a bad row. */
final class KbRows {
  private KbRows() {}

  static Country country(KbTsv.Row r) {
    String alpha3 = r.cell(1).toUpperCase(Locale.ROOT);
    String cameo = r.cell(2).toUpperCase(Locale.ROOT);
    return new Country(
        r.cell(0).toUpperCase(Locale.ROOT),
        alpha3,
        cameo.isEmpty() ? alpha3 : cameo,
        r.cell(3),
        r.cell(4),
        r.list(5),
        r.list(6),
        r.list(7));
  }

  static Organization organization(KbTsv.Row r) {
    return new Organization(
        r.cell(0),
        r.cell(1).toUpperCase(Locale.ROOT),
        r.cell(2),
        r.list(3),
        r.cell(4).toUpperCase(Locale.ROOT),
        r.cell(5),
        r.cell(6).toUpperCase(Locale.ROOT),
        r.cell(7),
        r.cell(8));
  }

  static Metonym metonym(KbTsv.Row r) {
    return new Metonym(
        r.cell(0),
        r.cell(1),
        r.cell(2).toUpperCase(Locale.ROOT),
        Metonym.Kind.parse(r.cell(3)),
        "",
        r.cell(4));
  }

  static RoleCode role(KbTsv.Row r) {
    return new RoleCode(r.cell(0).toUpperCase(Locale.ROOT), r.cell(1), r.list(2));
  }

  static OfficeTerm term(KbTsv.Row r) {
    return new OfficeTerm(
        r.cell(0),
        r.list(1),
        r.cell(2),
        r.cell(3),
        r.cell(4),
        r.cell(5).isEmpty()
            ? OfficeFunction.OTHER
            : OfficeFunction.valueOf(r.cell(5).toUpperCase(Locale.ROOT)),
        r.cell(6).toUpperCase(Locale.ROOT),
        date(r.cell(7)),
        date(r.cell(8)),
        r.cell(9));
  }

  private static Optional<PartialDate> date(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(s));
  }
}
