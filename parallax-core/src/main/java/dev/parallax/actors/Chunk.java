package dev.parallax.actors;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import java.util.List;

/**
 * A run of tokens that names something: a knowledge-base phrase or a recognised name.
 *
 * @param sentence the sentence holding it
 * @param from index of its first token
 * @param to index just past its last token
 * @param text the body text it covers
 * @param hits what the knowledge base knows under the text, best first (role nouns left out)
 * @param ner the recognised name class, or null when only the knowledge base found it
 */
record Chunk(Sentence sentence, int from, int to, String text, List<KbHit> hits, String ner) {
  Chunk {
    hits = List.copyOf(hits);
  }

  int start() {
    return sentence.tokens().get(from).start();
  }

  int end() {
    return sentence.tokens().get(to - 1).end();
  }

  List<Token> tokens() {
    return sentence.tokens().subList(from, to);
  }
}
