package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One publisher, however the corpus spells it: one line of {@code outlets.jsonl}. Every record that
 * names an outlet ({@code articles.jsonl}, {@code coverage.jsonl}, the report) names it by {@link
 * #name}, and {@code outlet_id} where a field was added for it.
 *
 * @param id stable id: {@code o} and 16 hex digits of a SHA-256 of the outlet's key (its rule table
 *     id, else its media-list id, else its first domain, else its folded name)
 * @param name the name written as {@code outlet}
 * @param aliases the other spellings the corpus gives, sorted
 * @param domains web domains (without {@code www.}), sorted
 * @param country CAMEO country code, or null when unknown
 * @param group the group or side a user's outlet table assigns, or null
 * @param articles how many of the corpus's articles it published
 */
public record Outlet(
    String id,
    String name,
    List<String> aliases,
    List<String> domains,
    String country,
    String group,
    int articles) {
  public Outlet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    domains = List.copyOf(domains);
  }
}
