package dev.parallax.annotate;

import java.util.List;

/**
 * Tags pre-tokenised sentences with name classes, one tag per token: {@code PERSON}, {@code
 * ORGANIZATION}, {@code LOCATION}, {@code MISC} or {@code O}. The same model as profile {@link
 * Profile#NAMES}, for evaluations on gold tokens. Thread-safe.
 */
public interface NameTagger {
  /**
   * @param sentences tokens of each sentence; a token holds no whitespace
   * @return the tags, in the same shape as {@code sentences}
   */
  List<List<String>> tag(List<List<String>> sentences);
}
