package dev.parallax.eval;

import dev.parallax.actors.Country;
import dev.parallax.actors.KnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts the three-letter country codes of predictions and gold sets on one footing, ISO 3166-1
 * alpha-3: CAMEO codes that differ from ISO ({@code ROM}, {@code TMP}) through the knowledge base,
 * the older codes some gold sets use ({@code JAP}) through {@code gold-country-codes.tsv}. Codes
 * that name no country ({@code IGO}, {@code NGO}) are returned as they are. Thread-safe.
 */
final class CountryCodes {
  private static final Map<String, String> GOLD = load();

  private CountryCodes() {}

  /** The ISO alpha-3 code of a country code, or the code itself when it names no known country. */
  static String iso(String code) {
    String gold = GOLD.get(code);
    if (gold != null) {
      return gold;
    }
    return KnowledgeBase.builtIn().country(code).map(Country::alpha3).orElse(code);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    InputStream in = CountryCodes.class.getResourceAsStream("gold-country-codes.tsv");
    if (in == null) {
      throw new IllegalStateException("gold-country-codes.tsv missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t");
        if (!line.startsWith("#") && cells.length >= 2) {
          map.put(cells[0].strip(), cells[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
