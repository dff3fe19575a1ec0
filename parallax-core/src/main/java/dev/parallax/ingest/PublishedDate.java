package dev.parallax.ingest;

import dev.parallax.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that inputs state: ISO 8601 dates and timestamps ({@code 2024-03-02},
 * {@code 2024-03-02T18:30:00Z}, {@code 2024-03-02T18:30:00+01:00}) and RFC 1123 as RSS and HTTP
 * write it ({@code Sat, 02 Mar 2024 18:30:00 GMT}).
 *
 * <p>A timestamp keeps the calendar day written in it (the outlet's local day), not the UTC day:
 * that is the day the outlet says it published.
 */
final class PublishedDate {
  private static final Pattern PARTIAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern ISO_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

  private PublishedDate() {}

  /**
   * @return the date, or null when {@code text} is null or blank
   * @throws IllegalArgumentException when {@code text} is not a date in a known form
   */
  static PartialDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      if (PARTIAL.matcher(s).matches()) {
        return PartialDate.parse(s);
      }
      if (ISO_TIMESTAMP.matcher(s).matches()) {
        return PartialDate.parse(s.substring(0, 10));
      }
      return PartialDate.of(
          ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a date: '" + text + "'", e);
    }
  }

  /** The UTC day of {@code date}, or null. */
  static PartialDate of(Date date) {
    return date == null
        ? null
        : PartialDate.of(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
  }
}
