package dev.parallax.pipeline;

import dev.parallax.resources.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What made a run: the Parallax version, fingerprints of the bundled rules and knowledge base, and
 * the stage list; written as {@code run.json} beside the output files. A fingerprint is the SHA-256
 * of the bundled resource files' paths and bytes in path order, so two runs with equal fingerprints
 * read the same rules.
 *
 * @param parallax the version of Parallax
 * @param until the point the run stopped at
 * @param stages the stages that ran, in order
 * @param rules fingerprint of the bundled lexicons, patterns and cue lists (every resource under
 *     {@code dev/parallax/} but the knowledge base)
 * @param knowledgeBase fingerprint of the bundled knowledge base ({@code dev/parallax/actors/kb/})
 * @param userRules the user's rule files layered over the bundled ones ({@code --rules}, {@code
 *     --kb}), in layering order, each with the SHA-256 of its bytes; empty when there are none
 */
public record Provenance(
    String parallax,
    Until until,
    List<String> stages,
    String rules,
    String knowledgeBase,
    List<UserRuleFile> userRules) {
  /** A user's rule file as it was read. */
  public record UserRuleFile(String file, String sha256) {}

  private static final String ROOT = "dev/parallax/";
  private static final String KB = ROOT + "actors/kb/";

  public Provenance {
    stages = List.copyOf(stages);
    userRules = List.copyOf(userRules);
  }

  /**
   * The provenance of a run of {@code pipeline} stopping at {@code until} with {@code rules}, with
   * this build.
   */
  public static Provenance of(Until until, Pipeline pipeline, Rules rules) {
    Map<String, String> prints = Fingerprints.INSTANCE;
    return new Provenance(
        version(),
        until,
        pipeline.stageNames(),
        prints.get("rules"),
        prints.get("kb"),
        user(rules));
  }

  /**
   * One print of everything besides its records that a corpus stage's output can depend on: the
   * bundled rules and knowledge base, the user's rule files and the compiled analysis code of this
   * build. Equal prints, equal stages.
   */
  static String stagePrint(Rules rules) {
    Map<String, String> prints = Fingerprints.INSTANCE;
    StringBuilder b = new StringBuilder();
    b.append(prints.get("rules")).append(' ').append(prints.get("kb")).append(' ');
    b.append(prints.get("code"));
    user(rules).forEach(f -> b.append(' ').append(f.sha256()));
    return b.toString();
  }

  private static List<UserRuleFile> user(Rules rules) {
    return rules.userFiles().stream()
        .map(f -> new UserRuleFile(f.toString(), Fingerprints.hex(digest(f))))
        .toList();
  }

  /**
   * What the rules a run read were, wherever their files lay: the fingerprints of the bundled rules
   * and knowledge base and of the user's files' bytes, in layering order. Two runs with equal
   * prints read the same rules (a Spark job and the import of its output must).
   */
  public record RulePrints(String rules, String knowledgeBase, List<String> userFiles) {
    /** The file of a Spark job's output that holds the prints of the rules it read. */
    public static final String FILE = "_rules.json";

    public RulePrints {
      userFiles = List.copyOf(userFiles);
    }

    public static RulePrints of(Rules rules) {
      Map<String, String> prints = Fingerprints.INSTANCE;
      return new RulePrints(
          prints.get("rules"),
          prints.get("kb"),
          user(rules).stream().map(UserRuleFile::sha256).toList());
    }
  }

  private static MessageDigest digest(Path file) {
    try {
      MessageDigest d = Fingerprints.sha256();
      d.update(Files.readAllBytes(file));
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file, e);
    }
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /** Computed once per JVM: the bundled resources do not change while it runs. */
  private static final class Fingerprints {
    static final Map<String, String> INSTANCE = compute();

    private static Map<String, String> compute() {
      try {
        Path base =
            Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(base)) {
          return fingerprints(base);
        }
        try (FileSystem jar = FileSystems.newFileSystem(base)) {
          return fingerprints(jar.getPath("/"));
        }
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException("cannot read the bundled resources", e);
      }
    }

    private static Map<String, String> fingerprints(Path root) throws IOException {
      MessageDigest rules = sha256();
      MessageDigest kb = sha256();
      MessageDigest code = sha256();
      Path dir = root.resolve(ROOT);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().equals("version.properties"))
                .sorted()
                .toList();
      }
      for (Path f : files) {
        String name = ROOT + dir.relativize(f).toString().replace('\\', '/');
        MessageDigest d = name.endsWith(".class") ? code : name.startsWith(KB) ? kb : rules;
        d.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(Files.readAllBytes(f));
      }
      return Map.of("rules", hex(rules), "kb", hex(kb), "code", hex(code));
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String hex(MessageDigest d) {
      return "sha256:" + HexFormat.of().formatHex(d.digest());
    }
  }
}
