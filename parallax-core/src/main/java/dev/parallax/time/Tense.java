package dev.parallax.time;

/** Which way from the publication date the governing verb points an unanchored expression. */
enum Tense {
  PAST,
  FUTURE,
  /** Present, conditional or no verb found: the tense does not decide. */
  UNKNOWN
}
