package dev.parallax.eval.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a stretch of work peaked at, from the JVM's memory pools, two ways: the sum of the heap
 * pools' peaks (an upper bound that counts the garbage a young generation holds until it is
 * collected: with a large maximum heap the collector lets it grow to gigabytes), and the most heap
 * left in use after a collection (what the work held when the collector last looked: live objects
 * and the old generation's garbage not yet collected, so again an upper bound of what it needs, but
 * not of the young generation's size). Start one with {@link #start}, read it after the work, then
 * {@link #close} it.
 */
final class HeapPeak implements AutoCloseable {
  private final Set<String> heapPools;
  private final AtomicLong afterCollection = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();
  private final NotificationListener listener = this::collected;

  /**
   * How many collections each collector had done when the watch started, by its name: a notice of
   * one of those (the collection that started the watch, its notice late) is not counted.
   */
  private final Map<String, Long> before = new HashMap<>();

  private HeapPeak() {
    heapPools = pools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      before.put(gc.getName(), gc.getCollectionCount());
    }
  }

  /** Collects garbage and starts a new peak. */
  static HeapPeak start() {
    System.gc();
    pools().forEach(MemoryPoolMXBean::resetPeakUsage);
    HeapPeak peak = new HeapPeak();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(peak.listener, null, null);
      }
    }
    return peak;
  }

  /** Sum of the heap pools' peaks since {@link #start}: an upper bound, pools peak apart. */
  long poolPeaks() {
    return pools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /**
   * The most heap in use right after a collection begun since {@link #start} (those whose notice
   * has arrived; 0 when none has).
   */
  long afterCollections() {
    return afterCollection.get();
  }

  /** How many collections {@link #afterCollections} looked at. */
  int collections() {
    return collections.get();
  }

  private void collected(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    GcInfo gc = info.getGcInfo();
    // a collection's id is the number of collections its collector had done with it
    if (gc.getId() <= before.getOrDefault(info.getGcName(), 0L)) {
      return;
    }
    Map<String, MemoryUsage> after = gc.getMemoryUsageAfterGc();
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : after.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    collections.incrementAndGet();
    afterCollection.accumulateAndGet(used, Math::max);
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // not every collector took it
        }
      }
    }
  }

  private static List<MemoryPoolMXBean> pools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }
}
