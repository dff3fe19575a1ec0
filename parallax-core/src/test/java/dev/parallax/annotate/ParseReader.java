package dev.parallax.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads one document of a parse file, line by line; see {@link ParseText}. Not thread-safe. */
final class ParseReader {
  private static final int COLUMNS = 8;

  /** The name classes the annotator keeps as names, as its CoreNLP adapter does. */
  private static final Set<String> NAME_CLASSES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final String file;
  private final int line;
  private final StringBuilder body = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<NamedEntity> entities = new ArrayList<>();
  private String text;
  private String textWhere;
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> wheres = new ArrayList<>();

  ParseReader(String file, int line) {
    this.file = file;
    this.line = line;
  }

  void line(String where, String line) {
    if (line.isBlank()) {
      endSentence();
    } else if (line.startsWith("# text = ")) {
      if (text != null || !rows.isEmpty()) {
        throw new IllegalArgumentException(
            where + ": # text inside a sentence: end it with a blank line");
      }
      text = ParseEscapes.unescape(line.substring("# text = ".length()), where);
      textWhere = where;
    } else if (line.startsWith("# leading = ")) {
      if (!sentences.isEmpty() || text != null || body.length() > 0) {
        throw new IllegalArgumentException(
            where + ": # leading must come before the first sentence");
      }
      body.append(ParseEscapes.unescape(line.substring("# leading = ".length()), where));
    } else if (!line.startsWith("#")) {
      if (text == null) {
        throw new IllegalArgumentException(where + ": token row before the sentence's # text");
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != COLUMNS) {
        throw new IllegalArgumentException(
            where
                + ": expected 8 tab-separated columns ID FORM LEMMA POS NER HEAD DEPREL AFTER,"
                + " found "
                + cols.length);
      }
      rows.add(cols);
      wheres.add(where);
    }
  }

  AnnotatedArticle finish(int index) {
    endSentence();
    String content = body.toString();
    List<CorefChain> chains = Coref.RESOLVER.resolve(sentences, entities);
    return new AnnotatedArticle(
        ParseText.article(file, line, index, content), sentences, entities, chains, List.of());
  }

  private void endSentence() {
    if (rows.isEmpty()) {
      if (text != null) {
        throw new IllegalArgumentException(textWhere + ": sentence without tokens");
      }
      return;
    }
    int start = body.length();
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      tokens.add(token(i, rows.get(i), wheres.get(i)));
    }
    int end = tokens.get(tokens.size() - 1).end();
    if (!body.substring(start, end).equals(text)) {
      throw new IllegalArgumentException(
          textWhere
              + ": # text does not match the tokens, which read: "
              + ParseEscapes.escape(body.substring(start, end), false));
    }
    Sentence sentence = new Sentence(sentences.size(), start, end, tokens, dependencies());
    sentences.add(sentence);
    names(sentence);
    rows.clear();
    wheres.clear();
    text = null;
  }

  private Token token(int i, String[] cols, String where) {
    if (!cols[0].equals(Integer.toString(i + 1))) {
      throw new IllegalArgumentException(where + ": ID must be " + (i + 1) + ", not " + cols[0]);
    }
    String form = ParseEscapes.parseField(cols[1], false, where);
    if (form.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty FORM");
    }
    int start = body.length();
    body.append(form);
    Token token =
        new Token(
            i,
            start,
            body.length(),
            form,
            ParseEscapes.parseField(cols[2], true, where),
            ParseEscapes.parseField(cols[3], true, where),
            ParseEscapes.parseField(cols[4], true, where));
    body.append(ParseEscapes.parseAfter(cols[7], where));
    return token;
  }

  /** The edges of the sentence's rows: a HEAD on every row, or on none (an unparsed sentence). */
  private List<Dependency> dependencies() {
    List<Dependency> edges = new ArrayList<>();
    boolean parsed = !rows.get(0)[5].equals("_");
    for (int i = 0; i < rows.size(); i++) {
      String head = rows.get(i)[5];
      String relation = rows.get(i)[6];
      String where = wheres.get(i);
      if (head.equals("_") != relation.equals("_")) {
        throw new IllegalArgumentException(where + ": HEAD and DEPREL go together, or both are _");
      }
      if (parsed == head.equals("_")) {
        throw new IllegalArgumentException(
            where + ": a HEAD on every token of a sentence, or on none (unparsed)");
      }
      if (parsed) {
        int governor = headIndex(head, where);
        edges.add(new Dependency(governor - 1, i, ParseEscapes.unescape(relation, where)));
      }
    }
    return edges;
  }

  private int headIndex(String head, String where) {
    int governor;
    try {
      governor = Integer.parseInt(head);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": HEAD must be a token ID or 0, not " + head);
    }
    if (governor < 0 || governor > rows.size()) {
      throw new IllegalArgumentException(
          where + ": HEAD " + governor + " is outside the sentence of " + rows.size() + " tokens");
    }
    return governor;
  }

  /** Runs of tokens of one name class are one name. */
  private void names(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && type != null && type.equals(tokens.get(j).ner())) {
        j++;
      }
      if (type != null && NAME_CLASSES.contains(type)) {
        int start = tokens.get(i).start();
        int end = tokens.get(j - 1).end();
        entities.add(
            new NamedEntity(start, end, body.substring(start, end), type, sentence.index()));
      }
      i = j;
    }
  }

  /** The annotator's coreference, with the first-name lists it reads from CoreNLP's models jar. */
  private static final class Coref {
    static final PronounCoref RESOLVER = new PronounCoref(firstNames("male"), firstNames("female"));

    private static Set<String> firstNames(String gender) {
      String name = "/edu/stanford/nlp/models/gender/" + gender + "_first_names.txt";
      try (InputStream in = ParseReader.class.getResourceAsStream(name)) {
        if (in == null) {
          return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!l.strip().isEmpty()) {
            names.add(l.strip());
          }
        }
        return names;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
