package dev.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The stories of the bundled example corpus's answer key: the file names of each. */
final class StoryKey {
  private StoryKey() {}

  static List<Set<String>> read(Path examples) throws IOException {
    JsonNode key = Jsonl.mapper().readTree(Files.readString(examples.resolve(".answers.json")));
    List<Set<String>> stories = new ArrayList<>();
    key.get("stories")
        .forEach(
            s -> {
              Set<String> files = new TreeSet<>();
              s.forEach(f -> files.add(f.asText()));
              stories.add(files);
            });
    return stories;
  }
}
