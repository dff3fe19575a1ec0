package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.LazyList;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.ScareQuote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCodecTest {
  private static final ActorKey MIRA = new ActorKey.Name(EntityType.PERSON, "mira kovac");
  private static final ActorKey OSMANI = ActorKey.person("vjosa osmani");

  @TempDir Path dir;

  /**
   * The four parts of one result exactly as the store wrote them while actor keys were strings,
   * with a key of every kind; without scare quotes, which stores kept from schema version 14.
   */
  private static ResultCodec.Encoded storedWithStringKeys() throws IOException {
    try (InputStream in =
        ResultCodecTest.class.getResourceAsStream("result-with-every-key-kind.txt")) {
      String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      return new ResultCodec.Encoded(parts[0], parts[1], parts[2], parts[3], null);
    }
  }

  /** {@code stored} with the scare quotes of {@code result}, as a store of version 14 keeps it. */
  private static ResultCodec.Encoded withScareQuotesOf(
      ResultCodec.Encoded stored, ArticleResult result) {
    return new ResultCodec.Encoded(
        stored.article(),
        stored.actors(),
        stored.events(),
        stored.quotes(),
        ResultCodec.encode(result).scareQuotes());
  }

  @Test
  void aResultStoredWithStringKeysReadsAsTypedKeysAndEncodesToTheSameBytes() throws IOException {
    ResultCodec.Encoded stored = storedWithStringKeys();

    ArticleResult result = ResultCodec.decode(stored);

    assertThat(result.actors().mentions())
        .extracting(ActorMention::key)
        .containsExactly(
            ActorKey.country("RUS"),
            OSMANI,
            ActorKey.organization("unmik"),
            new ActorKey.NationalBody("MDA", "foreign ministry"),
            new ActorKey.Name(EntityType.LOCATION, "zurich"),
            MIRA,
            new ActorKey.Name(EntityType.ORGANIZATION, "harbour board"));
    assertThat(result.events().get(0).target().key()).isEqualTo(OSMANI);
    assertThat(result.quotes().get(0).claim().speakerKey()).isEqualTo(MIRA);
    assertThat(result.scareQuotes())
        .isEqualTo(QuoteExtractor.scareQuotes(((Article) result.record()).body()));
    assertThat(ResultCodec.encode(result)).isEqualTo(withScareQuotesOf(stored, result));
  }

  /**
   * A stored result's events and quotes are decoded when first read (most runs growing a large
   * store read few articles' events and quotes): the rest of a result whose events or quotes are
   * damaged reads, and reading them fails naming the article.
   */
  @Test
  void eventsAndQuotesAreDecodedWhenFirstReadAndDamagedOnesNameTheirArticle() throws IOException {
    ResultCodec.Encoded stored = storedWithStringKeys();
    ArticleResult result = ResultCodec.decode(stored);
    for (List<?> part : List.of(result.events(), result.quotes())) {
      assertThat(part).isInstanceOf(LazyList.class);
      assertThat(((LazyList<?>) part).isMade()).isFalse();
    }
    assertThat(result.events()).hasSize(ResultCodec.decode(stored).events().size()).isNotEmpty();
    assertThat(result.quotes()).hasSize(ResultCodec.decode(stored).quotes().size());
    assertThat(((LazyList<?>) result.events()).isMade()).isTrue();
    assertThat(((LazyList<?>) result.quotes()).isMade()).isTrue();

    ArticleResult damaged =
        ResultCodec.decode(
            new ResultCodec.Encoded(
                stored.article(), stored.actors(), "[{\"event\":", "[{\"quote\":", null));
    assertThat(damaged.actors().mentions()).hasSize(result.actors().mentions().size());
    assertThatThrownBy(() -> damaged.events().size())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("events of stored article " + result.record().id());
    assertThatThrownBy(() -> damaged.quotes().size())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("quotes of stored article " + result.record().id());
  }

  @Test
  void theStoreSavesSuchAResultAsTheSameTextAndReadsItBackEqual() throws Exception {
    ResultCodec.Encoded stored = storedWithStringKeys();
    ArticleResult result = ResultCodec.decode(stored);
    Path file = dir.resolve("corpus.db");
    try (RelationalStore store = RelationalStore.open(file)) {
      store.save(result);
    }
    assertThat(row(file)).isEqualTo(withScareQuotesOf(stored, result));
    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.results()).containsExactly(result);
    }
  }

  /**
   * Scare quotes are stored with the other extractions and read back; an article stored without
   * them (before schema version 14) has them found again from its body.
   */
  @Test
  void scareQuotesAreReadAsStoredElseFoundAgainFromTheBody() throws Exception {
    ArticleResult old = ResultCodec.decode(storedWithStringKeys());
    Article a = (Article) old.record();
    String body = a.body() + " Officials called the closure a \"technical pause\" on Monday.";
    Article article = a.withText(body, a.removed());
    ArticleResult result =
        new ArticleResult(
            article,
            old.actors(),
            old.events(),
            old.quotes(),
            QuoteExtractor.scareQuotes(body),
            List.of());
    assertThat(result.scareQuotes())
        .extracting(ScareQuote::term)
        .containsExactly("technical pause");
    Path file = dir.resolve("scare.db");
    try (RelationalStore store = RelationalStore.open(file)) {
      store.save(result);
    }
    assertThat(row(file).scareQuotes()).contains("technical pause");
    execute(file, "UPDATE articles SET scare_quotes = '[]'");
    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.results().get(0).scareQuotes()).as("as stored").isEmpty();
    }
    execute(file, "UPDATE articles SET scare_quotes = NULL");
    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.results()).as("found again").containsExactly(result);
    }
  }

  private static void execute(Path file, String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  /** An event dated by a day without a year ("on October 22") is stored and read back. */
  @Test
  void anEventWithADayButNoYearIsStoredAndReadBack() throws Exception {
    ArticleResult stored = ResultCodec.decode(storedWithStringKeys());
    ExtractedEvent e = stored.events().get(0);
    ExtractedEvent yearless =
        new ExtractedEvent(e.event(), e.source(), e.target(), MonthDay.of(10, 22));
    ArticleResult result =
        new ArticleResult(
            stored.record(),
            stored.actors(),
            List.of(yearless),
            stored.quotes(),
            stored.scareQuotes(),
            List.of());

    ResultCodec.Encoded encoded = ResultCodec.encode(result);
    assertThat(encoded.events()).contains("\"yearless_day\":\"--10-22\"");
    assertThat(ResultCodec.decode(encoded)).isEqualTo(result);
    Path file = dir.resolve("yearless.db");
    try (RelationalStore store = RelationalStore.open(file)) {
      store.save(result);
    }
    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.results()).containsExactly(result);
    }
  }

  private static ResultCodec.Encoded row(Path file) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT article, actors, events, quotes, scare_quotes FROM articles")) {
      rs.next();
      return new ResultCodec.Encoded(
          rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
  }
}
