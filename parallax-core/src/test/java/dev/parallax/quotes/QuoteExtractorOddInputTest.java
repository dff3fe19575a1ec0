package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.pipeline.Models;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quote stage on odd bodies as CoreNLP really annotates them. It stays end-to-end, unlike the
 * rule tests: it is about whatever the annotator makes of odd input, and one of its bodies runs to
 * 100,000 characters, no parse to keep by hand.
 */
@Tag("slow") // runs CoreNLP
class QuoteExtractorOddInputTest {
  private static final ActorResolver TAGGER = new ActorResolver(KnowledgeBase.builtIn());
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private static AnnotatedArticle annotate(String body) {
    Article article = new Article("a1", "t.txt", null, null, null, null, "en", body, List.of());
    return Models.shared().annotator().annotate(article);
  }

  @Test
  void oddInputKeepsSpansInBoundsAndNeverThrows() {
    List<String> odd =
        List.of(
            "",
            "\"",
            "He said “it will “never” end.",
            "“" + "the envoy said that it goes on. ".repeat(3200),
            "“Outer ‘inner “deepest” inner’ outer,” she said. » « „ “",
            "She said ” this is odd “ and “unclosed\n\nNext paragraph.");
    for (String body : odd) {
      AnnotatedArticle annotated = annotate(body);
      for (ExtractedQuote q : EXTRACTOR.extract(annotated, TAGGER.tag(annotated))) {
        Quote quote = q.quote();
        assertThat(quote.end()).isLessThanOrEqualTo(body.length());
        assertThat(quote.text()).isEqualTo(body.substring(quote.start(), quote.end()));
        assertThat(quote.end() - quote.start()).isLessThan(QuoteMarks.MAX_OPEN * 2);
      }
      for (ScareQuote s : QuoteExtractor.scareQuotes(annotated.article().body())) {
        assertThat(s.term()).isEqualTo(body.substring(s.start(), s.end()));
      }
    }
  }
}
