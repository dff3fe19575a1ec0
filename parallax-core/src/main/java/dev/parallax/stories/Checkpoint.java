package dev.parallax.stories;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The binary form a {@link StoryIndex} checkpoints its term statistics, candidate postings, seen
 * lines and members in ({@link StoryIndex#checkpoint}): big-endian numbers, arrays and strings
 * after their lengths ({@code -1} for null), read back by a {@link Reader} in the order written.
 * Not thread-safe.
 */
final class Checkpoint {
  private Checkpoint() {}

  /** Appends numbers, arrays and strings to a growing byte array. */
  static final class Writer {
    private ByteBuffer out = ByteBuffer.allocate(1 << 16);

    private void room(long bytes) {
      if (out.remaining() < bytes) {
        long size = Math.max(2L * out.capacity(), out.position() + bytes);
        if (size > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("a story index checkpoint over 2 GB");
        }
        ByteBuffer grown = ByteBuffer.allocate((int) size);
        out.flip();
        grown.put(out);
        out = grown;
      }
    }

    Writer putInt(int v) {
      room(4);
      out.putInt(v);
      return this;
    }

    Writer putLong(long v) {
      room(8);
      out.putLong(v);
      return this;
    }

    Writer putString(String s) {
      if (s == null) {
        return putInt(-1);
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      putInt(b.length);
      room(b.length);
      out.put(b);
      return this;
    }

    /** {@code n} values of {@code unit} bytes each after their number, put by {@code put}. */
    private Writer array(int n, int unit, Consumer<ByteBuffer> put) {
      putInt(n);
      room((long) unit * n);
      put.accept(out.slice());
      out.position(out.position() + unit * n);
      return this;
    }

    Writer putInts(int[] a, int n) {
      return array(n, 4, b -> b.asIntBuffer().put(a, 0, n));
    }

    Writer putInts(int[] a) {
      return a == null ? putInt(-1) : putInts(a, a.length);
    }

    Writer putChars(char[] a) {
      return a == null ? putInt(-1) : array(a.length, 2, b -> b.asCharBuffer().put(a));
    }

    Writer putLongs(long[] a) {
      return a == null ? putInt(-1) : array(a.length, 8, b -> b.asLongBuffer().put(a));
    }

    Writer putDoubles(double[] a, int n) {
      return array(n, 8, b -> b.asDoubleBuffer().put(a, 0, n));
    }

    Writer putDoubles(double[] a) {
      return a == null ? putInt(-1) : putDoubles(a, a.length);
    }

    byte[] bytes() {
      return Arrays.copyOf(out.array(), out.position());
    }
  }

  /**
   * Reads what a {@link Writer} wrote, in the same order.
   *
   * <p>Every read throws {@link IllegalArgumentException} when the bytes end early or hold a
   * negative length where none may be: a damaged checkpoint is refused, never half read.
   */
  static final class Reader {
    private final ByteBuffer in;

    Reader(byte[] bytes) {
      this.in = ByteBuffer.wrap(bytes);
    }

    /** Refuses a read of {@code bytes} more than are left. */
    private void need(int bytes) {
      if (in.remaining() < bytes) {
        throw new IllegalArgumentException("a story index checkpoint ends early");
      }
    }

    int getInt() {
      need(4);
      return in.getInt();
    }

    long getLong() {
      need(8);
      return in.getLong();
    }

    /** A length, or -1 for null; refuses one the bytes left cannot hold. */
    private int length(int unit) {
      int n = getInt();
      if (n < -1 || (long) n * unit > in.remaining()) {
        throw new IllegalArgumentException("a story index checkpoint with a bad length: " + n);
      }
      return n;
    }

    String getString() {
      int n = length(1);
      if (n < 0) {
        return null;
      }
      String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
      in.position(in.position() + n);
      return s;
    }

    /** An array of values of {@code unit} bytes each, after their number; null for -1. */
    private <A> A array(int unit, IntFunction<A> make, BiConsumer<ByteBuffer, A> get) {
      int n = length(unit);
      if (n < 0) {
        return null;
      }
      A a = make.apply(n);
      get.accept(in.slice(), a);
      in.position(in.position() + unit * n);
      return a;
    }

    int[] getInts() {
      return array(4, int[]::new, (b, a) -> b.asIntBuffer().get(a));
    }

    char[] getChars() {
      return array(2, char[]::new, (b, a) -> b.asCharBuffer().get(a));
    }

    long[] getLongs() {
      return array(8, long[]::new, (b, a) -> b.asLongBuffer().get(a));
    }

    double[] getDoubles() {
      return array(8, double[]::new, (b, a) -> b.asDoubleBuffer().get(a));
    }

    /** Whether every byte was read. */
    boolean atEnd() {
      return !in.hasRemaining();
    }
  }
}
