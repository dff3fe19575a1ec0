package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes to text: a byte-order mark first, then UTF-16 recognised by its zero bytes,
 * then a declared charset (HTTP header or the page's own {@code <meta charset>}) unless the bytes
 * plainly are not in it, then strict UTF-8, then statistical detection, and Windows-1252 as the
 * last resort. Thread-safe.
 */
public final class TextDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Share of the non-ASCII bytes a declared charset may fail to decode before the declaration is
   * taken as wrong. A UTF-8 page with a stray byte fails on one byte in thousands; a Windows-1251
   * page declared UTF-8 fails on nearly every Cyrillic byte (TextDecoderTest's Russian paragraph:
   * 263 replacement characters for its 264 non-ASCII bytes, Python's UTF-8 decoder, 2026-12-04;
   * {@code aMisdeclaredCharsetFallsBackToDetection} checks the share stays above this limit).
   */
  static final double MAX_UNDECODABLE_SHARE = 0.1;

  /**
   * Share of the byte pairs whose one byte is zero, on the same side each time, from which bytes
   * without a byte-order mark are read as UTF-16: every ASCII character in UTF-16 has a zero high
   * byte, and so do spaces and digits in any script (about one character in six in prose), while
   * text in a single-byte charset or UTF-8 has no zero bytes at all.
   */
  static final double MIN_UTF16_ZERO_SHARE = 0.1;

  /** Bytes looked at to recognise UTF-16 without a byte-order mark. */
  private static final int UTF16_SAMPLE = 4096;

  /**
   * The decoded text and how its charset was chosen.
   *
   * @param removed what decoding took out of the text (control characters), each with its reason
   */
  public record Decoded(String text, Charset charset, String how, List<RemovedBlock> removed) {
    public Decoded {
      removed = List.copyOf(removed);
    }

    public Decoded(String text, Charset charset, String how) {
      this(text, charset, how, List.of());
    }

    /** This text with control characters removed, noted in {@link #removed}. */
    Decoded withoutControlCharacters() {
      ControlCharacters.Stripped stripped = ControlCharacters.strip(text);
      if (stripped.note() == null) {
        return this;
      }
      List<RemovedBlock> all = new ArrayList<>(removed);
      all.add(new RemovedBlock(stripped.note(), RemovalReason.CONTROL_CHARACTERS));
      return new Decoded(stripped.text(), charset, how, all);
    }
  }

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
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16, "utf-16");
    }
    if (declared != null) {
      String text = ifDecodable(bytes, declared);
      if (text != null) {
        return new Decoded(text, declared, "declared");
      }
    }
    if (html) {
      Charset meta = metaCharset(bytes);
      String text = meta == null ? null : ifDecodable(bytes, meta);
      if (text != null) {
        return new Decoded(text, meta, "meta");
      }
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
    }
    Charset detected = detect(bytes);
    return new Decoded(new String(bytes, detected), detected, "detected");
  }

  /**
   * The bytes in {@code charset}, or null when they plainly are not in it: more than {@link
   * #MAX_UNDECODABLE_SHARE} of their non-ASCII bytes do not decode.
   */
  private static String ifDecodable(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    int first = text.indexOf('\uFFFD');
    if (first < 0) {
      return text;
    }
    long undecodable = 0;
    for (int i = first; i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      undecodable++;
    }
    long nonAscii = 0;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii++;
      }
    }
    return undecodable > MAX_UNDECODABLE_SHARE * nonAscii ? null : text;
  }

  /**
   * UTF-16LE or UTF-16BE when the bytes, without a byte-order mark, have zero bytes on one side of
   * their pairs only (at least {@link #MIN_UTF16_ZERO_SHARE} of the pairs, and ten times more than
   * on the other side), and decode as UTF-16 without error; else null.
   */
  static Charset utf16(byte[] bytes) {
    int pairs = Math.min(bytes.length, UTF16_SAMPLE) / 2;
    if (pairs < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int more = Math.max(evenZeros, oddZeros);
    int fewer = Math.min(evenZeros, oddZeros);
    if (more < MIN_UTF16_ZERO_SHARE * pairs || fewer * 10 > more) {
      return null;
    }
    Charset charset = oddZeros > evenZeros ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, bytes.length - bytes.length % 2));
      return charset;
    } catch (CharacterCodingException e) {
      return null;
    }
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
