package dev.parallax.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list of the elements a corpus held before a run, made when first read, followed
 * by those the run added: an entity's mentions in the stored articles, then in the new ones. Its
 * size, and where the added elements start, are known without making the earlier ones, so that a
 * run growing a large store need not read every stored mention to count them or to save the new.
 * Lists and records that copy the lists they are given keep a grown list as it is ({@link
 * LazyList#orCopy}).
 */
public final class GrownList<T> extends AbstractList<T> implements RandomAccess {
  private final int before;
  private final LazyList<T> earlier;
  private final List<T> added;

  /**
   * {@code before} elements that {@code earlier} makes when first read, then {@code added}.
   *
   * @throws IllegalStateException when read, if {@code earlier} does not make {@code before}
   *     elements
   */
  public GrownList(int before, Supplier<List<T>> earlier, List<T> added) {
    if (before < 0) {
      throw new IllegalArgumentException("a negative number of earlier elements: " + before);
    }
    this.before = before;
    Objects.requireNonNull(earlier, "earlier");
    this.earlier =
        new LazyList<>(
            () -> {
              List<T> made = earlier.get();
              if (made.size() != before) {
                throw new IllegalStateException(
                    "expected " + before + " earlier elements, made " + made.size());
              }
              return made;
            });
    this.added = List.copyOf(added);
  }

  /** The number of elements before the added ones: known without making them. */
  public int before() {
    return before;
  }

  /** The elements added after the earlier ones. */
  public List<T> added() {
    return added;
  }

  @Override
  public T get(int index) {
    Objects.checkIndex(index, size());
    return index < before ? earlier.get(index) : added.get(index - before);
  }

  @Override
  public int size() {
    return before + added.size();
  }
}
