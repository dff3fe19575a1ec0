package dev.parallax.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes to text: a byte-order mark first, then a declared charset (HTTP header or the
 * page's own {@code <meta charset>}), then strict UTF-8, then statistical detection, and
 * Windows-1252 as the last resort. Thread-safe.
 */
public final class TextDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  /** The decoded text and how its charset was chosen. */
  public record Decoded(String text, Charset charset, String how) {}

  private TextDecoder() {}

  /**
   * @param declared charset declared outside the bytes, or null
   * @param html whether to look for a {@code <meta charset>} in the first 4 KB
   */
  public static Decoded decode(byte[] bytes, Charset declared, boolean html) {
    Decoded bom = fromBom(bytes);
    if (bom != null) {
      return bom;
    }
    if (declared != null) {
      return new Decoded(new String(bytes, declared), declared, "declared");
    }
    if (html) {
      Charset meta = metaCharset(bytes);
      if (meta != null) {
        return new Decoded(new String(bytes, meta), meta, "meta");
      }
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
    }
    Charset detected = detect(bytes);
    return new Decoded(new String(bytes, detected), detected, "detected");
  }

  private static Decoded fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          "bom");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          "bom");
    }
    return null;
  }

  private static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset named = Charset.forName(m.group(1));
        // Bytes that spell out a <meta> tag in ASCII cannot be UTF-16 or UTF-32: the HTML
        // standard reads such a label as UTF-8.
        return named.name().startsWith("UTF-16") || named.name().startsWith("UTF-32")
            ? StandardCharsets.UTF_8
            : named;
      } catch (IllegalArgumentException e) {
        return null; // unknown or malformed name: fall through to detection
      }
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    try {
      return name == null ? Charset.forName("windows-1252") : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.forName("windows-1252");
    }
  }
}
