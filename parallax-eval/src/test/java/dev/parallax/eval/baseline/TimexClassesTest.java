package dev.parallax.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexClassesTest {
  private static final TimexClasses CLASSES = TimexClasses.bundled();

  @Test
  void classesExpressionsByTheirText() {
    assertThat(CLASSES.classOf("every evening")).isEqualTo("SET");
    assertThat(CLASSES.classOf("2011-2013")).isEqualTo("RANGE");
    assertThat(CLASSES.classOf("between 6 and 9 weeks")).isEqualTo("RANGE");
    assertThat(CLASSES.classOf("three weeks later")).isEqualTo("OFFSET");
    assertThat(CLASSES.classOf("the following week")).isEqualTo("ANAPHOR");
    assertThat(CLASSES.classOf("the second quarter")).isEqualTo("QUARTER");
    assertThat(CLASSES.classOf("Wednesday afternoon")).isEqualTo("WEEKDAY");
    assertThat(CLASSES.classOf("8:15 p.m.")).isEqualTo("CLOCK");
    assertThat(CLASSES.classOf("the past four months")).isEqualTo("DURATION");
    assertThat(CLASSES.classOf("recently")).isEqualTo("REFERENCE");
    assertThat(CLASSES.classOf("recent weeks")).isEqualTo("REFERENCE");
    assertThat(CLASSES.classOf("next month")).isEqualTo("UNIT");
    assertThat(CLASSES.classOf("March 3, 2012")).isEqualTo("FULL_DATE");
    assertThat(CLASSES.classOf("Sept. 4")).isEqualTo("MONTH");
    assertThat(CLASSES.classOf("the 1980s")).isEqualTo("YEAR");
    assertThat(CLASSES.classOf("last winter")).isEqualTo("SEASON");
    assertThat(CLASSES.classOf("as soon as possible")).isEqualTo(TimexClasses.OTHER);
  }

  @Test
  void saysWhichEngineValuesEachClassTakes() {
    assertThat(CLASSES.values("REFERENCE")).isEqualTo(TimexClasses.Values.HEIDELTIME);
    assertThat(CLASSES.values("SET")).isEqualTo(TimexClasses.Values.HEIDELTIME);
    assertThat(CLASSES.values("MONTH")).isEqualTo(TimexClasses.Values.PARALLAX);
    assertThat(CLASSES.values(TimexClasses.OTHER)).isEqualTo(TimexClasses.Values.PARALLAX);
  }
}
