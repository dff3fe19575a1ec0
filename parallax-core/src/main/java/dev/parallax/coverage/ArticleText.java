package dev.parallax.coverage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What coverage reads in one article's own wording, before any actor mention is linked to an
 * entity: the labels beside each mention and the polar words near it. It follows from the article's
 * body, actor mentions, quotes and scare quotes and from the coverage lexicons alone, so a store
 * keeps it by article id under the stage print and a later run reads a stored article's text from
 * it instead of reading the body again ({@link CoverageBuilder#build(CoverageInput,
 * java.util.Map)}). Mentions are named by their place in the article's list of actor mentions.
 *
 * @param labels each label read, in the order read
 * @param tone each polar word read near a mention, mention by mention in body order, before the
 *     words two mentions of one entity share are counted once ({@link ToneScorer})
 */
public record ArticleText(List<Label> labels, List<Tone> tone) {
  private static final int FORMAT = 1;

  public ArticleText {
    labels = List.copyOf(labels);
    tone = List.copyOf(tone);
  }

  /**
   * A label read beside a mention.
   *
   * @param category why it is loaded ({@link LoadedLabel#category}), {@link
   *     ArticleReader#SCARE_QUOTE} for a scare-quoted term, or null
   */
  public record Label(int mention, int start, int end, String category) {}

  /** A polar word read near a mention, with its weight in the tone lexicon. */
  public record Tone(int mention, int start, int end, double weight) {}

  /**
   * Whether every mention place and span fits an article with {@code mentions} actor mentions and a
   * body of {@code bodyLength} characters: a stored text that does not was made from other results
   * and is read again.
   */
  boolean fits(int mentions, int bodyLength) {
    for (Label l : labels) {
      if (!fits(l.mention(), l.start(), l.end(), mentions, bodyLength)) {
        return false;
      }
    }
    for (Tone t : tone) {
      if (!fits(t.mention(), t.start(), t.end(), mentions, bodyLength)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(int mention, int start, int end, int mentions, int bodyLength) {
    return mention >= 0 && mention < mentions && start >= 0 && start <= end && end <= bodyLength;
  }

  /** The stored form: a format number, then each label and each tone word. */
  public byte[] encode() {
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(16 + 16 * (labels.size() + tone.size()));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeInt(labels.size());
      for (Label l : labels) {
        out.writeInt(l.mention());
        out.writeInt(l.start());
        out.writeInt(l.end());
        out.writeBoolean(l.category() != null);
        if (l.category() != null) {
          out.writeUTF(l.category());
        }
      }
      out.writeInt(tone.size());
      for (Tone t : tone) {
        out.writeInt(t.mention());
        out.writeInt(t.start());
        out.writeInt(t.end());
        out.writeDouble(t.weight());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The text {@link #encode} stored, or empty when {@code stored} is not one (damaged, other
   * format).
   */
  public static Optional<ArticleText> decode(byte[] stored) {
    Objects.requireNonNull(stored, "stored");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      if (in.readByte() != FORMAT) {
        return Optional.empty();
      }
      List<Label> labels = new ArrayList<>();
      for (int i = 0, n = count(in, stored.length); i < n; i++) {
        int mention = in.readInt();
        int start = in.readInt();
        int end = in.readInt();
        labels.add(new Label(mention, start, end, in.readBoolean() ? in.readUTF() : null));
      }
      List<Tone> tone = new ArrayList<>();
      for (int i = 0, n = count(in, stored.length); i < n; i++) {
        tone.add(new Tone(in.readInt(), in.readInt(), in.readInt(), in.readDouble()));
      }
      return in.available() == 0 ? Optional.of(new ArticleText(labels, tone)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A count read from {@code in}, no more than the stored bytes can hold. */
  private static int count(DataInputStream in, int length) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > length) {
      throw new IOException("count " + n + " out of range");
    }
    return n;
  }
}
