package dev.parallax.spark;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Ingestor.InputFile;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Reads one listed file on an executor with the readers of {@code parallax analyze}: a local path
 * in place, a file of another file system (HDFS, S3 through the Hadoop connectors) from a local
 * copy with its name, deleted after. Each document or rejection is keyed by the file's number and
 * its place in the file ({@link #key}); a file that cannot be copied is rejected naming it.
 */
final class ReadFiles implements FlatMapFunction<ShippedFile, Shipped> {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> manifestByUrl;
  private final long maxDocumentBytes;

  ReadFiles(Manifest manifest, long maxDocumentBytes) {
    Map<String, String> byUrl = new LinkedHashMap<>();
    manifest.byUrl().forEach((url, meta) -> byUrl.put(url, Jsonl.line(meta)));
    this.manifestByUrl = byUrl;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** The key of the {@code record}th item of file {@code file}: file in the high 32 bits. */
  static long key(int file, int record) {
    return ((long) file << 32) | record;
  }

  static int fileOf(long key) {
    return (int) (key >>> 32);
  }

  static int recordOf(long key) {
    return (int) key;
  }

  @Override
  public Iterator<Shipped> call(ShippedFile shipped) {
    InputFile file = shipped.file();
    List<Shipped> out = new ArrayList<>();
    if (file.rejected() != null) {
      out.add(Shipped.of(key(shipped.number, 0), file.rejected()));
      return out.iterator();
    }
    Map<String, SourceMetadata> byUrl = new LinkedHashMap<>();
    manifestByUrl.forEach((url, json) -> byUrl.put(url, Jsonl.read(json, SourceMetadata.class)));
    Ingestor ingestor = new Ingestor(Manifest.ofUrls(byUrl), new IngestOptions(maxDocumentBytes));
    if (!InputFiles.isUri(file.path())) {
      ingestor.readFile(
          file,
          Path.of(file.path()),
          item -> out.add(Shipped.of(key(shipped.number, out.size()), item)));
      return out.iterator();
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("parallax-spark-");
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file.path());
      Path local = folder.resolve(remote.getName());
      FileSystem fs = remote.getFileSystem(new Configuration());
      fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
      ingestor.readFile(
          file, local, item -> out.add(Shipped.of(key(shipped.number, out.size()), item)));
    } catch (IOException e) {
      out.clear();
      out.add(
          Shipped.of(
              key(shipped.number, 0),
              Rejection.of(
                  file.source(),
                  "unreadable: cannot copy it to the executor: " + e.getMessage(),
                  Rejection.INGEST)));
    } finally {
      delete(folder);
    }
    return out.iterator();
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a copy left in the temporary folder must not fail the partition
      folder.toFile().deleteOnExit();
    }
  }
}
