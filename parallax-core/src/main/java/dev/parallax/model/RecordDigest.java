package dev.parallax.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * A 64-bit digest of what records hold, walked component by component: it tells whether a record
 * changed since a digest of it was stored, without writing its JSON line. Two values of one type
 * get the same digest when they are equal (as records, lists and strings compare) and different
 * ones otherwise, but with a chance of 2<sup>-64</sup>.
 *
 * <p>Each value is given with its kind and, for strings, lists and maps, its length, so that no two
 * different sequences of values encode alike. Record components are taken in declaration order;
 * list and map entries in iteration order (as a JSON line gives them); an enum by its name. The
 * words are mixed by the round and the final mix of xxHash64: a check against accidental change,
 * not against a forger (a SHA-256 cut to 64 bits, which this replaces, was no stronger).
 */
public final class RecordDigest {
  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;

  private static final long NULL = 1;
  private static final long STRING = 2;
  private static final long INTEGER = 3;
  private static final long FLOATING = 4;
  private static final long BOOLEAN = 5;
  private static final long ENUM = 6;
  private static final long RECORD = 7;
  private static final long LIST = 8;
  private static final long MAP = 9;

  private static final ClassValue<Method[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Method[] out = new Method[components.length];
          for (int i = 0; i < components.length; i++) {
            out[i] = components[i].getAccessor();
            out[i].setAccessible(true);
          }
          return out;
        }
      };

  private long hash = P5;
  private long words;

  /** The digest of {@code value} alone, as {@code kind} and 16 hex digits. */
  public static String of(char kind, Object value) {
    return kind + new RecordDigest().add(value).hex();
  }

  /**
   * Adds {@code value}: null, a string, a boxed number or boolean, an enum, a record of these, or a
   * collection or map of these.
   *
   * @throws IllegalArgumentException for a value of another type, whose content this cannot see
   */
  public RecordDigest add(Object value) {
    if (value == null) {
      word(NULL);
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      word(INTEGER);
      word(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      word(FLOATING);
      word(Double.doubleToLongBits(((Number) value).doubleValue()));
    } else if (value instanceof Boolean b) {
      word(BOOLEAN);
      word(b ? 1 : 0);
    } else if (value instanceof Enum<?> e) {
      word(ENUM);
      string(e.name());
    } else if (value instanceof Record r) {
      record(r);
    } else if (value instanceof Collection<?> c) {
      word(LIST);
      word(c.size());
      for (Object o : c) {
        add(o);
      }
    } else if (value instanceof Map<?, ?> m) {
      word(MAP);
      word(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        add(e.getKey());
        add(e.getValue());
      }
    } else {
      throw new IllegalArgumentException("no digest for a " + value.getClass().getName());
    }
    return this;
  }

  /** The digest of what was added, as 16 hex digits. */
  public String hex() {
    long h = hash ^ words;
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    h ^= h >>> 32;
    return HexFormat.of().toHexDigits(h);
  }

  private void record(Record r) {
    Method[] accessors = ACCESSORS.get(r.getClass());
    word(RECORD);
    word(accessors.length);
    for (Method m : accessors) {
      try {
        add(m.invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + m + " for its digest", e);
      }
    }
  }

  /** The string's length, then its characters four to a word. */
  private void string(String s) {
    int n = s.length();
    word(STRING);
    word(n);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      word(
          s.charAt(i)
              | (long) s.charAt(i + 1) << 16
              | (long) s.charAt(i + 2) << 32
              | (long) s.charAt(i + 3) << 48);
    }
    if (i < n) {
      long w = 0;
      for (int shift = 0; i < n; i++, shift += 16) {
        w |= (long) s.charAt(i) << shift;
      }
      word(w);
    }
  }

  /** One xxHash64 round of {@code w} into the running hash. */
  private void word(long w) {
    long k = Long.rotateLeft(w * P2, 31) * P1;
    hash = Long.rotateLeft(hash ^ k, 27) * P1 + P4;
    words++;
  }
}
