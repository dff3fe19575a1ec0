package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One outlet's column in a story: its articles, then how it told the story (labels, voices, quotes,
 * reported and omitted events, contradictions), every fact a link to its span. Labels, voices and
 * events come from the outlet's coverage record and contradictions from the run's conflicts; a
 * section with nothing to show says "none found".
 */
final class OutletColumn {
  /** Longer quotes are cut in the column; the reader sees them whole in the article view. */
  private static final int QUOTE_CHARS = 160;

  private final ReportIndex index;

  OutletColumn(ReportIndex index) {
    this.index = index;
  }

  void write(HtmlWriter html, Story story, String outlet, List<String> articles) {
    Coverage coverage = index.coverage(story.id(), outlet).orElse(null);
    Set<String> own = new HashSet<>(articles);
    html.open("div", "class", "outlet").element("h3", null, outlet);
    heading(html, "Articles");
    articles(html, articles);
    heading(html, "Labels");
    labels(html, coverage == null ? List.of() : coverage.labels());
    heading(html, "Voices");
    voices(html, coverage == null ? List.of() : coverage.voices(), articles);
    heading(html, "Quotes");
    quotes(html, articles);
    heading(html, "Reported events");
    events(html, coverage == null ? List.of() : coverage.reported(), own::contains);
    heading(html, "Omitted events (reported by others)");
    events(html, coverage == null ? List.of() : coverage.omitted(), a -> !own.contains(a));
    heading(html, "Contradictions");
    conflicts(html, index.conflicts(story.id()), outlet);
    html.close("div");
  }

  private static void heading(HtmlWriter html, String text) {
    html.element("h4", null, text);
  }

  private void articles(HtmlWriter html, List<String> ids) {
    html.open("ul");
    for (String id : ids) {
      Article a = index.article(id).orElse(null);
      html.open("li");
      String title = a == null || a.title() == null ? "Untitled article " + id : a.title();
      html.articleLink(id, title);
      if (a != null && a.published() != null) {
        html.element("span", "meta", " " + a.published());
      }
      if (a != null && a.copyOf() != null) {
        html.element("span", "meta", " a copy of ");
        html.articleLink(
            a.copyOf(),
            index.article(a.copyOf()).map(Article::title).orElse("article " + a.copyOf()));
      }
      html.close("li");
    }
    html.close("ul");
  }

  private void labels(HtmlWriter html, List<Coverage.Label> labels) {
    html.list(
        labels,
        label -> {
          html.open("li", "class", label.loaded() ? "loaded" : null);
          html.element("q", null, label.label());
          html.text(" for " + index.entityName(label.entity(), "an unlinked actor"));
          html.text(" \u00d7" + label.count() + (label.loaded() ? " (loaded) " : " "));
          int n = 1;
          for (Mention m : label.mentions()) {
            html.fact(m.article(), m.start(), m.end(), "[" + n++ + "]");
          }
          html.close("li");
        });
  }

  private void voices(HtmlWriter html, List<Coverage.Voice> voices, List<String> articles) {
    html.list(
        voices,
        voice -> {
          html.open("li").text(index.entityName(voice.entity(), "unresolved speakers"));
          html.text(": " + StorySection.count(voice.quotes(), "quote") + " ");
          int n = 1;
          for (String article : articles) {
            for (Quote q : index.quotesOf(article)) {
              if (Objects.equals(q.speaker().entity(), voice.entity())) {
                html.fact(q.article(), q.start(), q.end(), "[" + n++ + "]");
              }
            }
          }
          html.close("li");
        });
  }

  private void quotes(HtmlWriter html, List<String> articles) {
    html.list(
        articles.stream().flatMap(a -> index.quotesOf(a).stream()).toList(),
        q -> {
          String speaker = q.speaker().name() == null ? "unknown speaker" : q.speaker().name();
          html.open("li").element("span", "speaker", speaker + ": ");
          html.fact(q.article(), q.start(), q.end(), shorten(q.text())).close("li");
        });
  }

  private void events(HtmlWriter html, List<String> ids, Predicate<String> mentionArticle) {
    html.list(
        ids.stream().flatMap(id -> index.event(id).stream()).toList(),
        e -> {
          html.open("li").element("span", "date", e.date() == null ? "undated" : e.date() + "");
          html.text(" " + index.describe(e) + " ");
          TimelineSection.mentions(
              html, index, e.mentions(), m -> mentionArticle.test(m.article()));
          html.close("li");
        });
  }

  private void conflicts(HtmlWriter html, List<Conflict> conflicts, String outlet) {
    boolean any = false;
    for (Conflict c : conflicts) {
      for (Conflict.Claim claim : c.claims()) {
        if (!outlet.equals(index.outletOf(claim.article()))) {
          continue;
        }
        any = true;
        html.open("div", "class", "conflict").element("p", "summary", c.summary());
        String speaker = claim.speaker() == null ? "" : claim.speaker() + ": ";
        html.open("p").text(speaker);
        html.fact(claim.article(), claim.start(), claim.end(), shorten(claim.text()));
        html.close("p").close("div");
      }
    }
    if (!any) {
      html.none();
    }
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= QUOTE_CHARS) {
      return flat;
    }
    int cut = QUOTE_CHARS - 1;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--; // never split a character outside the BMP
    }
    return flat.substring(0, cut) + "\u2026";
  }
}
