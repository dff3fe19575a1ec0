package dev.parallax.coverage;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one body (letters and digits, hyphenated compounds kept whole) with their spans, and
 * which words sit next to each other with nothing but spaces between: enough to walk a noun phrase
 * outwards from an actor mention without a parse. Immutable.
 */
final class BodyWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐][\\p{L}\\p{N}]+)*");

  /** A word and its span in the body. */
  record Word(int index, int start, int end, String text) {
    Span span() {
      return new Span(start, end);
    }

    boolean hyphenated() {
      return text.indexOf('-') > 0 || text.indexOf('‐') > 0;
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  private final String body;
  private final List<Word> words;

  BodyWords(String body) {
    this.body = body;
    List<Word> found = new ArrayList<>();
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      found.add(new Word(found.size(), m.start(), m.end(), m.group()));
    }
    this.words = List.copyOf(found);
  }

  String body() {
    return body;
  }

  List<Word> all() {
    return words;
  }

  /** The word ending at or before {@code offset} with only spaces between, or null. */
  Word adjacentBefore(int offset) {
    int i = Collections.binarySearch(ends(), offset);
    int index = i >= 0 ? i : -i - 2;
    for (int k = index; k >= 0 && k < words.size(); k--) {
      Word w = words.get(k);
      if (w.end() <= offset) {
        return spacesOnly(w.end(), offset) ? w : null;
      }
    }
    return null;
  }

  /** The word starting at or after {@code offset} with only spaces between, or null. */
  Word adjacentAfter(int offset) {
    for (Word w : wordsFrom(offset)) {
      return spacesOnly(offset, w.start()) ? w : null;
    }
    return null;
  }

  /** The previous word when only spaces separate it from {@code w}, or null. */
  Word before(Word w) {
    return w.index() == 0 ? null : adjacentBefore(w.start());
  }

  /** The next word when only spaces separate it from {@code w}, or null. */
  Word after(Word w) {
    return adjacentAfter(w.end());
  }

  /** Words starting at or after {@code offset}, in order. */
  List<Word> wordsFrom(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words.subList(lo, words.size());
  }

  boolean spacesOnly(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c != ' ' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  private List<Integer> ends() {
    return new AbstractEnds();
  }

  /** A view of the word ends, for binary search. */
  private final class AbstractEnds extends java.util.AbstractList<Integer>
      implements java.util.RandomAccess {
    @Override
    public Integer get(int i) {
      return words.get(i).end();
    }

    @Override
    public int size() {
      return words.size();
    }
  }
}
