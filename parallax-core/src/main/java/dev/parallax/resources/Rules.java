package dev.parallax.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rule tables an analysis reads: the files bundled under {@code dev/parallax/} on the class
 * path, with a user's files layered over them. A user's rules folder mirrors the bundled layout
 * ({@code coverage/loaded-labels.tsv}; a file name that only one table has may stand at the
 * folder's top); a knowledge-base file given alone is known by its header row. In each table a
 * user's rows for a key replace the bundled rows of that key, rows with a new key are added, and a
 * row whose first cell starts with {@value TableSpec#REMOVE} removes the rows of its key.
 *
 * <p>Every user file is read and checked when the rules are made, so a mistake is reported, with
 * its file and line, before any analysis starts. A broken bundled file is a broken build. The
 * lexicons built from a set of rules are kept with it ({@link #lexicon}), so each is built once.
 * Thread-safe.
 */
public final class Rules {
  private static final String ROOT = "/dev/parallax/";
  private static final String KB_FOLDER = "actors/kb/";
  private static final Map<String, Table> BUNDLED_TABLES = new ConcurrentHashMap<>();
  private static final Rules BUNDLED = new Rules(Map.of(), List.of());

  private final Map<String, Table> layered;
  private final List<Path> userFiles;
  private final Map<Class<?>, Object> lexicons = new ConcurrentHashMap<>();

  private Rules(Map<String, Table> layered, List<Path> userFiles) {
    this.layered = Map.copyOf(layered);
    this.userFiles = List.copyOf(userFiles);
  }

  /** The bundled rules alone. */
  public static Rules bundled() {
    return BUNDLED;
  }

  /**
   * The bundled rules with a user's files over them: every rule file under {@code rulesFolder}
   * (when not null), then each of {@code kbFiles} in order.
   *
   * @param known the tables a user may extend
   * @throws RulesException naming every problem found, with file and line
   */
  public static Rules layered(Collection<TableSpec> known, Path rulesFolder, List<Path> kbFiles) {
    List<RuleProblem> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    Map<String, List<TableReader.Parsed>> layers = new LinkedHashMap<>();
    if (rulesFolder != null) {
      for (Path file : ruleFiles(rulesFolder, problems)) {
        String relative = rulesFolder.relativize(file).toString().replace('\\', '/');
        Optional<TableSpec> spec = byPath(known, relative);
        if (spec.isEmpty()) {
          problems.add(
              new RuleProblem(
                  file.toString(),
                  0,
                  "not a rule file Parallax reads (`parallax rules` lists them, for example "
                      + known.iterator().next().path()
                      + ")"));
          continue;
        }
        read(spec.get(), file, layers, files, problems);
      }
    }
    for (Path file : kbFiles) {
      Optional<TableSpec> spec = byHeader(known, file, problems);
      spec.ifPresent(s -> read(s, file, layers, files, problems));
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    for (Map.Entry<String, List<TableReader.Parsed>> e : layers.entrySet()) {
      TableSpec spec = e.getValue().get(0).spec();
      tables.put(e.getKey(), layer(bundledTable(spec), e.getValue(), problems));
    }
    if (!problems.isEmpty()) {
      throw new RulesException(problems);
    }
    return new Rules(tables, files);
  }

  /** The table {@code spec} as this analysis reads it. */
  public Table table(TableSpec spec) {
    Table t = layered.get(spec.path());
    return t != null ? t : bundledTable(spec);
  }

  /**
   * The lexicon of {@code type} built from these rules by {@code build}, built on first use and
   * then kept (a lexicon may read others of the same rules while it is built).
   */
  public <T> T lexicon(Class<T> type, Function<Rules, T> build) {
    Object v = lexicons.get(type);
    if (v == null) {
      v = build.apply(this);
      Object earlier = lexicons.putIfAbsent(type, v);
      if (earlier != null) {
        v = earlier;
      }
    }
    return type.cast(v);
  }

  /** The user's files these rules read, in layering order; empty for the bundled rules. */
  public List<Path> userFiles() {
    return userFiles;
  }

  /** The bundled table {@code spec}, read once per JVM. */
  static Table bundledTable(TableSpec spec) {
    return BUNDLED_TABLES.computeIfAbsent(spec.path(), p -> readBundled(spec));
  }

  private static Table readBundled(TableSpec spec) {
    String name = ROOT + spec.path();
    try (InputStream in = Rules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing rule file " + name + ": a broken build");
      }
      TableReader.Parsed p = TableReader.read(spec, spec.path(), reader(in));
      List<RuleProblem> problems = new ArrayList<>(p.problems());
      if (!p.removals().isEmpty()) {
        TableReader.Removal r = p.removals().get(0);
        problems.add(new RuleProblem(r.source(), r.line(), "a bundled file removes nothing"));
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "broken bundled rule file (a broken build): "
                + new RulesException(problems).getMessage());
      }
      return new Table(spec, p.rows(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
  }

  /** The bundled rows with each user layer over them, in order. */
  private static Table layer(
      Table bundled, List<TableReader.Parsed> layers, List<RuleProblem> problems) {
    Map<String, List<TableRow>> groups = new LinkedHashMap<>();
    for (TableRow row : bundled.rows()) {
      groups.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
    }
    for (TableReader.Parsed layer : layers) {
      for (TableReader.Removal r : layer.removals()) {
        if (groups.remove(r.key()) == null) {
          problems.add(
              new RuleProblem(
                  r.source(), r.line(), "removes nothing: no row has the key " + r.key()));
        }
      }
      Map<String, List<TableRow>> user = new LinkedHashMap<>();
      for (TableRow row : layer.rows()) {
        user.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
      }
      groups.putAll(user);
    }
    List<TableRow> rows = groups.values().stream().flatMap(List::stream).toList();
    return new Table(bundled.spec(), rows, List.of());
  }

  private static void read(
      TableSpec spec,
      Path file,
      Map<String, List<TableReader.Parsed>> layers,
      List<Path> files,
      List<RuleProblem> problems) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      TableReader.Parsed p = TableReader.read(spec, file.toString(), in);
      problems.addAll(p.problems());
      layers.computeIfAbsent(spec.path(), k -> new ArrayList<>()).add(p);
      files.add(file);
    } catch (IOException | UncheckedIOException e) {
      problems.add(new RuleProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
    }
  }

  private static List<Path> ruleFiles(Path folder, List<RuleProblem> problems) {
    if (!Files.isDirectory(folder)) {
      problems.add(new RuleProblem(folder.toString(), 0, "not a folder"));
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new RuleProblem(folder.toString(), 0, "cannot read: " + e.getMessage()));
      return List.of();
    }
  }

  /** The table at {@code relative}, or the only table whose file has that name. */
  private static Optional<TableSpec> byPath(Collection<TableSpec> known, String relative) {
    for (TableSpec s : known) {
      if (s.path().equals(relative)) {
        return Optional.of(s);
      }
    }
    List<TableSpec> named = known.stream().filter(s -> s.path().endsWith("/" + relative)).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** The knowledge-base table whose header the file starts with. */
  private static Optional<TableSpec> byHeader(
      Collection<TableSpec> known, Path file, List<RuleProblem> problems) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Optional<List<String>> header = TableReader.header(in);
      List<TableSpec> kb = known.stream().filter(s -> s.path().startsWith(KB_FOLDER)).toList();
      Optional<TableSpec> spec =
          header.flatMap(h -> kb.stream().filter(s -> s.header().equals(h)).findFirst());
      if (spec.isEmpty()) {
        problems.add(
            new RuleProblem(
                file.toString(),
                0,
                "the first row is not the header of a knowledge-base table (for example: "
                    + String.join(
                        "<TAB>", kb.isEmpty() ? List.of() : kb.get(kb.size() - 1).header())
                    + ")"));
      }
      return spec;
    } catch (IOException | UncheckedIOException e) {
      problems.add(new RuleProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
