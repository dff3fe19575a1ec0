package dev.parallax.events;

import java.util.Objects;

/**
 * One CAMEO event code with its reference values.
 *
 * @param code the code ({@code "174"})
 * @param root its two-digit root ({@code "17"})
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein scale value, in [-10, 10]
 * @param plover PLOVER 2021 event type, or null where PLOVER drops the code (roots 01 and 02)
 * @param name a short name, for people
 */
public record CameoCode(
    String code, String root, int quadClass, double goldstein, String plover, String name) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(name, "name");
    if (!code.startsWith(root) || root.length() != 2) {
      throw new IllegalArgumentException("code " + code + " is not under root " + root);
    }
  }
}
