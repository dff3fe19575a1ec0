package dev.parallax.model;

/** What kind of real-world actor an {@link Entity} is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  MEDIA,
  OTHER
}
