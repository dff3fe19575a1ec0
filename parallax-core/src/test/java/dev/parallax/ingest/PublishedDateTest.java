package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.PartialDate;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class PublishedDateTest {
  @Test
  void readsIsoDatesTimestampsAndRfc1123() {
    assertThat(PublishedDate.parse("2024")).isEqualTo(PartialDate.ofYear(2024));
    assertThat(PublishedDate.parse("2024-03")).hasToString("2024-03");
    assertThat(PublishedDate.parse(" 2024-03-05 ")).hasToString("2024-03-05");
    assertThat(PublishedDate.parse("2024-03-05T23:30:00-05:00")).hasToString("2024-03-05");
    assertThat(PublishedDate.parse("2024-03-05 08:00")).hasToString("2024-03-05");
    assertThat(PublishedDate.parse("Tue, 5 Mar 2024 09:15:00 GMT")).hasToString("2024-03-05");
    assertThat(PublishedDate.parse("")).isNull();
    assertThat(PublishedDate.parse(null)).isNull();
  }

  @Test
  void rejectsWhatIsNotADate() {
    for (String bad : new String[] {"yesterday", "2024-13-01", "2024-02-30", "05/03/2024"}) {
      assertThatThrownBy(() -> PublishedDate.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
  }

  @Test
  void feedDatesAreTakenAsUtcDays() {
    assertThat(PublishedDate.of(Date.from(Instant.parse("2024-03-05T23:30:00Z"))))
        .hasToString("2024-03-05");
    assertThat(PublishedDate.of(null)).isNull();
  }
}
