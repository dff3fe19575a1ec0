package dev.parallax.clean;

/**
 * Tells decoded text from binary content that no decoder turns into prose. A few stray control
 * characters (a NUL, a bell) do not make text binary: {@link ControlCharacters} removes them.
 */
final class BinaryCheck {
  /** Share of control or replacement characters above which input is taken as binary. */
  private static final double MAX_NOISE = 0.02;

  private BinaryCheck() {}

  /** A rejection reason when {@code text} looks binary, else null. */
  static String reason(String text) {
    int sample = Math.min(text.length(), 1 << 16);
    int noise = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (ControlCharacters.isStray(c) || c == '\uFFFD') {
        noise++;
      }
    }
    if (sample > 0 && noise > MAX_NOISE * sample) {
      return String.format(
          "binary content: %.0f%% control or undecodable characters", 100.0 * noise / sample);
    }
    return null;
  }
}
