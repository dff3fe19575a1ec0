package dev.parallax.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.UncheckedIOException;
import java.time.MonthDay;

/**
 * The JSON Lines encoding of OUTPUT.md: snake_case keys in record-component order, {@code null}
 * written for unknown values, one object per line.
 *
 * <p>Thread-safe.
 */
public final class Jsonl {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .addModule(parallaxTypes())
          // record accessors and constructors called through generated lambdas, not reflection
          .addModule(new BlackbirdModule())
          .build();

  private static final ObjectMapper PRETTY =
      MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private Jsonl() {}

  /**
   * The day without a year that an event sentence may give ("on October 22"), written in its ISO
   * form {@code --10-22}; and strings read through {@link SharedStrings}.
   */
  private static SimpleModule parallaxTypes() {
    SimpleModule m = new SimpleModule("parallax-types");
    m.addSerializer(MonthDay.class, ToStringSerializer.instance);
    m.addDeserializer(String.class, new SharedStrings());
    m.addDeserializer(
        MonthDay.class,
        new FromStringDeserializer<>(MonthDay.class) {
          @Override
          protected MonthDay _deserialize(String value, DeserializationContext context) {
            return MonthDay.parse(value);
          }
        });
    return m;
  }

  /** The shared mapper, for callers that stream; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON, without the line break. */
  public static String line(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON with stable key order, for golden files. */
  public static String pretty(Object record) {
    try {
      return PRETTY.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one line back into {@code type}. */
  public static <T> T read(String line, Class<T> type) {
    try {
      return MAPPER.readValue(line, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Reads one line of {@code articles.jsonl}: a {@link Rejection} when it has {@code rejected}. */
  public static ArticleRecord readArticleRecord(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      Class<? extends ArticleRecord> type = node.has("rejected") ? Rejection.class : Article.class;
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an articles.jsonl line: " + e.getMessage(), e);
    }
  }
}
