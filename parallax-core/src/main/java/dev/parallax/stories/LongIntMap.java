package dev.parallax.stories;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int} in two primitive arrays (open addressing,
 * linear probing): about 24 bytes an entry where a {@code HashMap<Long, Integer>} takes about 70.
 * The story index keeps one entry per body line seen and per posted key and date bucket, so these
 * entries are most of its bookkeeping. Not thread-safe.
 */
final class LongIntMap {
  private long[] keys = new long[16];

  /** Each slot's value plus one: 0 marks an empty slot. */
  private int[] values = new int[16];

  private int size;

  /** The value of {@code key}, or -1. */
  int get(long key) {
    for (int i = slot(key, keys.length); values[i] != 0; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        return values[i] - 1;
      }
    }
    return -1;
  }

  boolean contains(long key) {
    return get(key) >= 0;
  }

  /** Maps {@code key} to {@code value} (0 or more), replacing what it mapped to. */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value: " + value);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = slot(key, keys.length);
    while (values[i] != 0 && keys[i] != key) {
      i = (i + 1) & (keys.length - 1);
    }
    if (values[i] == 0) {
      size++;
      keys[i] = key;
    }
    values[i] = value + 1;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[2 * oldKeys.length];
    values = new int[2 * oldKeys.length];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != 0) {
        int i = slot(oldKeys[j], keys.length);
        while (values[i] != 0) {
          i = (i + 1) & (keys.length - 1);
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int slot(long key, int length) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & (length - 1);
  }

  /**
   * Writes the entries in ascending order of their keys: maps of the same entries write the same
   * bytes, however they were filled.
   */
  void write(Checkpoint.Writer out) {
    long[] entries = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != 0) {
        entries[n++] = keys[i];
      }
    }
    Arrays.sort(entries);
    out.putInt(size);
    for (long key : entries) {
      out.putLong(key).putInt(get(key));
    }
  }

  /** A map of the entries {@link #write} wrote. */
  static LongIntMap read(Checkpoint.Reader in) {
    LongIntMap out = new LongIntMap();
    int n = in.getInt();
    for (int i = 0; i < n; i++) {
      out.put(in.getLong(), in.getInt());
    }
    if (out.size() != n) {
      throw new IllegalArgumentException("a story index checkpoint repeats a key");
    }
    return out;
  }
}
