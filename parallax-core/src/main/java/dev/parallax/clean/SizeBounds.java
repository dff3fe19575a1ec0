package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The size limits of an article body, so that no document can drive the models beyond a known
 * memory budget: a token (a run of non-space characters) longer than {@link #MAX_TOKEN_CHARS} is
 * cut, and so is the body beyond {@link #MAX_BODY_CHARS}. Each cut is listed with reason {@link
 * RemovalReason#OVERSIZED} and a short excerpt, never the whole text cut. The limits are sizes, not
 * times, so a body is cut the same way on any machine under any load. The figures below come from
 * {@code MemoryBench} (parallax-core's tests), peak heap above the loaded models, serial collector,
 * 2026-12-04; docs/annotation.md has the whole curve.
 */
public final class SizeBounds {
  /**
   * The longest token the models see. CoreNLP's name tagger (the CoNLL CRF, with its character
   * n-gram features) needs memory that grows with the square of a token's length: one token of
   * 10,000 letters 227 MB, 20,000 letters 801 MB, a 30,000-character URL 1,776 MB, 50,000 letters
   * more than a 4 GB heap. A token of 500 characters needs about 0.5 MB by that curve; a body of
   * {@link #MAX_BODY_CHARS} made only of such tokens (400 of them) was measured at 160 MB. Ordinary
   * words, names and even long URLs stay far below it (the bundled examples' longest token has 16
   * characters).
   */
  public static final int MAX_TOKEN_CHARS = 500;

  /**
   * The longest body the models see: about 30,000 words of ordinary English. The name tagger's
   * memory grows linearly with the length of a document (10,000 words 80 MB, 50,000 words 107 MB,
   * 200,000 words 253 MB), so does SUTime's; the body beyond this is cut at a paragraph break. A
   * news article is seldom a tenth of it (the bundled examples have at most 2,200 characters).
   */
  public static final int MAX_BODY_CHARS = 200_000;

  /** How much of a cut text its {@code removed} line keeps. */
  static final int EXCERPT_CHARS = 60;

  private SizeBounds() {}

  /**
   * A body within the limits, and what was cut from it.
   *
   * @param body the body with every oversized token removed (the spaces around it stay) and cut at
   *     {@link #MAX_BODY_CHARS}; {@code body} itself when nothing was cut
   * @param removed one {@link RemovalReason#OVERSIZED} block for each cut, in body order
   */
  public record Cut(String body, List<RemovedBlock> removed) {
    public Cut {
      removed = List.copyOf(removed);
    }
  }

  /** {@code body} within the limits. A pure function of {@code body}. */
  public static Cut cut(String body) {
    List<RemovedBlock> removed = new ArrayList<>();
    StringBuilder kept = null;
    int copied = 0;
    int i = 0;
    int n = body.length();
    while (i < n) {
      if (Character.isWhitespace(body.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      if (i - start > MAX_TOKEN_CHARS) {
        if (kept == null) {
          kept = new StringBuilder(n);
        }
        kept.append(body, copied, start);
        copied = i;
        removed.add(excerpt(body.substring(start, i), "token"));
      }
    }
    String out = kept == null ? body : kept.append(body, copied, n).toString();
    if (out.length() > MAX_BODY_CHARS) {
      int end = cutPoint(out);
      removed.add(excerpt(out.substring(end).strip(), "rest of the body beyond the budget"));
      out = out.substring(0, end).stripTrailing();
    }
    return new Cut(out, removed);
  }

  /**
   * Where a body longer than the budget ends: after the last paragraph break within it, else the
   * last space, else the budget itself (never inside a surrogate pair).
   */
  private static int cutPoint(String body) {
    int paragraph = body.lastIndexOf("\n\n", MAX_BODY_CHARS - 2);
    if (paragraph > 0) {
      return paragraph;
    }
    for (int i = MAX_BODY_CHARS; i > 0; i--) {
      if (Character.isWhitespace(body.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(body.charAt(MAX_BODY_CHARS))
        ? MAX_BODY_CHARS - 1
        : MAX_BODY_CHARS;
  }

  /**
   * The start of {@code text} and its size, e.g. {@code https://exa… (a token of 30,000
   * characters)}.
   */
  private static RemovedBlock excerpt(String text, String what) {
    int end = Math.min(EXCERPT_CHARS, text.length());
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String line =
        String.format(
            Locale.ROOT,
            "%s… (%s of %,d characters, cut: over the size limit)",
            text.substring(0, end),
            what,
            text.length());
    return new RemovedBlock(line, RemovalReason.OVERSIZED);
  }
}
