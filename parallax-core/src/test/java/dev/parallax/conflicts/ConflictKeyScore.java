package dev.parallax.conflicts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted conflicts against an answer key whose conflicts have two {@code sides}, each a
 * list of {@code {file, speaker, snippet}}. A prediction matches a key conflict when one of its
 * claims overlaps a snippet of each side (snippets are located verbatim in the cleaned bodies).
 * Recall: key conflicts matched by some prediction; precision: predictions that match some key
 * conflict; snippet recall: the key's side snippets that a claim of a matching prediction overlaps.
 */
record ConflictKeyScore(
    int keyed,
    int recalled,
    int predicted,
    int correct,
    int snippets,
    int snippetsFound,
    List<String> report) {
  private record Located(String article, int start, int end) {}

  double recall() {
    return keyed == 0 ? 0 : (double) recalled / keyed;
  }

  double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  static ConflictKeyScore score(JsonNode key, List<JsonNode> articles, List<JsonNode> predicted) {
    Map<String, JsonNode> byFile = new HashMap<>();
    Map<String, String> fileOf = new HashMap<>();
    for (JsonNode a : articles) {
      String file = Path.of(a.get("source").asText()).getFileName().toString();
      byFile.put(file, a);
      fileOf.put(a.get("id").asText(), file);
    }
    List<String> report = new ArrayList<>();
    boolean[] useful = new boolean[predicted.size()];
    int recalled = 0;
    int snippets = 0;
    int snippetsFound = 0;
    for (JsonNode k : key) {
      List<List<Located>> sides = new ArrayList<>();
      k.get("sides").forEach(side -> sides.add(locate(side, byFile)));
      boolean hit = false;
      List<JsonNode> matching = new ArrayList<>();
      for (int i = 0; i < predicted.size(); i++) {
        JsonNode p = predicted.get(i);
        if (sides.stream().allMatch(side -> covers(p, side))) {
          useful[i] = true;
          hit = true;
          matching.add(p);
        }
      }
      for (JsonNode side : k.get("sides")) {
        snippets += side.size();
      }
      for (List<Located> side : sides) {
        for (Located l : side) {
          snippetsFound += matching.stream().anyMatch(p -> covers(p, List.of(l))) ? 1 : 0;
        }
      }
      recalled += hit ? 1 : 0;
      report.add((hit ? "FOUND  " : "MISSED ") + k.get("about").asText());
    }
    int correct = 0;
    for (int i = 0; i < predicted.size(); i++) {
      correct += useful[i] ? 1 : 0;
      report.add((useful[i] ? "RIGHT  " : "OTHER  ") + predicted.get(i).get("summary").asText());
      for (JsonNode c : predicted.get(i).get("claims")) {
        report.add(
            "         "
                + fileOf.get(c.get("article").asText())
                + " ["
                + c.get("speaker")
                + "] "
                + c.get("text").asText());
      }
    }
    report.add(
        String.format(
            "recall %d/%d, precision %d/%d, side snippets found %d/%d",
            recalled, key.size(), correct, predicted.size(), snippetsFound, snippets));
    return new ConflictKeyScore(
        key.size(), recalled, predicted.size(), correct, snippets, snippetsFound, report);
  }

  private static List<Located> locate(JsonNode side, Map<String, JsonNode> byFile) {
    List<Located> out = new ArrayList<>();
    for (JsonNode s : side) {
      JsonNode article = byFile.get(s.get("file").asText());
      if (article == null) {
        continue;
      }
      String snippet = s.get("snippet").asText();
      int at = article.get("body").asText().indexOf(snippet);
      if (at >= 0) {
        out.add(new Located(article.get("id").asText(), at, at + snippet.length()));
      }
    }
    return out;
  }

  private static boolean covers(JsonNode conflict, List<Located> side) {
    for (JsonNode c : conflict.get("claims")) {
      for (Located l : side) {
        if (l.article().equals(c.get("article").asText())
            && c.get("start").asInt() < l.end()
            && l.start() < c.get("end").asInt()) {
          return true;
        }
      }
    }
    return false;
  }
}
