package dev.parallax.eval.bench;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.model.Article;
import dev.parallax.resources.Rules;
import dev.parallax.time.TimeTagger;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the time stage on one core: SUTime with Parallax's rules over sentences already tagged,
 * once reading only date-like sentences (the default) and once reading every sentence, so the
 * saving shows side by side. Speed is per CPU second of the calling thread.
 */
final class TimeBench {
  private TimeBench() {}

  /** Figures per scope, keyed by the scope's name in lower case. */
  static Map<String, Object> measure(
      PrintWriter out, Annotator tagged, List<Article> articles, List<Article> warmUp) {
    List<AnnotatedArticle> annotated = articles.stream().map(tagged::annotate).toList();
    List<AnnotatedArticle> warm = warmUp.stream().map(tagged::annotate).toList();
    Map<String, Object> figures = new LinkedHashMap<>();
    for (TimeTagger.Scope scope : TimeTagger.Scope.values()) {
      TimeTagger tagger = new TimeTagger(CoreNlpAnnotators.sutime(), TimeTagger.Layers.FULL, scope);
      warm.forEach(a -> tag(tagger, a));
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long tokens = 0;
      long expressions = 0;
      for (AnnotatedArticle a : annotated) {
        expressions += tag(tagger, a);
        tokens += a.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double rate = seconds == 0 ? 0 : tokens / seconds;
      out.printf(
          Locale.ROOT,
          "time stage, %-19s %8.0f tokens/CPU s  (%d expressions)%n",
          scope.name().toLowerCase(Locale.ROOT),
          rate,
          expressions);
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("tokens_per_cpu_s", (double) Math.round(rate));
      f.put("expressions", expressions);
      figures.put(scope.name().toLowerCase(Locale.ROOT), f);
    }
    figures.put("date_like_sentence_share", dateLikeShare(annotated));
    out.flush();
    return figures;
  }

  private static int tag(TimeTagger tagger, AnnotatedArticle a) {
    String body = a.article().body();
    return tagger.tag(body, a.sentences(), a.article().published()).size();
  }

  private static double dateLikeShare(List<AnnotatedArticle> annotated) {
    var filter = dev.parallax.time.internal.DateLikeSentences.of(Rules.bundled());
    long all = 0;
    long dateLike = 0;
    for (AnnotatedArticle a : annotated) {
      for (Sentence s : a.sentences()) {
        all++;
        dateLike += filter.isDateLike(s) ? 1 : 0;
      }
    }
    return all == 0 ? 0 : Math.round(1000.0 * dateLike / all) / 1000.0;
  }
}
