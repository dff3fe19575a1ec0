package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small web archives for tests, with jwarc's own writer. */
final class WarcFixture implements AutoCloseable {
  private final OutputStream out;
  private final WarcWriter writer;

  WarcFixture(Path file, boolean gzip) throws IOException {
    out = Files.newOutputStream(file);
    writer =
        new WarcWriter(
            Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  WarcFixture response(String url, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(contentType), body)
            .build();
    writer.write(
        new WarcResponse.Builder(url)
            .date(Instant.parse("2024-05-06T07:08:09Z"))
            .body(http)
            .build());
    return this;
  }

  /** A response whose body of {@code length} bytes is streamed from {@code body}, never held. */
  WarcFixture response(String url, String contentType, InputStream body, long length)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse(contentType), Channels.newChannel(body), length)
            .build();
    writer.write(new WarcResponse.Builder(url).body(http).build());
    return this;
  }

  /** An HTML response whose body was sent with {@code Content-Encoding: encoding}. */
  WarcFixture encodedResponse(String url, String encoding, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", encoding)
            .body(MediaType.parse("text/html; charset=utf-8"), body)
            .build();
    writer.write(new WarcResponse.Builder(url).body(http).build());
    return this;
  }

  /** A resource record: the page itself, without an HTTP exchange. */
  WarcFixture resource(String url, String contentType, byte[] body) throws IOException {
    writer.write(
        new WarcResource.Builder(java.net.URI.create(url))
            .body(MediaType.parse(contentType), body)
            .build());
    return this;
  }

  WarcFixture request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", url).build();
    writer.write(new WarcRequest.Builder(url).body(http).build());
    return this;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    out.close();
  }
}
