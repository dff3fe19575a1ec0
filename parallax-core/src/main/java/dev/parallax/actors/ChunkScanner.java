package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names of one article: recognised names, and the longest phrases the knowledge base
 * knows ("the UN Interim Administration Mission in Kosovo", "the Kremlin", "Russian Foreign
 * Ministry"), which the name recogniser often splits or misses. Where both cover a token the longer
 * wins. Chunks never overlap. Thread-safe.
 */
final class ChunkScanner {
  private static final int LONGEST = 9;

  private final KnowledgeBase kb;

  ChunkScanner(KnowledgeBase kb) {
    this.kb = kb;
  }

  List<Chunk> scan(AnnotatedArticle article) {
    String body = article.article().body();
    List<Chunk> out = new ArrayList<>();
    int next = 0;
    List<NamedEntity> names = article.entities();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        while (next < names.size() && names.get(next).end() <= tokens.get(i).start()) {
          next++;
        }
        NamedEntity ne = next < names.size() ? names.get(next) : null;
        Chunk name =
            ne != null && ne.start() == tokens.get(i).start() ? named(s, i, ne, body) : null;
        Chunk known = known(s, i, body);
        Chunk best = longer(known, name);
        if (best != null && best.text().indexOf('\n') >= 0) {
          best = null;
        }
        if (best == null) {
          i++;
        } else {
          out.add(best);
          i = best.to();
        }
      }
    }
    return out;
  }

  private Chunk named(Sentence s, int from, NamedEntity ne, String body) {
    int to = from;
    while (to < s.tokens().size() && s.tokens().get(to).end() <= ne.end()) {
      to++;
    }
    if (to == from) {
      return null;
    }
    String text = body.substring(s.tokens().get(from).start(), s.tokens().get(to - 1).end());
    return new Chunk(s, from, to, text, hits(text), ne.type());
  }

  private Chunk known(Sentence s, int from, String body) {
    List<Token> tokens = s.tokens();
    if (!startsName(tokens, from)) {
      return null;
    }
    for (int to = Math.min(tokens.size(), from + LONGEST); to > from; to--) {
      if (!startsWithCapital(tokens.get(to - 1))) {
        continue;
      }
      String text = body.substring(tokens.get(from).start(), tokens.get(to - 1).end());
      List<KbHit> hits = hits(text);
      // "the Russian" is never a name: the article belongs to the noun after the demonym.
      boolean demonymAfterThe =
          isThe(tokens.get(from)) && hits.stream().allMatch(h -> h.how() == KbHit.How.DEMONYM);
      if (!hits.isEmpty() && !demonymAfterThe) {
        return new Chunk(s, from, to, text, hits, null);
      }
    }
    return null;
  }

  /** A known phrase starts with a capital, or with "the" before a capital. */
  private static boolean startsName(List<Token> tokens, int i) {
    if (startsWithCapital(tokens.get(i))) {
      return true;
    }
    return tokens.get(i).text().equals("the")
        && i + 1 < tokens.size()
        && startsWithCapital(tokens.get(i + 1));
  }

  private static boolean isThe(Token t) {
    return t.text().equalsIgnoreCase("the");
  }

  private static boolean startsWithCapital(Token t) {
    int c = t.text().codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private List<KbHit> hits(String text) {
    return kb.lookup(text).stream().filter(h -> h.how() != KbHit.How.ROLE_NOUN).toList();
  }

  private static Chunk longer(Chunk a, Chunk b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.to() == b.to()) {
      return new Chunk(a.sentence(), a.from(), a.to(), a.text(), a.hits(), b.ner());
    }
    return a.to() > b.to() ? a : b;
  }
}
