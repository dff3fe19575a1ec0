package dev.parallax.actors;

import java.util.List;

/**
 * A CAMEO actor role (GOV, MIL, MED...) and the nouns that signal it in English news text.
 *
 * @param code three-letter role code
 * @param description what the role covers
 * @param nouns lower-case nouns and noun phrases, singular and plural
 */
public record RoleCode(String code, String description, List<String> nouns) implements KbEntry {
  public RoleCode {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("role code must be three capital letters: " + code);
    }
    description = description == null ? "" : description;
    nouns = List.copyOf(nouns);
  }

  @Override
  public String label() {
    return code + " (" + description + ")";
  }

  @Override
  public String actorCode() {
    return code;
  }
}
