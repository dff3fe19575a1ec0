package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import dev.parallax.resources.Rules;
import dev.parallax.testing.OtherLanguages;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Articles in languages Parallax does not analyse: cleaned, dated and kept with their language, but
 * never through an English-only stage; a diagnostic and the result say why.
 */
class OtherLanguagesPipelineTest {
  /** An English-only stage that notes each article it is given. */
  private record EnglishOnly(String name, List<String> seen) implements ArticleStage {
    @Override
    public Set<Layer> reads() {
      return Set.of(Layer.ARTICLE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public boolean englishOnly() {
      return true;
    }

    @Override
    public Document apply(Document doc, Diagnostics diagnostics) {
      seen.add(name + " " + doc.source().source());
      return doc;
    }
  }

  private final List<String> seen = new ArrayList<>();
  private final Pipeline pipeline =
      new Pipeline(
          List.of(
              new PerArticleStages.Decode(),
              new PerArticleStages.Clean(new ArticleCleaner(Rules.bundled())),
              new EnglishOnly("annotate", seen),
              new EnglishOnly("quotes", seen)),
          List.of());

  private static RawDocument doc(String name, String text, SourceMetadata meta) {
    return RawDocument.of(
        name,
        (text + "\n\n" + text.replace('.', ';') + ".\n").getBytes(StandardCharsets.UTF_8),
        MediaType.TEXT,
        StandardCharsets.UTF_8,
        meta);
  }

  private static SourceMetadata dated(String language) {
    return new SourceMetadata(null, "Test Outlet", PartialDate.parse("2026-12-01"), null, language);
  }

  @Test
  void russianSerbianAndAlbanianAreKeptDatedWithTheirLanguageAndNotAnalysed() {
    record Case(String name, String text, String language) {}
    for (Case c :
        List.of(
            new Case("ru.txt", OtherLanguages.RUSSIAN, "ru"),
            new Case("sr.txt", OtherLanguages.SERBIAN_CYRILLIC, "sr"),
            new Case("sr-latn.txt", OtherLanguages.SERBIAN_LATIN, "sr"),
            new Case("sq.txt", OtherLanguages.ALBANIAN, "sq"))) {
      ArticleResult result = pipeline.analyse(doc(c.name(), c.text(), dated(null)));
      Article article = (Article) result.record();
      assertThat(article.language()).as(c.name()).isEqualTo(c.language());
      assertThat(article.published()).isEqualTo(PartialDate.parse("2026-12-01"));
      assertThat(article.body()).contains(c.text().substring(0, 20));
      assertThat(result.notAnalysed()).isEqualTo("language " + c.language());
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.stage()).isEqualTo("annotate");
                assertThat(d.message())
                    .startsWith("not analysed (language " + c.language() + ")")
                    .endsWith("without annotate, quotes");
              });
    }
    assertThat(seen).as("no English-only stage saw any of them").isEmpty();
  }

  @Test
  void inARunThatExtractsItHasNoActorsRatherThanNoActorLayer() {
    Pipeline extracting = Pipeline.standard(Until.EXTRACT, Models.shared(), null);
    ArticleResult result = extracting.analyse(doc("ru.txt", OtherLanguages.RUSSIAN, dated(null)));
    assertThat(result.notAnalysed()).isEqualTo("language ru");
    assertThat(result.actors().article()).isEqualTo(((Article) result.record()).id());
    assertThat(result.actors().mentions()).isEmpty();
    assertThat(result.events()).isEmpty();
    assertThat(result.quotes()).isEmpty();
    assertThat(
            Pipeline.standard(Until.CLEAN, Models.shared(), null)
                .analyse(doc("ru.txt", OtherLanguages.RUSSIAN, dated(null)))
                .actors())
        .as("a run that stops at clean has no actor layer for any article")
        .isNull();
  }

  @Test
  void anEnglishArticleGoesThroughEveryStage() {
    ArticleResult result =
        pipeline.analyse(
            doc(
                "en.txt",
                "The foreign minister said on Tuesday that the border talks would resume next"
                    + " month. Both sides are ready for a dialogue, but many questions remain.",
                dated(null)));
    assertThat(((Article) result.record()).language()).isEqualTo("en");
    assertThat(result.notAnalysed()).isNull();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(seen).containsExactly("annotate en.txt", "quotes en.txt");
  }

  @Test
  void cyrillicTextIsNeverAnalysedAsEnglishWhateverItsDeclaredLanguage() {
    ArticleResult declared =
        pipeline.analyse(doc("declared.txt", OtherLanguages.RUSSIAN, dated("en")));
    assertThat(((Article) declared.record()).language()).isEqualTo("en");
    assertThat(declared.notAnalysed()).isEqualTo("Cyrillic script (declared language en)");
    assertThat(seen).isEmpty();
  }

  @Test
  void theScriptIsTheMajorityOfLetters() {
    assertThat(AnalysedLanguages.mainScript(OtherLanguages.SERBIAN_CYRILLIC))
        .isEqualTo(UnicodeScript.CYRILLIC);
    assertThat(AnalysedLanguages.mainScript(OtherLanguages.SERBIAN_LATIN))
        .isEqualTo(UnicodeScript.LATIN);
    assertThat(
            AnalysedLanguages.mainScript(
                "President Zelensky (Зеленский) met the Serbian minister (министар) in Brussels on"
                    + " Monday."))
        .as("an English text quoting a few Cyrillic words")
        .isEqualTo(UnicodeScript.LATIN);
    assertThat(AnalysedLanguages.mainScript("2026 — 12:30, 45 %")).isNull();
  }

  @Test
  void theSummarySaysHowManyWereNotAnalysedAndWhy() {
    ResultWriter writer = new ResultWriter(null, Progress.NONE);
    for (String text :
        List.of(OtherLanguages.RUSSIAN, OtherLanguages.SERBIAN_CYRILLIC, OtherLanguages.ALBANIAN)) {
      RawDocument d = doc(text.substring(0, 12) + ".txt", text, dated(null));
      writer.write(pipeline.analyse(d), d);
    }
    RawDocument more = doc("ru-2.txt", OtherLanguages.RUSSIAN + " Да.", dated(null));
    writer.write(pipeline.analyse(more), more);
    assertThat(writer.notAnalysed())
        .containsExactly(
            java.util.Map.entry("language ru", 2),
            java.util.Map.entry("language sq", 1),
            java.util.Map.entry("language sr", 1));
    AnalysisSummary summary =
        new AnalysisSummary(
            4,
            0,
            0,
            4,
            java.time.Duration.ZERO,
            java.util.Map.of(),
            List.of(),
            java.util.Map.of("annotate", 4),
            writer.notAnalysed(),
            java.util.Map.of());
    assertThat(summary.notAnalysedCount()).isEqualTo(4);
    assertThat(summary.notAnalysedLine()).isEqualTo("2 language ru, 1 language sq, 1 language sr");
  }
}
