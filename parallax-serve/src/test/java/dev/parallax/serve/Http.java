package dev.parallax.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests as raw HTTP/1.0 over a socket, so that a test can send any Host, Origin or method and
 * read the answer as sent.
 */
final class Http {
  private Http() {}

  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  static Answer get(int port, String path) {
    return send(port, "GET", path, Map.of());
  }

  static Answer send(int port, String method, String path, Map<String, String> headers) {
    return send(port, method, path, headers, null);
  }

  /** A POST of {@code body} as {@code type}. */
  static Answer post(int port, String path, String type, String body) {
    return send(port, "POST", path, Map.of("Content-Type", type), body);
  }

  /** A POST of {@code body} as JSON carrying {@code token} as its bearer. */
  static Answer postWithToken(int port, String path, String body, String token) {
    return send(
        port,
        "POST",
        path,
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
        body);
  }

  static Answer send(
      int port, String method, String path, Map<String, String> headers, String body) {
    byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", "127.0.0.1:" + port);
    all.putAll(headers);
    if (content != null) {
      all.put("Content-Length", Integer.toString(content.length));
    }
    all.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
    req.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.UTF_8));
      if (content != null) {
        out.write(content);
      }
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String answer = split < 0 ? "" : text.substring(split + 4);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> h = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          h.put(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).trim());
        }
      }
      return new Answer(status, h, answer);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
