package dev.parallax.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Which input each attempt of one task is analysing, kept in a marker file per attempt under the
 * job's {@code _attempts/} folder (on any file system Hadoop reaches, so that a retry on another
 * executor sees it). An attempt overwrites its marker before each input and deletes it when it ends
 * well, so a marker left behind names the input in progress when its attempt died. An input named
 * by the markers of two dead attempts killed its executor twice: the next attempt rejects and skips
 * it.
 */
final class Attempts {
  /** How many dead attempts an input must have been in progress in to be skipped. */
  static final int KILLS_TO_SKIP = 2;

  private final FileSystem fs;
  private final Path folder;
  private final String task;
  private final Path marker;

  /**
   * @param folder the job's attempts folder
   * @param stage the stage id; @param partition the partition; @param attempt the attempt number
   */
  Attempts(String folder, int stage, int partition, int attempt) {
    this.folder = new Path(folder);
    this.task = "stage-" + stage + "-part-" + partition + "-attempt-";
    this.marker = new Path(this.folder, task + attempt);
    try {
      this.fs = this.folder.getFileSystem(new Configuration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The inputs (by index) that were in progress in at least two dead attempts of this task. */
  Set<Long> killers() {
    Map<Long, Integer> deaths = new HashMap<>();
    try {
      if (!fs.exists(folder)) {
        return Set.of();
      }
      for (FileStatus f : fs.listStatus(folder)) {
        String name = f.getPath().getName();
        if (name.startsWith(task) && !f.getPath().equals(marker)) {
          try (var in = fs.open(f.getPath())) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!text.isEmpty()) {
              deaths.merge(Long.parseLong(text), 1, Integer::sum);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attempt markers: " + e.getMessage(), e);
    }
    return deaths.entrySet().stream()
        .filter(e -> e.getValue() >= KILLS_TO_SKIP)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Notes that this attempt now analyses the input {@code index}. */
  void starting(long index) {
    try (FSDataOutputStream out = fs.create(marker, true)) {
      out.write(Long.toString(index).getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker + ": " + e.getMessage(), e);
    }
  }

  /** Notes that this attempt ended well: its marker goes. */
  void done() {
    try {
      fs.delete(marker, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + marker + ": " + e.getMessage(), e);
    }
  }
}
