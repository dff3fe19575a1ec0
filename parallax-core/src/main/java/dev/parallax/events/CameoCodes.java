package dev.parallax.events;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO code table bundled as {@code cameo-codes.tsv}: every code with its root, quad class,
 * Goldstein value and PLOVER type. Immutable and thread-safe.
 */
public final class CameoCodes {
  public static final TableSpec TABLE =
      TableSpec.of(
          "events/cameo-codes.tsv",
          "CAMEO event codes with root, quad class, Goldstein value and PLOVER type",
          Column.text("code").asKey(),
          Column.text("root"),
          Column.integer("quad"),
          Column.decimal("goldstein"),
          Column.text("plover"),
          Column.text("name"));

  private final Map<String, CameoCode> byCode;

  private CameoCodes(List<CameoCode> codes) {
    Map<String, CameoCode> map = new LinkedHashMap<>();
    codes.forEach(c -> map.put(c.code(), c));
    this.byCode = Map.copyOf(map);
  }

  /** The code table of {@code rules}, built once per rules. */
  public static CameoCodes of(Rules rules) {
    return rules.lexicon(
        CameoCodes.class,
        r -> new CameoCodes(r.table(TABLE).rows().stream().map(CameoCodes::row).toList()));
  }

  /** The bundled table. */
  public static CameoCodes bundled() {
    return of(Rules.bundled());
  }

  /** The entry of {@code code}, if it is a CAMEO code. */
  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** How many codes the table holds. */
  public int size() {
    return byCode.size();
  }

  private static CameoCode row(TableRow r) {
    String plover = r.text("plover").equals("-") ? null : r.text("plover");
    return new CameoCode(
        r.text("code"),
        r.text("root"),
        r.integer("quad"),
        r.decimal("goldstein"),
        plover,
        r.text("name"));
  }
}
