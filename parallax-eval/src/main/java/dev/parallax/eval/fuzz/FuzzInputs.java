package dev.parallax.eval.fuzz;

import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile inputs, reproducible from a seed: byte mutations and truncations of real documents,
 * random tag soup, and random Unicode text from every plane (combining marks, bidi controls,
 * unpaired surrogates written as bytes, NULs). Each input names its kind and number in its source,
 * so a failure can be made again with the same seed.
 */
public final class FuzzInputs {
  /** How an input was made. */
  public enum Kind {
    /** A seed document with bytes flipped, inserted, deleted or repeated. */
    MUTATED,
    /** A seed document cut at a random byte. */
    TRUNCATED,
    /** Random tags, attributes, scripts and text, nested and unclosed. */
    TAG_SOUP,
    /** Random code points from all planes, as HTML or text. */
    UNICODE,
    /**
     * A seed document with one overlong token inserted (letters or a URL of 1,000 to 60,000
     * characters: the name tagger's memory grows with its square).
     */
    OVERSIZED
  }

  private static final String[] TAGS = {
    "div", "p", "a", "span", "article", "main", "section", "nav", "aside", "footer", "header", "h1",
    "h2", "ul", "li", "table", "tr", "td", "script", "style", "noscript", "iframe", "svg", "br",
    "img", "meta", "title", "time", "figure", "figcaption", "blockquote", "em", "b", "form", "input"
  };
  private static final String[] ATTRIBUTES = {
    "class=\"share\"", "id=\"content\"", "itemprop=\"articleBody\"", "role=\"navigation\"",
    "hidden", "style=\"display:none\"", "datetime=\"2021-13-45\"", "href=\"javascript:x()\"",
    "class=\"article-body story\"", "lang=\"ru\"", "dir=\"rtl\""
  };
  private static final String[] WORDS = {
    "the", "minister", "said", "on", "Monday", "Kosovo", "Russia", "talks", "\"we", "will\"",
    "according", "to", "officials", "2021", "Pristina", "Moscow", "—", "&amp;", "&#0;", "&nbsp;",
    "&lt;script&gt;", "<!--", "-->", "<![CDATA[", "]]>", "\u202E", "\u200F", "\uFEFF", "\u0000"
  };

  private final List<RawDocument> seeds;
  private final SplittableRandom random;
  private int made;

  /**
   * @param seeds real documents to mutate (the bundled examples)
   * @param seed the random seed: equal seeds give equal inputs
   */
  public FuzzInputs(List<RawDocument> seeds, long seed) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("fuzzing needs a seed document");
    }
    this.seeds = List.copyOf(seeds);
    this.random = new SplittableRandom(seed);
  }

  /** The next input. */
  public RawDocument next() {
    int n = made++;
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    RawDocument seed = seeds.get(random.nextInt(seeds.size()));
    byte[] bytes =
        switch (kind) {
          case MUTATED -> mutate(seed.content());
          case TRUNCATED -> truncate(seed.content());
          case TAG_SOUP -> tagSoup().getBytes(StandardCharsets.UTF_8);
          case UNICODE -> unicode();
          case OVERSIZED -> oversized(seed.content());
        };
    MediaType type =
        fromSeed(kind) ? seed.type() : random.nextBoolean() ? MediaType.HTML : MediaType.TEXT;
    String source = "fuzz/" + n + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    SourceMetadata metadata = fromSeed(kind) ? seed.metadata() : SourceMetadata.NONE;
    return RawDocument.of(source, bytes, type, seed.declaredCharset(), metadata);
  }

  private byte[] mutate(byte[] original) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
    out.writeBytes(original);
    byte[] bytes = out.toByteArray();
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes = splice(bytes, at, at, randomBytes(1 + random.nextInt(16)));
        case 2 ->
            bytes =
                splice(bytes, at, Math.min(bytes.length, at + random.nextInt(200)), new byte[0]);
        default -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(300));
          byte[] chunk = java.util.Arrays.copyOfRange(bytes, at, end);
          bytes = splice(bytes, end, end, chunk);
        }
      }
    }
    return bytes;
  }

  private static boolean fromSeed(Kind kind) {
    return kind == Kind.MUTATED || kind == Kind.TRUNCATED || kind == Kind.OVERSIZED;
  }

  private byte[] oversized(byte[] original) {
    int length = 1_000 + random.nextInt(59_001);
    StringBuilder token = new StringBuilder(length + 20);
    token.append(random.nextBoolean() ? "https://example.com/" : "");
    while (token.length() < length) {
      token.append((char) ('a' + random.nextInt(26)));
      if (token.length() % 37 == 0 && token.charAt(0) == 'h') {
        token.append('-');
      }
    }
    byte[] insert = (" " + token + " ").getBytes(StandardCharsets.UTF_8);
    return splice(original, original.length / 2, original.length / 2, insert);
  }

  private byte[] truncate(byte[] original) {
    return java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
  }

  private String tagSoup() {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    int pieces = 20 + random.nextInt(400);
    for (int i = 0; i < pieces; i++) {
      int r = random.nextInt(10);
      if (r < 4) {
        b.append('<').append(TAGS[random.nextInt(TAGS.length)]);
        if (random.nextBoolean()) {
          b.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
        }
        b.append(random.nextInt(20) == 0 ? "" : ">");
        depth++;
      } else if (r < 6 && depth > 0) {
        b.append("</").append(TAGS[random.nextInt(TAGS.length)]).append('>');
        depth--;
      } else {
        for (int w = random.nextInt(30); w >= 0; w--) {
          b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        if (random.nextInt(3) == 0) {
          b.append(". ");
        }
      }
    }
    return b.toString();
  }

  /** Random code points as UTF-8, with a few invalid byte sequences mixed in. */
  private byte[] unicode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = random.nextInt(3000);
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(20);
      int cp;
      if (r < 8) {
        cp = 0x20 + random.nextInt(0x5F); // ASCII letters and punctuation
      } else if (r < 10) {
        cp = 0x0300 + random.nextInt(0x70); // combining marks
      } else if (r == 10) {
        cp =
            new int[] {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2069}
                [random.nextInt(9)]; // bidi controls
      } else if (r == 11) {
        cp = random.nextInt(0x20); // control characters and NUL
      } else if (r == 12) {
        out.writeBytes(randomBytes(1 + random.nextInt(4))); // invalid UTF-8
        continue;
      } else {
        cp = random.nextInt(Character.MAX_CODE_POINT + 1); // any plane
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
          cp = 0xFFFD;
        }
      }
      out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
      if (random.nextInt(8) == 0) {
        out.write(' ');
      }
    }
    return out.toByteArray();
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] out = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
    return out;
  }
}
