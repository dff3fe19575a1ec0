package dev.parallax.coverage;

import dev.parallax.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loaded-label lexicon ({@code dev/parallax/coverage/loaded-labels.tsv}): words that carry a
 * judgement ("self-proclaimed", "regime", "slammed"), each with a category and a neutral
 * counterpart. {@link #find} lists the non-overlapping matches in a text, longest first where two
 * overlap. A lexicon finds candidate loaded words; it does not decide that a use is biased (a
 * quoted "regime" is the speaker's, not the outlet's). Immutable and thread-safe.
 */
public final class LoadedLabelLexicon {
  private static final String RESOURCE = "loaded-labels.tsv";

  private record Entry(String term, String category, String neutral, Pattern pattern) {}

  private final List<Entry> entries;

  private LoadedLabelLexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  private static final class BuiltIn {
    static final LoadedLabelLexicon LEXICON = load();
  }

  /** The built-in lexicon, loaded once. */
  public static LoadedLabelLexicon builtIn() {
    return BuiltIn.LEXICON;
  }

  /** How many terms the lexicon holds. */
  public int size() {
    return entries.size();
  }

  /** The loaded labels in {@code text}, in text order, none overlapping. */
  public List<LoadedLabel> find(String text) {
    List<LoadedLabel> all = new ArrayList<>();
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(text);
      while (m.find()) {
        all.add(new LoadedLabel(new Span(m.start(), m.end()), e.term(), e.category(), e.neutral()));
      }
    }
    all.sort(
        Comparator.comparingInt((LoadedLabel l) -> l.span().start())
            .thenComparing(l -> -(l.span().end() - l.span().start())));
    List<LoadedLabel> kept = new ArrayList<>();
    int end = -1;
    for (LoadedLabel l : all) {
      if (l.span().start() >= end) {
        kept.add(l);
        end = l.span().end();
      }
    }
    return kept;
  }

  private static LoadedLabelLexicon load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = LoadedLabelLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (header) {
          header = false;
          continue;
        }
        if (cols.length != 3 || cols[0].isBlank()) {
          throw new IllegalStateException("bad row in " + RESOURCE + ": " + line);
        }
        String neutral = cols[2].strip().equals("-") ? null : cols[2].strip();
        entries.add(new Entry(cols[0].strip(), cols[1].strip(), neutral, pattern(cols[0].strip())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LoadedLabelLexicon(entries);
  }

  /** Whole words, any case, white space between words, the last word inflected. */
  private static Pattern pattern(String term) {
    String[] words = term.split("[\\s]+");
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}-])");
    for (int i = 0; i < words.length; i++) {
      sb.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    sb.append("(?:s|es|d|ed|ing|ly)?(?![\\p{L}\\p{N}-])");
    return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
