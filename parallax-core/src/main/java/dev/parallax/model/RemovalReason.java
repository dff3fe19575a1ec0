package dev.parallax.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why the cleaner dropped a block of the page, or cut text over a size limit. */
public enum RemovalReason {
  NAVIGATION("navigation"),
  PROMOTION("promotion"),
  RELATED_LINKS("related-links"),
  CAPTION("caption"),
  DUPLICATE("duplicate"),
  BYLINE("byline"),
  DATELINE("dateline"),
  TITLE("title"),
  SHARE("share"),
  COMMENTS("comments"),
  LEGAL("legal"),
  ADVERTISEMENT("advertisement"),
  BOILERPLATE("boilerplate"),
  /** Stray control characters (NUL and other C0 controls) the decode stage removed. */
  CONTROL_CHARACTERS("control-characters"),
  /**
   * Text over a size limit the models can bear: an overlong token, or the body beyond its budget.
   */
  OVERSIZED("oversized");

  private final String wireName;

  RemovalReason(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }
}
