package dev.parallax.annotate;

import dev.parallax.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes hand-written parses: a small CoNLL-U-like text format of tokens, tags, names and
 * dependency edges, so that rule tests build their {@link AnnotatedArticle}s by hand instead of
 * running CoreNLP. The format is described in {@code src/test/resources/parses/README.md}.
 *
 * <p>A file holds documents, each opened by a {@code # newdoc} line; a document is the parse of one
 * article body. Sentences are separated by blank lines and carry a {@code # text = } line; each
 * token is one tab-separated row {@code ID FORM LEMMA POS NER HEAD DEPREL AFTER}. The body is
 * rebuilt from the token forms and what follows each of them (the AFTER column), so every offset is
 * exact. Names are the runs of tokens with one NER class; coreference is resolved by {@link
 * PronounCoref} as the annotator does; time expressions are the test's to add.
 *
 * <p>Malformed input fails with an {@link IllegalArgumentException} naming the file and line.
 * Stateless and thread-safe.
 */
final class ParseText {
  private ParseText() {}

  /**
   * The documents of one file, in order. Each article has the id {@code parse-N}, its source the
   * file and line of its {@code # newdoc}.
   *
   * @param file name used in error messages and sources
   */
  static List<AnnotatedArticle> read(String file, String content) {
    List<AnnotatedArticle> docs = new ArrayList<>();
    ParseReader reader = null;
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String where = file + ":" + (i + 1);
      if (line.equals("# newdoc") || line.startsWith("# newdoc ")) {
        if (reader != null) {
          docs.add(reader.finish(docs.size()));
        }
        reader = new ParseReader(file, i + 1);
      } else if (reader == null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          throw new IllegalArgumentException(where + ": row before the first # newdoc");
        }
      } else {
        reader.line(where, line);
      }
    }
    if (reader != null) {
      docs.add(reader.finish(docs.size()));
    }
    return docs;
  }

  /**
   * One document for {@code annotated}, with a {@code # test = } line when {@code test} is not
   * null. Checks that reading it back gives the same sentences, names and coreference chains.
   *
   * @throws IllegalArgumentException when the annotation cannot be written exactly: time
   *     expressions, names that are not the runs of their tokens' NER classes, overlapping tokens
   */
  static String write(AnnotatedArticle annotated, String test) {
    if (!annotated.times().isEmpty()) {
      throw new IllegalArgumentException("time expressions are the test's to give, not the file's");
    }
    String body = annotated.article().body();
    StringBuilder out = new StringBuilder("# newdoc\n");
    if (test != null) {
      out.append("# test = ").append(test).append('\n');
    }
    List<Sentence> sentences = annotated.sentences();
    int firstStart = sentences.isEmpty() ? body.length() : sentences.get(0).start();
    if (firstStart > 0) {
      out.append("# leading = ").append(ParseEscapes.escape(body.substring(0, firstStart), true));
      out.append('\n');
    }
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      int next = s + 1 < sentences.size() ? sentences.get(s + 1).start() : body.length();
      writeSentence(out, body, sentence, next);
    }
    String text = out.toString();
    checkRoundTrip(annotated, text);
    return text;
  }

  private static void writeSentence(StringBuilder out, String body, Sentence sentence, int next) {
    out.append("# text = ")
        .append(ParseEscapes.escape(body.substring(sentence.start(), sentence.end()), false))
        .append('\n');
    List<Token> tokens = sentence.tokens();
    for (Token t : tokens) {
      int until = t.index() + 1 < tokens.size() ? tokens.get(t.index() + 1).start() : next;
      if (until < t.end()) {
        throw new IllegalArgumentException("token overlaps the next one: " + t);
      }
      Dependency head = sentence.headOf(t.index());
      out.append(t.index() + 1)
          .append('\t')
          .append(ParseEscapes.field(t.text(), false))
          .append('\t')
          .append(ParseEscapes.field(t.lemma(), true))
          .append('\t')
          .append(ParseEscapes.field(t.pos(), true))
          .append('\t')
          .append(ParseEscapes.field(t.ner(), true))
          .append('\t')
          .append(head == null ? "_" : Integer.toString(head.governor() + 1))
          .append('\t')
          .append(head == null ? "_" : ParseEscapes.field(head.relation(), false))
          .append('\t')
          .append(ParseEscapes.after(body.substring(t.end(), until)))
          .append('\n');
    }
    out.append('\n');
  }

  private static void checkRoundTrip(AnnotatedArticle annotated, String text) {
    List<AnnotatedArticle> back = read("<written>", text);
    String problem = null;
    if (back.size() != 1) {
      problem = "documents: " + back.size();
    } else if (!back.get(0).article().body().equals(annotated.article().body())) {
      problem = "body";
    } else if (!back.get(0).sentences().equals(annotated.sentences())) {
      problem = "sentences";
    } else if (!back.get(0).entities().equals(annotated.entities())) {
      problem = "names: " + annotated.entities() + " read back as " + back.get(0).entities();
    } else if (!back.get(0).coref().equals(annotated.coref())) {
      problem = "coreference: " + annotated.coref() + " read back as " + back.get(0).coref();
    }
    if (problem != null) {
      throw new IllegalArgumentException("the parse does not read back the same (" + problem + ")");
    }
  }

  /** The article of a document: the body the file spells out, nothing else known. */
  static Article article(String file, int line, int index, String body) {
    return new Article(
        "parse-" + index, file + ":" + line, null, null, null, null, "en", body, List.of());
  }
}
