package dev.parallax.eval;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attributions of a brat standoff file as PolNeAR writes them: text-bound annotations
 * {@code T<n>\tSource|Cue|Content <start> <end>[;<start> <end>...]\t<text>} and events {@code
 * E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> Source:T<s>} (the source is missing for {@code
 * Attribution-no-source}). Offsets in the file count code points; the result counts UTF-16 units of
 * {@code text}. Lines of other kinds are skipped; malformed lines too.
 */
public final class BratAttributions {
  private BratAttributions() {}

  /**
   * One gold attribution.
   *
   * @param content the fragments of the content (more than one when discontinuous)
   * @param source the fragments of the source, empty when none is annotated
   * @param cue the fragments of the cue, empty when none is annotated
   */
  public record Gold(List<Span> content, List<Span> source, List<Span> cue) {
    public Gold {
      content = List.copyOf(content);
      source = List.copyOf(source);
      cue = List.copyOf(cue);
    }
  }

  /** The attributions of {@code ann} whose offsets index {@code text}. */
  public static List<Gold> read(String ann, String text) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && cols[0].startsWith("T")) {
        List<Span> frags = fragments(cols[1], text);
        if (frags != null) {
          spans.put(cols[0], frags);
        }
      } else if (cols.length >= 2 && cols[0].startsWith("E")) {
        events.add(cols[1].trim().split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] event : events) {
      Map<String, List<Span>> roles = new HashMap<>();
      for (String arg : event) {
        int colon = arg.indexOf(':');
        if (colon > 0) {
          roles.put(
              arg.substring(0, colon), spans.getOrDefault(arg.substring(colon + 1), List.of()));
        }
      }
      List<Span> content = roles.getOrDefault("Content", List.of());
      if (!content.isEmpty()) {
        out.add(
            new Gold(
                content,
                roles.getOrDefault("Source", List.of()),
                roles.getOrDefault("Cue", List.of())));
      }
    }
    return out;
  }

  /** "Content 209 236;91 186" as UTF-16 spans, or null when malformed or out of range. */
  private static List<Span> fragments(String typeAndRange, String text) {
    int space = typeAndRange.indexOf(' ');
    if (space < 0) {
      return null;
    }
    List<Span> out = new ArrayList<>();
    int codePoints = text.codePointCount(0, text.length());
    try {
      for (String frag : typeAndRange.substring(space + 1).split(";")) {
        String[] ends = frag.trim().split(" ");
        int start = Integer.parseInt(ends[0]);
        int end = Integer.parseInt(ends[1]);
        if (start < 0 || end < start || end > codePoints) {
          return null;
        }
        out.add(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return null;
    }
    return out;
  }
}
