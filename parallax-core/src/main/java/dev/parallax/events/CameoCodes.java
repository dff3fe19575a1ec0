package dev.parallax.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO code table bundled as {@code cameo-codes.tsv}: every code with its root, quad class,
 * Goldstein value and PLOVER type. Immutable and thread-safe.
 */
public final class CameoCodes {
  private final Map<String, CameoCode> byCode;

  private CameoCodes(List<CameoCode> codes) {
    Map<String, CameoCode> map = new LinkedHashMap<>();
    codes.forEach(c -> map.put(c.code(), c));
    this.byCode = Map.copyOf(map);
  }

  /** The bundled table. */
  public static CameoCodes bundled() {
    return Holder.BUNDLED;
  }

  /** The entry of {@code code}, if it is a CAMEO code. */
  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** How many codes the table holds. */
  public int size() {
    return byCode.size();
  }

  private static CameoCode row(String[] c) {
    String plover = c[4].equals("-") ? null : c[4];
    return new CameoCode(
        c[0], c[1], Integer.parseInt(c[2]), Double.parseDouble(c[3]), plover, c[5]);
  }

  private static final class Holder {
    static final CameoCodes BUNDLED =
        new CameoCodes(EventTsv.read("cameo-codes.tsv", 6).stream().map(CameoCodes::row).toList());
  }
}
