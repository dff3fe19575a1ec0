package dev.parallax.model;

import java.util.Objects;

/** A block of the page the cleaner dropped, with the reason. */
public record RemovedBlock(String text, RemovalReason reason) {
  public RemovedBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
