package dev.parallax.time;

/** Which way from the publication date the governing verb points an unanchored expression. */
enum Tense {
  PAST,
  FUTURE,
  /** Simple present: in news, a scheduled or just-happened event, so the nearest day. */
  PRESENT,
  /** Present, conditional or no verb found: the tense does not decide. */
  UNKNOWN
}
