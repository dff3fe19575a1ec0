package dev.parallax.spark;

import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Ingestor.InputFile;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Rejection;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, listed on the driver (names only: the executors read the files). Local
 * paths are walked as {@code parallax analyze} walks them ({@link Ingestor#files}); URIs ({@code
 * hdfs://}, {@code s3a://}, {@code file:/}) are listed through the Hadoop file system of their
 * scheme, folders recursively in path order, each named by its qualified URI. A run takes either
 * kind, not both, so that its input order is the order given.
 */
final class InputFiles {
  private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

  private InputFiles() {}

  /** Whether an input names a URI (read through Hadoop) rather than a local path. */
  static boolean isUri(String input) {
    return URI.matcher(input).matches();
  }

  /**
   * @throws IllegalArgumentException when local paths and URIs are mixed
   * @throws IOException when a file system cannot list a folder
   */
  static List<InputFile> list(
      List<String> inputs, Ingestor ingestor, Manifest manifest, Configuration conf)
      throws IOException {
    long uriInputs = inputs.stream().filter(InputFiles::isUri).count();
    if (uriInputs == 0) {
      return ingestor.files(inputs.stream().map(Path::of).toList());
    }
    if (uriInputs < inputs.size()) {
      throw new IllegalArgumentException(
          "give local paths or URIs (hdfs://, s3a://, file:/), not both, in one run");
    }
    // in input order: a rejected input, or a file's qualified URI and whether found in a folder
    List<InputFile> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        found.add(
            new InputFile(
                input,
                input,
                false,
                null,
                Rejection.of(input, "no such file or folder", Rejection.INGEST)));
        continue;
      }
      List<String> uris = new ArrayList<>();
      if (status.isDirectory()) {
        RemoteIterator<LocatedFileStatus> listed = fs.listFiles(path, true);
        while (listed.hasNext()) {
          uris.add(listed.next().getPath().toString());
        }
        uris.sort(null);
      } else {
        uris.add(fs.makeQualified(path).toString());
      }
      uris.stream()
          .filter(seen::add)
          .forEach(uri -> found.add(new InputFile(uri, uri, status.isDirectory(), null, null)));
    }
    // manifest rows by path match the path part of a URI (file:/ URIs as local paths would)
    Manifest bound =
        manifest.forInputs(
            found.stream().filter(f -> f.rejected() == null).map(f -> pathPart(f.path())).toList());
    return found.stream()
        .map(
            f ->
                f.rejected() != null
                    ? f
                    : new InputFile(
                        f.path(),
                        f.source(),
                        f.inFolder(),
                        bound.lookup(pathPart(f.path()), null).orElse(null),
                        null))
        .toList();
  }

  private static Path pathPart(String uri) {
    return Path.of(new org.apache.hadoop.fs.Path(uri).toUri().getPath());
  }
}
