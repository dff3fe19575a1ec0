package dev.parallax.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings, handing out one instance for the short values read over and over: the ids,
 * codes, names and keys that every mention, quote and event of a stored corpus repeats, which were
 * read anew for each (the corpus stages' heap at 100,000 stored articles held 33 million strings).
 *
 * <p>A value of at most {@link #MAX_LENGTH} characters is looked up in a fixed table by its hash;
 * when the slot holds an equal string, that string is returned and none is made, else the new one
 * takes the slot. The table is shared by all threads: its slots are written without locking, which
 * is safe because a string is immutable and one read from a slot is compared in full before it is
 * returned. Longer values, and tokens that are not strings, are read as Jackson reads them.
 */
final class SharedStrings extends StdScalarDeserializer<String> {
  /** The longest value shared: ids, codes and names, not sentences. */
  static final int MAX_LENGTH = 32;

  private static final int SLOTS = 1 << 16;

  private static final String[] TABLE = new String[SLOTS];

  SharedStrings() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > MAX_LENGTH) {
      return StringDeserializer.instance.deserialize(p, context);
    }
    return shared(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  /** The shared string of {@code length} characters of {@code chars} from {@code offset}. */
  static String shared(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String known = TABLE[slot];
    if (known != null && equal(known, chars, offset, length)) {
      return known;
    }
    String made = new String(chars, offset, length);
    TABLE[slot] = made;
    return made;
  }

  private static boolean equal(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
