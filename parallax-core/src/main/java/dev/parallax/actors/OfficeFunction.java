package dev.parallax.actors;

/** What an office is, across the titles countries give it. */
public enum OfficeFunction {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  /** A president who is also head of government (United States). */
  HEAD_OF_STATE_AND_GOVERNMENT,
  FOREIGN_MINISTER,
  SPOKESPERSON,
  /** Secretary-General, Commission President and the like. */
  HEAD_OF_ORGANIZATION,
  OTHER;

  /** True when holding this office means holding {@code asked} too. */
  public boolean covers(OfficeFunction asked) {
    return this == asked
        || (this == HEAD_OF_STATE_AND_GOVERNMENT
            && (asked == HEAD_OF_STATE || asked == HEAD_OF_GOVERNMENT));
  }
}
