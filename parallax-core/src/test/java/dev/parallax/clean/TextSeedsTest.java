package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed dumps ({@code ../shared/corpora/seeds/*.txt}, skipped when absent): general properties
 * of a clean body, checked without embedding any of their text.
 */
class TextSeedsTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora", "seeds");
  private static final int MIN_PARAGRAPHS = 8;

  private static List<Path> seeds() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "seed corpus not present: " + SEEDS);
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assumeTrue(!txt.isEmpty(), "no seed dumps in " + SEEDS);
      return txt;
    }
  }

  private static CleanedPage clean(Path seed) throws IOException {
    return new TextPageCleaner().clean(Files.readString(seed, StandardCharsets.UTF_8), null);
  }

  @Test
  void everyBodyIsSubstantialAndHoldsEachParagraphOnce() throws IOException {
    for (Path seed : seeds()) {
      CleanedPage page = clean(seed);
      assertThat(page.paragraphs()).as(seed.toString()).hasSizeGreaterThanOrEqualTo(MIN_PARAGRAPHS);
      Set<String> seen = new HashSet<>();
      for (String p : page.paragraphs()) {
        assertThat(seen.add(TextLexicon.normalize(p))).as("repeated in " + seed).isTrue();
      }
    }
  }

  @Test
  void noRemovedLineComesBackInTheBody() throws IOException {
    for (Path seed : seeds()) {
      CleanedPage page = clean(seed);
      Set<String> body = new HashSet<>(page.paragraphs());
      for (RemovedBlock block : page.removed()) {
        for (String line : block.text().split("\n")) {
          if (block.reason() != RemovalReason.DUPLICATE) {
            assertThat(body).as(seed + ": " + block.reason()).doesNotContain(line);
          }
        }
      }
    }
  }

  @Test
  void everyBodyIsTextOfItsDump() throws IOException {
    for (Path seed : seeds()) {
      String folded =
          Files.readString(seed, StandardCharsets.UTF_8).replaceAll("[\\s\\u00A0]+", " ");
      for (String p : clean(seed).paragraphs()) {
        assertThat(folded).as(seed.toString()).contains(p);
      }
    }
  }

  /**
   * Page furniture shows as short lines without punctuation: none may open or close a body, and no
   * two may follow each other (a subheading stands alone between paragraphs).
   */
  @Test
  void noMenuLikeLinesAtTheEdgesOrInRuns() throws IOException {
    for (Path seed : seeds()) {
      List<String> body = clean(seed).paragraphs();
      assertThat(label(body.get(0))).as(seed + " opens with a label").isFalse();
      assertThat(label(body.get(body.size() - 1))).as(seed + " closes with a label").isFalse();
      for (int i = 1; i < body.size(); i++) {
        assertThat(label(body.get(i - 1)) && label(body.get(i)))
            .as(seed + " has a run of labels at " + i)
            .isFalse();
      }
    }
  }

  @Test
  void dropsTheDebrisKindsTheSeedsCarry() throws IOException {
    Set<RemovalReason> reasons = new HashSet<>();
    for (Path seed : seeds()) {
      clean(seed).removed().forEach(b -> reasons.add(b.reason()));
    }
    assertThat(reasons)
        .contains(
            RemovalReason.NAVIGATION,
            RemovalReason.RELATED_LINKS,
            RemovalReason.PROMOTION,
            RemovalReason.CAPTION,
            RemovalReason.DUPLICATE);
  }

  private static boolean label(String paragraph) {
    return paragraph.split("\\s+").length < 4 && !paragraph.matches(".*[.!?,;:\"”].*");
  }
}
