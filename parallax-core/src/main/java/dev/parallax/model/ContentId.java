package dev.parallax.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids derived from content, so the same input gets the same id in every run: a one-letter
 * kind prefix and the first 16 hex digits of a SHA-256 over the parts.
 */
public final class ContentId {
  private ContentId() {}

  public static String of(char kind, byte[]... parts) {
    MessageDigest digest = sha256();
    for (byte[] part : parts) {
      digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(part);
    }
    return kind + HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  public static String of(char kind, String... parts) {
    byte[][] bytes = new byte[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8);
    }
    return of(kind, bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
