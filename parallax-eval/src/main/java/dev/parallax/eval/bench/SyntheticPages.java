package dev.parallax.eval.bench;

import java.util.Random;

/**
 * Generates news-like pages for benchmarks: an HTML page with the furniture real pages carry
 * (scripts, styles, navigation, related links, footer) around 5-20 KB of article text, and the same
 * shape as a whole-page text dump. Deterministic for a seed; the words are invented filler, not
 * anyone's writing.
 */
final class SyntheticPages {
  private static final String[] WORDS = {
    "the",
    "council",
    "said",
    "on",
    "Monday",
    "that",
    "its",
    "plan",
    "for",
    "a",
    "new",
    "bridge",
    "would",
    "cost",
    "more",
    "than",
    "expected",
    "and",
    "officials",
    "from",
    "both",
    "sides",
    "met",
    "in",
    "capital",
    "to",
    "discuss",
    "trade",
    "agreement",
    "after",
    "weeks",
    "of",
    "talks",
    "minister",
    "told",
    "reporters",
    "government",
    "will",
    "not",
    "accept",
    "terms",
    "while",
    "opposition",
    "called",
    "decision",
    "mistake",
    "residents",
    "protested",
    "outside",
    "building",
    "police",
    "estimated",
    "crowd",
    "at",
    "several",
    "thousand",
    "people",
    "later",
    "spokesman",
    "denied",
    "reports",
    "embassy",
    "was",
    "closed",
    "election",
    "results",
    "expected",
    "by",
    "Friday",
    "analysts",
    "warned",
    "prices",
    "could",
    "rise",
    "again",
    "this",
    "year",
    "ferry",
    "harbour",
    "workers",
    "union",
    "strike",
    "ended",
    "agreement",
    "reached",
  };
  private static final String[] SECTIONS = {
    "Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Video"
  };

  private final Random random;

  SyntheticPages(long seed) {
    this.random = new Random(seed);
  }

  /** An HTML page whose article text is {@code textBytes} long, give or take a sentence. */
  String html(int textBytes) {
    StringBuilder page = new StringBuilder(textBytes + 4096);
    String title = sentence(6, 10);
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(title)
        .append(
            " | The Daily Example</title>\n<style>body{font:16px serif}.nav a{margin:4px}</style>\n")
        .append("<script>window.dataLayer=window.dataLayer||[];function t(){dataLayer.push(")
        .append(
            "arguments)}t('js',new Date());</script>\n</head><body>\n<header><nav class=\"nav\">");
    for (String section : SECTIONS) {
      page.append("<a href=\"/")
          .append(section.toLowerCase(java.util.Locale.ROOT))
          .append("\">")
          .append(section)
          .append("</a> ");
    }
    page.append("</nav></header>\n<main><article><h1>")
        .append(title)
        .append("</h1>\n")
        .append("<p class=\"byline\">By Staff Reporter, 5 March 2024</p>\n");
    for (String paragraph : paragraphs(textBytes)) {
      page.append("<p>").append(paragraph).append("</p>\n");
    }
    page.append("</article>\n<aside><h3>Related</h3><ul>");
    for (int i = 0; i < 5; i++) {
      page.append("<li><a href=\"/story/")
          .append(i)
          .append("\">")
          .append(sentence(5, 9))
          .append("</a></li>");
    }
    return page.append("</ul></aside></main>\n<footer><p>Copyright The Daily Example. All rights")
        .append(" reserved.</p></footer>\n</body></html>\n")
        .toString();
  }

  /** A whole-page text dump: menu lines, headline, paragraphs, footer. */
  String text(int textBytes) {
    StringBuilder page = new StringBuilder(textBytes + 1024);
    page.append(String.join(" | ", SECTIONS)).append("\n\n").append(sentence(6, 10)).append("\n\n");
    for (String paragraph : paragraphs(textBytes)) {
      page.append(paragraph).append("\n\n");
    }
    return page.append("Related: ")
        .append(sentence(5, 9))
        .append("\n\n")
        .append("Copyright The Daily Example. All rights reserved.\n")
        .toString();
  }

  /** A length in [min, max] bytes, for pages of varied size. */
  int size(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private java.util.List<String> paragraphs(int textBytes) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int written = 0;
    while (written < textBytes) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = 2 + random.nextInt(4);
      for (int i = 0; i < sentences; i++) {
        paragraph.append(i == 0 ? "" : " ").append(sentence(8, 28));
      }
      out.add(paragraph.toString());
      written += paragraph.length();
    }
    return out;
  }

  private String sentence(int minWords, int maxWords) {
    int n = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      if (i == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      s.append(i == 0 ? "" : " ").append(w);
    }
    return s.append('.').toString();
  }
}
