package dev.parallax.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list made when first read: a stored article's quotes, decoded only if a run reads
 * them (most runs growing a large store never read those of the articles the new ones leave alone),
 * or the corpus's quotes linked to their speakers' entities, made only if a run writes them all.
 * The list is made once, by the first thread to read it, and kept; its maker is then dropped.
 *
 * <p>Lists and records that copy the lists they are given keep a lazy list as it is ({@link
 * #orCopy}), so that holding one does not make it.
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private Supplier<List<T>> maker;
  private volatile List<T> made;

  /**
   * The list {@code maker} makes, when first read; {@code maker} must return the same each time.
   */
  public LazyList(Supplier<List<T>> maker) {
    this.maker = Objects.requireNonNull(maker, "maker");
  }

  /**
   * {@code list} itself when it is a lazy list or a {@link GrownList}, else an unmodifiable copy
   * ({@link List#copyOf}).
   */
  public static <T> List<T> orCopy(List<T> list) {
    return list instanceof LazyList<T> || list instanceof GrownList<T> ? list : List.copyOf(list);
  }

  /** Whether the list has been made (read, or made by a reader). */
  public boolean isMade() {
    return made != null;
  }

  private List<T> list() {
    List<T> out = made;
    if (out == null) {
      synchronized (this) {
        out = made;
        if (out == null) {
          out = List.copyOf(maker.get());
          made = out;
          maker = null;
        }
      }
    }
    return out;
  }

  @Override
  public T get(int index) {
    return list().get(index);
  }

  @Override
  public int size() {
    return list().size();
  }
}
