package dev.parallax.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.CorefChain;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.Jsonl;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An annotator that keeps each article's annotation in a folder, keyed by a hash of the body, so
 * that an evaluation run again on the same texts skips the parser. The cache holds parses of the
 * gold texts: keep it outside the repository (under /tmp).
 */
public final class ParseCache implements Annotator {
  private static final ObjectMapper MAPPER =
      Jsonl.mapper().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Annotator inner;
  private final Path dir;

  /** What is stored of an annotation: all but the article, which the caller gives again. */
  private record Stored(
      List<Sentence> sentences,
      List<NamedEntity> entities,
      List<CorefChain> coref,
      List<TimeExpression> times) {}

  public ParseCache(Annotator inner, Path dir) {
    this.inner = inner;
    this.dir = dir;
  }

  @Override
  public Profile profile() {
    return inner.profile();
  }

  @Override
  public AnnotatedArticle annotate(Article article, Diagnostics diagnostics) {
    Path file = dir.resolve(inner.profile() + "-" + key(article.body()) + ".json.gz");
    try {
      if (Files.isRegularFile(file)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          Stored s = MAPPER.readValue(in, Stored.class);
          return new AnnotatedArticle(article, s.sentences(), s.entities(), s.coref(), s.times());
        }
      }
      AnnotatedArticle a = inner.annotate(article, diagnostics);
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "parse", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        MAPPER.writeValue(out, new Stored(a.sentences(), a.entities(), a.coref(), a.times()));
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException("parse cache " + file, e);
    }
  }

  private static String key(String body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
