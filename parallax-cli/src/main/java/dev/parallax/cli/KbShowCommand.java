package dev.parallax.cli;

import dev.parallax.actors.Country;
import dev.parallax.actors.KbEntry;
import dev.parallax.actors.KbHit;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.Metonym;
import dev.parallax.actors.OfficeTerm;
import dev.parallax.actors.Organization;
import dev.parallax.actors.RoleCode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax kb show}: what the knowledge base knows about a name. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints everything the knowledge base knows under a name: countries, demonyms, metonyms,"
          + " organisations, roles and office holders, one line each with its CAMEO code."
          + " Case, diacritics, periods and a leading \"the\" are ignored.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax kb show \"the Kremlin\"",
      "  parallax kb show Vucic --date 2016-01-01",
      "  parallax kb show Brussels --kb my-metonyms.tsv"
    })
final class KbShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name (several words join).")
  List<String> words;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Show only the office terms held on this day.")
  String date;

  @CommandLine.Mixin RuleOptions ruleOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate day = parseDate();
    KnowledgeBase kb = KnowledgeBase.of(ruleOptions.rules(spec.commandLine()));
    PrintWriter out = spec.commandLine().getOut();
    kb.problems().forEach(p -> spec.commandLine().getErr().println("kb: skipped " + p));
    String name = String.join(" ", words);
    List<KbHit> hits =
        kb.lookup(name).stream()
            .filter(h -> day == null || !(h.entry() instanceof OfficeTerm t) || t.heldOn(day))
            .toList();
    if (hits.isEmpty()) {
      out.println("nothing known under \"" + name + "\"" + (day == null ? "" : " on " + day));
      return 0;
    }
    for (KbHit h : hits) {
      out.println(
          h.how().name().toLowerCase(Locale.ROOT)
              + "\t"
              + h.entry().actorCode()
              + "\t"
              + describe(h.entry()));
    }
    return 0;
  }

  private LocalDate parseDate() {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD");
    }
  }

  static String describe(KbEntry e) {
    if (e instanceof Country c) {
      return String.format(
          "country %s (%s, ISO %s/%s), capital %s",
          c.name(), c.officialName(), c.alpha2(), c.alpha3(), String.join("/", c.capitals()));
    }
    if (e instanceof Organization o) {
      String where = o.country().isEmpty() ? "" : ", " + o.country();
      return String.format(
          "%s %s (%s%s; code %s)", kind(o), o.name(), o.type(), where, o.codeSource());
    }
    if (e instanceof Metonym m) {
      return String.format(
          "metonym %s for %s (%s)%s",
          m.surface(),
          (m.target() + " " + m.role()).strip(),
          m.kind().name().toLowerCase(Locale.ROOT),
          m.note().isEmpty() ? "" : ": " + m.note());
    }
    if (e instanceof RoleCode r) {
      return "role " + r.code() + ": " + r.description();
    }
    OfficeTerm t = (OfficeTerm) e;
    return String.format(
        "%s, %s%s, %s to %s%s",
        t.person(),
        t.office().isEmpty() ? "" : t.office() + " of ",
        t.holder().isEmpty() ? "?" : t.holder(),
        t.start().map(Object::toString).orElse("?"),
        t.end().map(Object::toString).orElse("now"),
        t.note().isEmpty() ? "" : " (" + t.note() + ")");
  }

  private static String kind(Organization o) {
    return o.type().equals("MED") ? "outlet" : "organisation";
  }
}
