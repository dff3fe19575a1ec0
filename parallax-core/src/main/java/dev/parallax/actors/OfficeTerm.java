package dev.parallax.actors;

import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One term of one person in one office, or (for imported dictionaries) one dated actor code of a
 * named actor.
 *
 * <p>Dates: the term starts on {@code start} and ends on {@code end}, normally the successor's
 * first day, so on a hand-over day only the successor holds the office. A date known only to the
 * month or year covers that whole month or year. An empty start means "since before anything we
 * know", an empty end "still in office, as far as the data knows".
 *
 * @param person canonical name
 * @param variants other spellings and transliterations
 * @param surname the name used alone for the person (defaults to the last word of person)
 * @param holder country code or organisation id whose office it is, or empty
 * @param office the title as the holder styles it, or empty
 * @param function what the office is
 * @param code CAMEO actor code of the person in office (KSVGOV)
 * @param start first day
 * @param end the day the term ended
 * @param note acting terms, uncertainty
 */
public record OfficeTerm(
    String person,
    List<String> variants,
    String surname,
    String holder,
    String office,
    OfficeFunction function,
    String code,
    Optional<PartialDate> start,
    Optional<PartialDate> end,
    String note)
    implements KbEntry {

  public OfficeTerm {
    if (person == null || SurfaceForm.key(person).isEmpty()) {
      throw new IllegalArgumentException("office term without a person");
    }
    variants = List.copyOf(variants);
    if (surname == null || surname.isBlank()) {
      String[] words = person.strip().split("\\s+");
      surname = words[words.length - 1];
    }
    holder = Objects.requireNonNullElse(holder, "");
    office = Objects.requireNonNullElse(office, "");
    Objects.requireNonNull(function, "function");
    if (code == null || !code.matches("[A-Z0-9]{3,}")) {
      throw new IllegalArgumentException("bad CAMEO code for " + person + ": " + code);
    }
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isPresent() && end.isPresent() && !firstDay(start.get()).isBefore(limit(end.get()))) {
      throw new IllegalArgumentException(
          person + ": term ends " + end.get() + " before it starts " + start.get());
    }
    note = Objects.requireNonNullElse(note, "");
  }

  /** True when the term covers {@code date}. */
  public boolean heldOn(LocalDate date) {
    return start.map(s -> !date.isBefore(firstDay(s))).orElse(true)
        && end.map(e -> date.isBefore(limit(e))).orElse(true);
  }

  @Override
  public String label() {
    return person;
  }

  @Override
  public String actorCode() {
    return code;
  }

  private static LocalDate firstDay(PartialDate d) {
    return LocalDate.of(d.year(), Math.max(d.month(), 1), Math.max(d.day(), 1));
  }

  /** The first day no longer covered by an end date. */
  private static LocalDate limit(PartialDate d) {
    return switch (d.precision()) {
      case DAY -> LocalDate.of(d.year(), d.month(), d.day());
      case MONTH -> LocalDate.of(d.year(), d.month(), 1).plusMonths(1);
      case YEAR -> LocalDate.of(d.year() + 1, 1, 1);
    };
  }
}
