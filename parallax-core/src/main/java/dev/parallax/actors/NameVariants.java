package dev.parallax.actors;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Transliteration-aware keys of names, from the folds of {@code name-variants.tsv}: the variant key
 * joins spellings of one name (Vjosa and Viosa, Krivosheev and Krivosheyev, Vengerskii and
 * Vengersky); the skeleton joins looser transliterations (Gritsenko and Hrytsenka) and is only used
 * to compare whole names. Immutable and thread-safe.
 */
public final class NameVariants {
  public static final TableSpec TABLE =
      TableSpec.of(
          "actors/name-variants.tsv",
          "spelling and transliteration folds that join variants of one name",
          Column.kind("level", "variant", "skeleton", "feminine"),
          Column.regex("pattern"),
          Column.text("replacement"));

  private record Fold(Pattern pattern, String replacement) {}

  private final List<Fold> variant = new ArrayList<>();
  private final List<Fold> skeleton = new ArrayList<>();
  private final List<Pattern> feminine = new ArrayList<>();

  /** The keys made so far: see {@link KeyMemo}. */
  private final KeyMemo<String> variants = new KeyMemo<>(n -> fold(SurfaceForm.key(n), variant));

  private final KeyMemo<String> skeletons = new KeyMemo<>(n -> fold(variant(n), skeleton));

  private NameVariants(Rules rules) {
    for (TableRow row : rules.table(TABLE).rows()) {
      Pattern p = row.regex("pattern");
      String replacement = "-".equals(row.text("replacement")) ? "" : row.text("replacement");
      switch (row.text("level")) {
        case "variant" -> variant.add(new Fold(p, replacement));
        case "skeleton" -> skeleton.add(new Fold(p, replacement));
        default -> feminine.add(p);
      }
    }
  }

  /** The folds of {@code rules}, built once per rules. */
  public static NameVariants of(Rules rules) {
    return rules.lexicon(NameVariants.class, NameVariants::new);
  }

  /** The bundled folds. */
  public static NameVariants builtIn() {
    return of(Rules.bundled());
  }

  /** The variant key of a name: its {@link SurfaceForm#key} with every word folded. */
  public String variant(String name) {
    return variants.of(name);
  }

  /** The skeleton of a name: the variant key folded further, word by word. */
  public String skeleton(String name) {
    return skeletons.of(name);
  }

  /** True when the last word of {@code name} has a feminine surname ending. */
  public boolean feminine(String name) {
    String[] words = variant(name).split(" ");
    String last = words[words.length - 1];
    return feminine.stream().anyMatch(p -> p.matcher(last).find());
  }

  private static String fold(String key, List<Fold> folds) {
    if (key.isEmpty()) {
      return key;
    }
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      for (Fold f : folds) {
        w = f.pattern().matcher(w).replaceAll(f.replacement());
      }
      words[i] = w;
    }
    return String.join(" ", words);
  }
}
