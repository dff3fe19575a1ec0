package dev.parallax.eval.baseline;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.parallax.model.Article;
import dev.parallax.stories.LeadEmbedder;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link LeadEmbedder} on all-MiniLM-L6-v2 (the ONNX model inside langchain4j's jar, run
 * offline): embeds the headline and the first three paragraphs. Loading takes a few seconds and
 * each article about a tenth of a second on one core, so it is built only when asked for.
 * Thread-safe.
 */
public final class MiniLmLeadEmbedder implements LeadEmbedder {
  private static final int LEAD_PARAGRAPHS = 3;

  private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

  @Override
  public float[] embed(Article article) {
    List<String> paragraphs =
        Arrays.stream(article.body().split("\\n\\s*\\n")).limit(LEAD_PARAGRAPHS).toList();
    String title = article.title() == null ? "" : article.title() + ". ";
    String lead = title + String.join(" ", paragraphs);
    return model.embed(lead.isBlank() ? "-" : lead).content().vector();
  }
}
