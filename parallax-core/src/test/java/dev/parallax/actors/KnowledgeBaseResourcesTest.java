package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in files parse cleanly and are consistent with each other. */
class KnowledgeBaseResourcesTest {
  private final KnowledgeBase kb = KnowledgeBase.builtIn();

  @Test
  void everyRowParsesWithoutRepeatedKeysOrUnknownMetonymTargets() {
    assertThat(kb.problems()).isEmpty();
  }

  @Test
  void countriesCoverTheUnMembersAndTheListedTerritories() {
    // 193 UN members, plus Kosovo, Taiwan, Palestine, Western Sahara and the Holy See.
    assertThat(kb.countries()).hasSize(198);
    assertThat(List.of("KSV", "TWN", "PSE", "ESH", "VAT", "SRB", "ALB", "RUS", "USA", "GBR"))
        .allSatisfy(code -> assertThat(kb.country(code)).isPresent());
    assertThat(kb.country("XK").orElseThrow().code()).isEqualTo("KSV");
    assertThat(kb.country("XKX").orElseThrow().code()).isEqualTo("KSV");
    assertThat(kb.country("ROU").orElseThrow().code()).isEqualTo("ROM");
  }

  @Test
  void countryCodesAndNamesAreUnique() {
    Set<String> alpha2 = new HashSet<>();
    Set<String> alpha3 = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Country c : kb.countries()) {
      assertThat(alpha2.add(c.alpha2())).as("alpha2 %s", c.alpha2()).isTrue();
      assertThat(alpha3.add(c.alpha3())).as("alpha3 %s", c.alpha3()).isTrue();
      assertThat(names.add(SurfaceForm.key(c.name()))).as("name %s", c.name()).isTrue();
      assertThat(c.capitals()).as("capital of %s", c.name()).isNotEmpty();
    }
  }

  @Test
  void organisationIdsNeverLookLikeCountryCodes() {
    Set<String> ids = new HashSet<>();
    for (Organization o : kb.organizations()) {
      assertThat(kb.country(o.id())).as("id %s", o.id()).isEmpty();
      assertThat(ids.add(o.id())).as("id %s", o.id()).isTrue();
      assertThat(o.codeSource()).isIn("cameo", "ours");
      assertThat(o.parent().isEmpty() || kb.organizationById(o.parent()).isPresent())
          .as("parent of %s", o.id())
          .isTrue();
      assertThat(o.country().isEmpty() || kb.country(o.country()).isPresent())
          .as("country of %s", o.id())
          .isTrue();
      assertThat(o.type().equals("IGO") || o.type().equals("NGO") || kb.role(o.type()).isPresent())
          .as("type of %s", o.id())
          .isTrue();
    }
  }

  @Test
  void everyMetonymAndOfficeNamesAKnownActorAndRole() {
    for (Metonym m : kb.metonymList()) {
      assertThat(m.actorCode()).as(m.surface()).isNotEmpty();
      assertThat(m.role().isEmpty() || kb.role(m.role()).isPresent()).as(m.surface()).isTrue();
    }
    for (OfficeTerm t : kb.terms()) {
      boolean knownHolder =
          kb.country(t.holder()).isPresent() || kb.organizationById(t.holder()).isPresent();
      assertThat(knownHolder).as("holder of %s", t.person()).isTrue();
      String prefix = t.code().substring(0, 3);
      assertThat(kb.country(prefix).isPresent() || prefix.equals("IGO") || prefix.equals("NGO"))
          .as("code of %s", t.person())
          .isTrue();
    }
  }

  @Test
  void eachRoleNounSignalsOneRole() {
    Map<String, String> seen = new HashMap<>();
    for (RoleCode r : kb.roles()) {
      for (String noun : r.nouns()) {
        String before = seen.put(SurfaceForm.key(noun), r.code());
        assertThat(before).as("noun '%s' in %s and %s", noun, before, r.code()).isNull();
      }
    }
    assertThat(kb.roles()).extracting(RoleCode::code).contains("GOV", "MIL", "COP", "MED", "SPY");
  }
}
