package dev.parallax.time;

/** TIMEX3 types. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
