package dev.parallax.report;

import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Story;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The timeline: every event of the run in date order (when it happened, not when it was reported),
 * then the undated ones apart, each with its story and a link to every sentence reporting it.
 */
final class TimelineSection {
  private final ReportIndex index;
  private final Map<String, Story> stories;

  TimelineSection(ReportIndex index, List<Story> stories) {
    this.index = index;
    this.stories = stories.stream().collect(Collectors.toMap(Story::id, s -> s, (a, b) -> a));
  }

  void write(HtmlWriter html, List<Event> events) {
    List<Event> dated =
        events.stream()
            .filter(e -> e.date() != null)
            .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
            .toList();
    List<Event> undated =
        events.stream()
            .filter(e -> e.date() == null)
            .sorted(Comparator.comparing(TimelineSection::storyKey).thenComparing(Event::id))
            .toList();
    html.open("section", "id", "timeline").open("details").open("summary");
    html.element("h2", null, "Timeline of events");
    html.element("span", "meta", " " + StorySection.count(events.size(), "event")).close("summary");
    table(html, dated, "dated");
    html.element("h3", null, "Undated events");
    table(html, undated, "undated");
    html.close("details").close("section");
  }

  private static String storyKey(Event e) {
    return e.story() == null ? "" : e.story();
  }

  private void table(HtmlWriter html, List<Event> events, String cls) {
    if (events.isEmpty()) {
      html.none();
      return;
    }
    html.open("table", "class", "timeline " + cls).raw("<thead><tr>");
    for (String head : List.of("date", "event", "story", "reported in")) {
      html.element("th", null, head);
    }
    html.raw("</tr></thead><tbody>");
    events.forEach(e -> row(html, e));
    html.raw("</tbody></table>");
  }

  private void row(HtmlWriter html, Event e) {
    html.open("tr", "id", "event-" + e.id());
    html.element("td", "date", e.date() == null ? "undated" : e.date().toString());
    html.element("td", "what", index.describe(e));
    html.open("td", "class", "story");
    Story story = e.story() == null ? null : stories.get(e.story());
    if (story == null) {
      html.text("no story");
    } else {
      html.open("a", "href", "#story-" + story.id()).text(StorySection.title(story)).close("a");
    }
    html.close("td").open("td", "class", "mentions");
    mentions(html, index, e.mentions(), m -> true);
    html.close("td").close("tr");
  }

  /** Links to the mentions that pass {@code keep}, each labelled with its outlet and trigger. */
  static void mentions(
      HtmlWriter html,
      ReportIndex index,
      List<EventMention> mentions,
      Predicate<EventMention> keep) {
    boolean first = true;
    for (EventMention m : mentions) {
      if (!keep.test(m)) {
        continue;
      }
      if (!first) {
        html.raw(" ");
      }
      first = false;
      String label = index.outletOf(m.article()) + ": \u201c" + m.trigger() + "\u201d";
      html.fact(m.article(), m.start(), m.end(), label);
    }
  }
}
